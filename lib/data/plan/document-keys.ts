// Reading a JSON document against its zod schema beyond pass or fail: the keys an object at
// a path accepts and the closest of them to a misspelled key ("did you mean"), and a
// best-effort read of a broken document, so checks that need a whole document can still run
// on the parts that are valid. Pure; walks zod 4's schema definitions.
import { z } from 'zod';

type Schema = z.core.$ZodType;

// Schemas that hold one inner schema and add only a default, null or the like around it.
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

function inner(schema: Schema): Schema | null {
  const def = schema._zod.def;
  if (WRAPPERS.has(def.type)) return (def as z.core.$ZodOptionalDef).innerType;
  if (def.type === 'pipe') return (def as z.core.$ZodPipeDef).in;
  if (def.type === 'lazy') return (def as z.core.$ZodLazyDef).getter();
  return null;
}

function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let next = inner(s); next; next = inner(s)) s = next;
  return s;
}

const shapeOf = (schema: Schema) =>
  schema._zod.def.type === 'object' ? (schema._zod.def as z.core.$ZodObjectDef).shape : null;
const elementOf = (schema: Schema) =>
  schema._zod.def.type === 'array' ? (schema._zod.def as z.core.$ZodArrayDef).element : null;

/** The keys the object at `path` accepts, in schema order; null when no object schema is there. */
export function knownKeysAt(schema: Schema, path: readonly PropertyKey[]): string[] | null {
  let s = unwrap(schema);
  for (const key of path) {
    const shape = shapeOf(s);
    const element = elementOf(s);
    if (shape && typeof key === 'string' && Object.hasOwn(shape, key)) s = unwrap(shape[key]!);
    else if (element && typeof key === 'number') s = unwrap(element);
    else return null;
  }
  const shape = shapeOf(s);
  return shape ? Object.keys(shape) : null;
}

// Case, "_", "-" and spaces do not count: interim_targets, Interim-Targets → interimtargets.
const squash = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known key a misspelled one most likely meant: the same but for case or snake/kebab
 * case, else the nearest within a third of its length (at most 2 edits); undefined when none is close.
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const target = squash(key);
  const same = known.find((k) => squash(k) === target);
  if (same) return same;
  const limit = Math.min(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const k of known) {
    const distance = editDistance(target, squash(k));
    if (distance < bestDistance) [best, bestDistance] = [k, distance];
  }
  return best;
}

/**
 * As much of `raw` as the schema accepts: valid parts parsed (defaults applied), unknown keys
 * dropped, an invalid value undefined, an invalid array or object read as empty — never throws.
 */
export function readLeniently(schema: Schema, raw: unknown): unknown {
  const whole = z.safeParse(schema, raw);
  if (whole.success) return whole.data;
  const next = inner(schema);
  if (next) return readLeniently(next, raw);
  const shape = shapeOf(schema);
  if (shape) {
    const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, readLeniently(field, source[key])]));
  }
  const element = elementOf(schema);
  if (element) return Array.isArray(raw) ? raw.map((item) => readLeniently(element, item)) : [];
  return undefined;
}
