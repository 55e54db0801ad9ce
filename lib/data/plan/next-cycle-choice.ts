// Which parts of the ending plan an administrator carries into the next cycle: the outline
// the "start the next cycle" screen shows (with each measure's proposed baseline) and the
// plan document cut down to the chosen parts. Pure; next-cycle-rules.ts does the carrying.
import { measureKey, type LastActual } from '@/lib/data/plan/next-cycle-rules';
import type { PlanDocument } from '@/lib/data/plan/document';

/** Keys of the checkboxes: objectives and priorities by position, goals and measures by code. */
export const objectiveKey = (oi: number) => `o${oi}`;
export const priorityKey = (oi: number, pi: number) => `o${oi}.p${pi}`;
export const goalKey = (goalCode: string) => goalCode;
export { measureKey };

export interface CarryChoice {
  objectives: ReadonlySet<string>;
  priorities: ReadonlySet<string>;
  goals: ReadonlySet<string>;
  measures: ReadonlySet<string>;
}

export interface OutlineMeasure {
  key: string;
  code: string;
  name: string;
  unit: PlanDocument['plan']['objectives'][number]['priorities'][number]['goals'][number]['measures'][number]['unit'];
  decimals: number;
  archived: boolean;
  /** The current baseline, as the ending plan states it. */
  baseline: { value: number | null; label: string | null };
  /** The last approved all-students actual, proposed as the new baseline; null when there is none. */
  proposed: LastActual | null;
}

export interface OutlineGoal {
  key: string;
  code: string;
  title: string;
  archived: boolean;
  measures: OutlineMeasure[];
}

export interface OutlinePriority {
  key: string;
  name: string;
  archived: boolean;
  goals: OutlineGoal[];
}

export interface OutlineObjective {
  key: string;
  name: string;
  archived: boolean;
  priorities: OutlinePriority[];
}

/**
 * The ending plan as the screen lists it: every part with its key, and whether it still
 * applies. Archived parts are listed but never carried (next-cycle-rules.ts leaves them behind).
 */
export function carryOverOutline(doc: PlanDocument, lastActuals: ReadonlyMap<string, LastActual>): OutlineObjective[] {
  return doc.plan.objectives.map((o, oi) => ({
    key: objectiveKey(oi),
    name: o.name,
    archived: Boolean(o.archivedAt),
    priorities: o.priorities.map((p, pi) => ({
      key: priorityKey(oi, pi),
      name: p.name,
      archived: Boolean(p.archivedAt),
      goals: p.goals.map((g) => ({
        key: goalKey(g.code),
        code: g.code,
        title: g.title,
        archived: Boolean(g.archivedAt),
        measures: g.measures.map((m) => {
          const key = measureKey(g.code, m.code);
          return {
            key,
            code: m.code,
            name: m.name,
            unit: m.unit,
            decimals: m.decimals,
            archived: Boolean(m.archivedAt),
            baseline: { value: m.baseline.value, label: m.baseline.label },
            proposed: lastActuals.get(key) ?? null,
          };
        }),
      })),
    })),
  }));
}

/** Everything that still applies: all parts not archived (the screen's default). */
export function defaultChoice(outline: readonly OutlineObjective[]): CarryChoice {
  const choice = { objectives: new Set<string>(), priorities: new Set<string>(), goals: new Set<string>(), measures: new Set<string>() };
  for (const o of outline) {
    if (!o.archived) choice.objectives.add(o.key);
    for (const p of o.priorities) {
      if (!p.archived) choice.priorities.add(p.key);
      for (const g of p.goals) {
        if (!g.archived) choice.goals.add(g.key);
        for (const m of g.measures) if (!m.archived) choice.measures.add(m.key);
      }
    }
  }
  return choice;
}

/**
 * The plan document with only the chosen parts. A part whose parent is left out goes too:
 * a goal cannot carry over without its priority, nor a priority without its objective.
 */
export function chooseCarryOver(doc: PlanDocument, choice: CarryChoice): PlanDocument {
  return {
    ...doc,
    plan: {
      ...doc.plan,
      objectives: doc.plan.objectives
        .map((o, oi) => ({ o, oi }))
        .filter(({ oi }) => choice.objectives.has(objectiveKey(oi)))
        .map(({ o, oi }) => ({
          ...o,
          priorities: o.priorities
            .filter((_, pi) => choice.priorities.has(priorityKey(oi, pi)))
            .map((p) => ({
              ...p,
              goals: p.goals
                .filter((g) => choice.goals.has(goalKey(g.code)))
                .map((g) => ({ ...g, measures: g.measures.filter((m) => choice.measures.has(measureKey(g.code, m.code))) })),
            })),
        })),
    },
  };
}

/** How many of each level a plan document holds. */
export function countParts(doc: PlanDocument) {
  const priorities = doc.plan.objectives.flatMap((o) => o.priorities);
  const goals = priorities.flatMap((p) => p.goals);
  return {
    objectives: doc.plan.objectives.length,
    priorities: priorities.length,
    goals: goals.length,
    measures: goals.reduce((n, g) => n + g.measures.length, 0),
  };
}

const DAY = 86_400_000;

/**
 * The next cycle an ending plan suggests: it starts the day after the old one ends and lasts
 * as many whole years; the years in its name and slug move on by as much
 * ("Strategic Plan 2022–2025", 2022-2025 → "Strategic Plan 2025–2028", 2025-2028).
 */
export function suggestNextCycle(previous: { name: string; slug: string; cycleStart: string; cycleEnd: string }) {
  const start = new Date(`${previous.cycleStart}T00:00:00Z`);
  const end = new Date(`${previous.cycleEnd}T00:00:00Z`);
  const years = Math.max(1, Math.round((end.getTime() - start.getTime() + DAY) / (365.25 * DAY)));
  const nextStart = new Date(end.getTime() + DAY);
  const nextEnd = new Date(Date.UTC(end.getUTCFullYear() + years, end.getUTCMonth(), end.getUTCDate()));
  const shift = (text: string) => text.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + years));
  const name = shift(previous.name);
  const slug = shift(previous.slug);
  return {
    name: name === previous.name ? `${previous.name} (next cycle)` : name,
    slug: slug === previous.slug ? `${previous.slug}-next` : slug,
    cycleStart: nextStart.toISOString().slice(0, 10),
    cycleEnd: nextEnd.toISOString().slice(0, 10),
  };
}
