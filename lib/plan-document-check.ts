// Everything wrong with a plan document, each problem with its path in the document
// ("plan.objectives[2].priorities[0].goals[1].measures[0].target.amount: expected a number"),
// so an import can refuse the whole file and list every problem at once. Pure.
import type { z } from 'zod';
import { periodsForCycle } from '@/lib/periods';
import { planDocumentSchema, type PlanDocument } from '@/lib/validations/plan-document';

export interface DocumentProblem {
  path: string;
  message: string;
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
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return issue.message;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): DocumentProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path) || '(document)', message: issueMessage(issue) }));
}

export interface OrganizationCodes {
  divisions: Set<string>;
  studentGroups: Set<string>;
  planSlugs: Set<string>;
}

/** Problems a schema cannot see: codes that clash or point nowhere, periods outside the cycle. */
export function checkPlanDocument(doc: PlanDocument, org: OrganizationCodes): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const p = doc.plan;
  const divisions = new Set([...org.divisions, ...(doc.organization?.divisions.map((d) => d.code) ?? [])]);
  const groups = new Set([...org.studentGroups, ...(doc.organization?.studentGroups.map((g) => g.code) ?? [])]);

  if (org.planSlugs.has(p.slug)) add('plan.slug', `the organization already has a plan "${p.slug}"`);
  if (p.cycleEnd <= p.cycleStart) add('plan.cycleEnd', 'must be after cycleStart');
  const periods =
    p.cycleEnd > p.cycleStart
      ? periodsForCycle(new Date(`${p.cycleStart}T00:00:00Z`), new Date(`${p.cycleEnd}T00:00:00Z`))
      : [];
  const periodKind = new Map(periods.map((x) => [x.code, x.kind]));
  p.periods.forEach((x, i) => {
    if (!periodKind.has(x.code)) add(`plan.periods[${i}].code`, `"${x.code}" is not a period of the plan's cycle`);
  });

  const goalCodes = new Set<string>();
  p.objectives.forEach((objective, oi) =>
    objective.priorities.forEach((priority, pi) =>
      priority.goals.forEach((goal, gi) => {
        const at = `plan.objectives[${oi}].priorities[${pi}].goals[${gi}]`;
        if (goalCodes.has(goal.code)) add(`${at}.code`, `goal code "${goal.code}" is used twice`);
        goalCodes.add(goal.code);
        if (goal.division && !divisions.has(goal.division)) add(`${at}.division`, `unknown division "${goal.division}"`);
        goal.focusGroups.forEach((g, i) => {
          if (!groups.has(g)) add(`${at}.focusGroups[${i}]`, `unknown student group "${g}"`);
        });
        const updatePeriods = new Set<string>();
        goal.updates.forEach((u, ui) => {
          if (periodKind.get(u.period) !== 'QUARTER') add(`${at}.updates[${ui}].period`, `"${u.period}" is not a reporting quarter of the plan`);
          if (updatePeriods.has(u.period)) add(`${at}.updates[${ui}].period`, `a second update for ${u.period}`);
          updatePeriods.add(u.period);
        });
        const measureCodes = new Set<string>();
        goal.measures.forEach((m, mi) => {
          const mat = `${at}.measures[${mi}]`;
          if (measureCodes.has(m.code)) add(`${mat}.code`, `measure code "${m.code}" is used twice in this goal`);
          measureCodes.add(m.code);
          if (m.baseline.value === null && m.baseline.date !== null) add(`${mat}.baseline.value`, 'a baseline date without a value');
          if (m.baseline.value !== null && m.baseline.date === null) add(`${mat}.baseline.date`, 'a baseline value needs the date it stands at');
          m.studentGroups.forEach((g, i) => {
            if (!groups.has(g)) add(`${mat}.studentGroups[${i}]`, `unknown student group "${g}"`);
          });
          for (const key of ['focusGroup', 'referenceGroup'] as const) {
            const g = m[key];
            if (g && !m.studentGroups.includes(g)) add(`${mat}.${key}`, `"${g}" is not one of the measure's student groups`);
          }
          const seen = new Set<string>();
          m.observations.forEach((o, i) => {
            const oat = `${mat}.observations[${i}]`;
            const wanted = m.cadence === 'ANNUAL' ? 'SCHOOL_YEAR' : 'QUARTER';
            if (periodKind.get(o.asOf) !== wanted) {
              add(`${oat}.asOf`, `"${o.asOf}" is not a ${wanted === 'QUARTER' ? 'quarter' : 'school year'} of the plan`);
            }
            if (periodKind.get(o.reportedIn) !== 'QUARTER') add(`${oat}.reportedIn`, `"${o.reportedIn}" is not a reporting quarter of the plan`);
            if (o.group !== 'ALL' && !m.studentGroups.includes(o.group)) {
              add(`${oat}.group`, `the measure is not reported for student group "${o.group}"`);
            }
            if (m.unit === 'PERCENT' && (o.value < 0 || o.value > 100)) add(`${oat}.value`, 'a percent must be between 0 and 100');
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

/** Schema first, then the cross-references; every problem found, not just the first. */
export function parsePlanDocument(raw: unknown, org: OrganizationCodes): ParsedPlanDocument {
  const parsed = planDocumentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error.issues) };
  const problems = checkPlanDocument(parsed.data, org);
  return problems.length ? { ok: false, problems } : { ok: true, document: parsed.data };
}
