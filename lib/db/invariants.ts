// The database's invariants, checked row by row: `npm run db:check` lists what breaks them. The
// checks of migration 20261206215500_database_invariants are enforced for every new or changed
// row; rows that broke one before it existed are kept and listed here, as are rows whose
// organization differs from their parent's (tenant consistency, which the data layer keeps).

export interface Invariant {
  name: string;
  /** What must hold, in words. */
  rule: string;
  /** The rows that break it: `id` and a `detail` in words. */
  sql: string;
}

/** A child row whose organization is not its parent's. */
const sameTenant = (child: string, parent: string, key: string): Invariant => ({
  name: `${child}.organizationId = ${parent}.organizationId`,
  rule: `a ${child.toLowerCase()} belongs to the organization of its ${parent.toLowerCase()}`,
  sql: `SELECT c."id", 'organization ' || c."organizationId" || ', its ${parent.toLowerCase()}''s ' || p."organizationId" AS "detail"
        FROM "${child}" c JOIN "${parent}" p ON p."id" = c."${key}" WHERE c."organizationId" <> p."organizationId"`,
});

export const INVARIANTS: readonly Invariant[] = [
  {
    name: 'Observation_n_not_negative',
    rule: 'the number of students a value covers is 0 or more',
    sql: `SELECT "id", 'n = ' || "n" AS "detail" FROM "Observation" WHERE "n" < 0`,
  },
  {
    name: 'Plan_cycle_end_after_start',
    rule: 'a plan’s cycle ends after it starts',
    sql: `SELECT "id", "slug" || ': ' || "cycleStart"::date || ' to ' || "cycleEnd"::date AS "detail" FROM "Plan" WHERE "cycleEnd" <= "cycleStart"`,
  },
  {
    name: 'ReportingPeriod_due_not_before_end',
    rule: 'a reporting period is due no earlier than it ends',
    sql: `SELECT "id", "code" || ': ends ' || "endDate" || ', due ' || "dueDate" AS "detail" FROM "ReportingPeriod" WHERE "dueDate" < "endDate"`,
  },
  {
    name: 'ReportingPeriod_end_not_before_start',
    rule: 'a reporting period ends no earlier than it starts',
    sql: `SELECT "id", "code" || ': ' || "startDate" || ' to ' || "endDate" AS "detail" FROM "ReportingPeriod" WHERE "endDate" < "startDate"`,
  },
  {
    name: 'MeasureTargetVersion_one_original',
    rule: 'a measure has at most one original target version (the one in force from the start)',
    sql: `SELECT "measureId" AS "id", count(*) || ' original target versions' AS "detail"
          FROM "MeasureTargetVersion" WHERE "effectiveFrom" IS NULL GROUP BY "measureId" HAVING count(*) > 1`,
  },
  sameTenant('Objective', 'Plan', 'planId'),
  sameTenant('Priority', 'Objective', 'objectiveId'),
  sameTenant('Goal', 'Plan', 'planId'),
  sameTenant('Goal', 'Priority', 'priorityId'),
  sameTenant('Measure', 'Goal', 'goalId'),
  sameTenant('InterimTarget', 'Measure', 'measureId'),
  sameTenant('MeasureTargetVersion', 'Measure', 'measureId'),
  sameTenant('ReportingPeriod', 'Plan', 'planId'),
  sameTenant('Update', 'Goal', 'goalId'),
  sameTenant('Observation', 'Measure', 'measureId'),
  sameTenant('Observation', 'StudentGroup', 'studentGroupId'),
  sameTenant('Observation', 'ReportingPeriod', 'periodId'),
];

export interface Violation {
  invariant: Invariant;
  count: number;
  /** The first rows that break it. */
  rows: { id: string; detail: string }[];
}

type Query = (sql: string) => Promise<{ id: string; detail: string }[]>;

/** Every invariant that some row breaks, with the first `limit` of its rows. */
export async function findViolations(query: Query, limit = 20): Promise<Violation[]> {
  const violations: Violation[] = [];
  for (const invariant of INVARIANTS) {
    const rows = await query(invariant.sql);
    if (rows.length > 0) violations.push({ invariant, count: rows.length, rows: rows.slice(0, limit) });
  }
  return violations;
}
