// Test helpers over the seeded demo database: actors by email, ids by code, and a
// snapshot of the tables a write touches, to prove a refused call wrote nothing.
import { recordProgress } from '@/lib/data/progress/record-progress';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/permissions';

export async function actorFor(email: string): Promise<Actor> {
  const user = await getDb().user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, organizationId: user.organizationId, role: user.role, divisionId: user.divisionId };
}

/** The demo's LACOE 2022-25 plan (other organizations' plans reuse goal and period codes). */
export const LACOE_2022_25 = { slug: '2022-2025', organization: { slug: 'lacoe' } };

export async function goalByCode(code: string) {
  return getDb().goal.findFirstOrThrow({
    where: { code, plan: LACOE_2022_25 },
    include: { measures: { orderBy: { position: 'asc' } } },
  });
}

export async function periodByCode(code: string) {
  return getDb().reportingPeriod.findFirstOrThrow({ where: { code, plan: LACOE_2022_25 } });
}

/** A division lead's first submission of its 2024-25 Q4 update, with one value of a measure for the 2024-25 school year. */
export async function submitYearValue(lead: Actor, goalId: string, measureId: string, value: string) {
  const [quarter, year] = await Promise.all([periodByCode('2024-25-Q4'), periodByCode('2024-25')]);
  return recordProgress(lead, { goalId, periodId: quarter.id, intent: 'submit', version: '0', values: [{ measureId, asOfPeriodId: year.id, value }] });
}

/** Creates an extra account (e.g. a lead of a division no demo account belongs to). */
export async function createUser(email: string, role: Actor['role'], divisionCode: string | null): Promise<Actor> {
  const db = getDb();
  const org = await db.organization.findUniqueOrThrow({ where: { slug: 'lacoe' } });
  const division = divisionCode
    ? await db.division.findUniqueOrThrow({ where: { organizationId_code: { organizationId: org.id, code: divisionCode } } })
    : null;
  const user = await db.user.create({
    data: { organizationId: org.id, email, name: email, role, divisionId: division?.id ?? null, passwordHash: 'x' },
  });
  return { id: user.id, organizationId: user.organizationId, role: user.role, divisionId: user.divisionId };
}

/** The AppError a call is refused with (fails the test when it succeeds or throws anything else). */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${error === null ? 'success' : String(error)}`);
  return error;
}

/** A table with an id of its own, by its client name (a goal's focus groups come with the goal, a measure's groups with the measure). */
type SnapshotTable = Uncapitalize<Exclude<Prisma.ModelName, 'GoalFocusGroup' | 'MeasureStudentGroup'>>;
const SNAPSHOT_EXTRAS: Partial<Record<SnapshotTable, object>> = {
  user: { omit: { passwordHash: false } },
  goal: { include: { focusGroups: { orderBy: { studentGroupId: 'asc' } } } },
  measure: { include: { studentGroups: { orderBy: { studentGroupId: 'asc' } } } },
};

/** Every row of the named tables, in a stable order: equal before and after, a call wrote nothing there. */
export async function tableSnapshot(...tables: SnapshotTable[]): Promise<string> {
  const db = getDb() as unknown as Record<SnapshotTable, { findMany(args: object): Promise<unknown[]> }>;
  return JSON.stringify(await Promise.all(tables.map((t) => db[t].findMany({ orderBy: { id: 'asc' }, ...SNAPSHOT_EXTRAS[t] }))));
}

/** Every row of the tables progress writes touch. */
export const writeSnapshot = () => tableSnapshot('update', 'observation', 'auditEvent', 'reportingPeriod');

/** A measure's form input as posted (the seed plans' "annual 20% increase" in partnerships), with changes. */
export const measureFormInput = (goalId: string, change: Record<string, unknown> = {}) => ({
  goalId,
  code: 'PARTNERS',
  name: 'Community partnerships',
  unit: 'COUNT',
  direction: 'INCREASE',
  decimals: '0',
  cadence: 'ANNUAL',
  dataSource: 'Partnership register',
  baselineValue: '40',
  baselineDate: '2022-06-30',
  baselineLabel: '2021-22',
  baselineNote: '',
  targetKind: 'ANNUAL_PERCENT_CHANGE',
  targetAmount: '20',
  targetDate: '2025-06-30',
  interimTargets: [],
  disaggregated: false,
  studentGroupIds: [],
  focusGroupId: '',
  referenceGroupId: '',
  gapReductionPercent: '',
  ...change,
});

/** Gives a measure an approved All-students value for the plan's 2022-23 school year (made if missing). */
export async function approveValue(actor: Actor, planId: string, measureId: string, value: number) {
  const db = getDb();
  const period =
    (await db.reportingPeriod.findFirst({ where: { planId, code: '2022-23' } })) ??
    (await db.reportingPeriod.create({
      data: { organizationId: actor.organizationId, planId, kind: 'SCHOOL_YEAR', code: '2022-23', label: '2022-23', schoolYear: 2022, startDate: new Date('2022-07-01'), endDate: new Date('2023-06-30'), dueDate: new Date('2023-07-15') },
    }));
  const all = await db.studentGroup.findFirstOrThrow({ where: { organizationId: actor.organizationId, isAll: true } });
  await db.observation.create({
    data: { organizationId: actor.organizationId, measureId, periodId: period.id, reportedPeriodId: period.id, studentGroupId: all.id, value, state: 'APPROVED', approvedAt: new Date() },
  });
}
