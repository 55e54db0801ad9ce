// Everything wrong with a plan document, each problem with its path in the document
// ("plan.objectives[2].priorities[0].goals[1].measures[0].target.amount: expected a number"),
// so an import can refuse the whole file and list every problem at once — the schema's and
// the cross-references' together, in one round. Pure.
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { closestKey, knownKeysAt, readLeniently } from '@/lib/data/plan/document-keys';
import { PERIOD_KIND_WORDS, periodKindOf, periodsForCycle } from '@/lib/periods';
import { planDocumentSchema, type PlanDocument } from '@/lib/data/plan/document';
import { NUL_MESSAGE, nulPaths } from '@/lib/data/core/validation';
import { isOutOfPercentRange } from '@/lib/data/progress/rules';

export interface DocumentProblem {
  path: string;
  message: string;
}

/** A refused plan file, with every problem it has. */
export class PlanDocumentError extends AppError {
  readonly problems: DocumentProblem[];
  constructor(problems: DocumentProblem[]) {
    super('VALIDATION', `The plan file has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; nothing was imported.`);
    this.problems = problems;
  }
}

/** `["plan", "objectives", 2, "name"]` → `plan.objectives[2].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const expected = issue.expected === 'int' ? 'whole number' : issue.expected;
    return `expected ${article(expected)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

/**
 * zod's issues as problems. An unknown key becomes one problem per key, the key in its path,
 * with the closest key that object accepts when `schema` is given and one is close.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], schema?: z.core.$ZodType): DocumentProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [{ path: formatPath(issue.path) || '(document)', message: issueMessage(issue) }];
    const known = (schema && knownKeysAt(schema, issue.path)) ?? [];
    return issue.keys.map((key) => {
      const suggestion = closestKey(key, known);
      return {
        path: formatPath([...issue.path, key]),
        message: suggestion ? `unknown field; did you mean "${suggestion}"?` : 'unknown field',
      };
    });
  });
}

/**
 * A document as far as it could be read: any value may be missing (undefined) where the file
 * had no valid one; objects and arrays are always there. A parsed PlanDocument is one too.
 */
export type ReadableDocument<T> = T extends readonly (infer E)[]
  ? ReadableDocument<E>[]
  : T extends object
    ? { [K in keyof T]: ReadableDocument<T[K]> }
    : T | undefined;

export interface OrganizationCodes {
  divisions: Set<string>;
  studentGroups: Set<string>;
  planSlugs: Set<string>;
}

const defined = <T>(v: T | undefined): v is T => v !== undefined;

/**
 * Problems a schema cannot see: codes that clash or point nowhere, periods outside the cycle.
 * Runs on a parsed document or on a lenient read of a broken one: a missing value is skipped,
 * never reported twice (the schema has reported it).
 */
export function checkPlanDocument(doc: ReadableDocument<PlanDocument>, org: OrganizationCodes): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const p = doc.plan;
  const docGroups = doc.organization?.studentGroups ?? [];
  const divisions = new Set([...org.divisions, ...(doc.organization?.divisions.map((d) => d.code).filter(defined) ?? [])]);
  const groups = new Set([...org.studentGroups, ...docGroups.map((g) => g.code).filter(defined)]);
  // Every measure is reported for All students, under "ALL" or the code the document gives it.
  const allStudents = new Set(['ALL', ...docGroups.flatMap((g) => (g.isAll && g.code ? [g.code] : []))]);

  docGroups.forEach((g, i) => {
    const at = `organization.studentGroups[${i}]`;
    if (g.isAll && docGroups.findIndex((x) => x.isAll) < i) add(`${at}.isAll`, 'a second All students group; a plan has one');
    if (g.isAll && g.category) add(`${at}.category`, 'All students is the whole of every category: it has none itself');
  });
  if (p.slug !== undefined && org.planSlugs.has(p.slug)) add('plan.slug', `the organization already has a plan "${p.slug}"`);
  const { cycleStart, cycleEnd } = p;
  const cycleKnown = cycleStart !== undefined && cycleEnd !== undefined && cycleEnd > cycleStart;
  if (cycleStart !== undefined && cycleEnd !== undefined && !cycleKnown) add('plan.cycleEnd', 'must be after cycleStart');
  // Without a valid cycle there are no periods to check against: one problem, not one per period.
  const periods = cycleKnown ? periodsForCycle(new Date(`${cycleStart}T00:00:00Z`), new Date(`${cycleEnd}T00:00:00Z`)) : null;
  const periodKind = new Map(periods?.map((x) => [x.code, x.kind]));
  const isPeriod = (code: string | undefined): code is string => periods !== null && code !== undefined;
  p.periods.forEach((x, i) => {
    if (isPeriod(x.code) && !periodKind.has(x.code)) add(`plan.periods[${i}].code`, `"${x.code}" is not a period of the plan's cycle`);
  });

  const goalCodes = new Set<string>();
  p.objectives.forEach((objective, oi) =>
    objective.priorities.forEach((priority, pi) =>
      priority.goals.forEach((goal, gi) => {
        const at = `plan.objectives[${oi}].priorities[${pi}].goals[${gi}]`;
        if (goal.code !== undefined) {
          if (goalCodes.has(goal.code)) add(`${at}.code`, `goal code "${goal.code}" is used twice`);
          goalCodes.add(goal.code);
        }
        if (goal.division && !divisions.has(goal.division)) add(`${at}.division`, `unknown division "${goal.division}"`);
        goal.focusGroups.forEach((g, i) => {
          if (g !== undefined && !groups.has(g)) add(`${at}.focusGroups[${i}]`, `unknown student group "${g}"`);
        });
        const updatePeriods = new Set<string>();
        goal.updates.forEach((u, ui) => {
          if (!isPeriod(u.period)) return;
          if (periodKind.get(u.period) !== 'QUARTER') add(`${at}.updates[${ui}].period`, `"${u.period}" is not a reporting quarter of the plan`);
          if (updatePeriods.has(u.period)) add(`${at}.updates[${ui}].period`, `a second update for ${u.period}`);
          updatePeriods.add(u.period);
        });
        const measureCodes = new Set<string>();
        goal.measures.forEach((m, mi) => {
          const mat = `${at}.measures[${mi}]`;
          if (m.code !== undefined) {
            if (measureCodes.has(m.code)) add(`${mat}.code`, `measure code "${m.code}" is used twice in this goal`);
            measureCodes.add(m.code);
          }
          const { value, date } = m.baseline;
          if (value === null && date !== null && date !== undefined) add(`${mat}.baseline.value`, 'a baseline date without a value');
          if (value !== null && value !== undefined && date === null) add(`${mat}.baseline.date`, 'a baseline value needs the date it stands at');
          m.studentGroups.forEach((g, i) => {
            if (g !== undefined && !groups.has(g)) add(`${mat}.studentGroups[${i}]`, `unknown student group "${g}"`);
          });
          // A group the file failed to name might be the one meant: only a fully read list is checked against.
          const measureGroups = m.studentGroups.every(defined) ? m.studentGroups : null;
          for (const key of ['focusGroup', 'referenceGroup'] as const) {
            const g = m[key];
            if (g && measureGroups && !measureGroups.includes(g)) add(`${mat}.${key}`, `"${g}" is not one of the measure's student groups`);
          }
          const seen = new Set<string>();
          m.observations.forEach((o, i) => {
            const oat = `${mat}.observations[${i}]`;
            const wanted = m.cadence && periodKindOf(m.cadence);
            if (m.cadence !== undefined && isPeriod(o.asOf) && periodKind.get(o.asOf) !== wanted) {
              add(`${oat}.asOf`, `"${o.asOf}" is not a ${PERIOD_KIND_WORDS[wanted!]} of the plan`);
            }
            if (isPeriod(o.reportedIn) && periodKind.get(o.reportedIn) !== 'QUARTER') {
              add(`${oat}.reportedIn`, `"${o.reportedIn}" is not a reporting quarter of the plan`);
            }
            if (o.group !== undefined && !allStudents.has(o.group) && measureGroups && !measureGroups.includes(o.group)) {
              add(`${oat}.group`, `the measure is not reported for student group "${o.group}"`);
            }
            if (m.unit !== undefined && o.value !== undefined && isOutOfPercentRange(m.unit, o.value)) add(`${oat}.value`, 'a percent must be between 0 and 100');
            if (o.asOf === undefined || o.group === undefined) return;
            const key = `${o.asOf}/${o.group}`;
            if (seen.has(key)) add(`${oat}`, `a second value for ${o.asOf}, ${o.group}`);
            seen.add(key);
          });
        });
      }),
    ),
  );
  return problems;
}

export type ParsedPlanDocument =
  | { ok: true; document: PlanDocument }
  | { ok: false; problems: DocumentProblem[] };

/**
 * The schema and the cross-references in one round: when the schema refuses the file, the
 * cross-references still run on a lenient read of it, so every problem is listed at once.
 */
export function parsePlanDocument(raw: unknown, org: OrganizationCodes): ParsedPlanDocument {
  // PostgreSQL cannot store a NUL character: each one is a problem of its own, before anything else.
  const nul = nulPaths(raw);
  if (nul.length > 0) return { ok: false, problems: nul.map((path) => ({ path: formatPath(path) || '(document)', message: NUL_MESSAGE })) };
  const parsed = planDocumentSchema.safeParse(raw);
  if (parsed.success) {
    const problems = checkPlanDocument(parsed.data, org);
    return problems.length ? { ok: false, problems } : { ok: true, document: parsed.data };
  }
  // Shaped by the schema itself: objects and arrays always there, a value undefined where invalid.
  const readable = readLeniently(planDocumentSchema, raw) as ReadableDocument<PlanDocument>;
  const problems = [...formatIssues(parsed.error.issues, planDocumentSchema), ...checkPlanDocument(readable, org)];
  const seen = new Set<string>();
  return {
    ok: false,
    problems: problems.filter((x) => {
      const key = `${x.path}\n${x.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    }),
  };
}
