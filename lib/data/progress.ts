// Progress reporting: what a division's people see and record. Every function checks
// the actor itself; writes validate, run in one transaction and leave an audit event.
import 'server-only';
import type { z } from 'zod';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError, type FieldErrors } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { fieldName, progressInputSchema, type ProgressInput } from '@/lib/validations/progress';

type ReviewState = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

export interface MyGoalRow {
  id: string;
  code: string;
  title: string;
  planName: string;
  measureCount: number;
  latest: { periodLabel: string; state: ReviewState; updatedAt: string } | null;
}

/** The goals the actor's division owns, with the state of their latest update. */
export async function listMyGoals(actor: Actor | null): Promise<MyGoalRow[]> {
  assertCan(actor, 'plan:read');
  if (!actor.divisionId || !(actor.role === 'LEAD' || actor.role === 'STAFF')) return [];
  const goals = await getDb().goal.findMany({
    where: { organizationId: actor.organizationId, divisionId: actor.divisionId, plan: { status: { not: 'ARCHIVED' } } },
    orderBy: [{ plan: { cycleStart: 'desc' } }, { code: 'asc' }],
    include: {
      plan: { select: { name: true } },
      _count: { select: { measures: true } },
      updates: { orderBy: { period: { endDate: 'desc' } }, take: 1, include: { period: true } },
    },
  });
  return goals.map((g) => {
    const u = g.updates[0];
    return {
      id: g.id,
      code: g.code,
      title: g.title,
      planName: g.plan.name,
      measureCount: g._count.measures,
      latest: u ? { periodLabel: u.period.label, state: u.state, updatedAt: u.updatedAt.toISOString() } : null,
    };
  });
}

export interface PeriodOption {
  id: string;
  label: string;
  endDate: string;
}

export interface AsOfOption extends PeriodOption {
  /** An approved value exists for this period: it cannot be reported again. */
  locked: boolean;
}

export interface ProgressForm {
  goal: { id: string; code: string; title: string; statement: string; planName: string };
  periods: (PeriodOption & { updateState: ReviewState | null })[];
  period: PeriodOption;
  update: {
    id: string;
    version: number;
    state: ReviewState;
    narrative: string;
    reportedStatus: string | null;
    reviewerComment: string;
    updatedAt: string;
    updatedByName: string | null;
  } | null;
  measures: {
    id: string;
    code: string;
    name: string;
    unit: string;
    decimals: number;
    cadence: 'QUARTERLY' | 'ANNUAL';
    baselineValue: number | null;
    baselineLabel: string | null;
    targetAmount: number;
    targetKind: string;
    targetDate: string;
    direction: string;
    asOfOptions: AsOfOption[];
    defaultAsOfId: string | null;
    current: { value: number; asOfPeriodId: string; state: ReviewState } | null;
    previous: { value: number; periodLabel: string; state: ReviewState }[];
  }[];
  canSubmit: boolean;
  locked: boolean;
}

async function findOwnedGoal(db: Tx, actor: Actor, goalId: string) {
  const goal = await db.goal.findFirst({
    where: { id: goalId, organizationId: actor.organizationId },
    include: { plan: true },
  });
  if (!goal) throw new AppError('NOT_FOUND');
  assertCan(actor, 'progress:draft', { organizationId: goal.organizationId, divisionId: goal.divisionId });
  return goal;
}

const option = (p: { id: string; label: string; endDate: Date }): PeriodOption => ({
  id: p.id,
  label: p.label,
  endDate: p.endDate.toISOString(),
});

/** The form for one goal and reporting quarter (the earliest unapproved one by default). */
export async function getProgressForm(actor: Actor | null, goalId: string, periodId?: string): Promise<ProgressForm> {
  assertCan(actor, 'plan:read');
  const db = getDb();
  const goal = await findOwnedGoal(db, actor, goalId);
  const now = new Date();
  const [periods, updates, measures, observations, allGroup] = await Promise.all([
    db.reportingPeriod.findMany({ where: { planId: goal.planId }, orderBy: { endDate: 'asc' } }),
    db.update.findMany({ where: { goalId: goal.id }, include: { updatedBy: { select: { name: true } } } }),
    db.measure.findMany({ where: { goalId: goal.id }, orderBy: { position: 'asc' } }),
    db.observation.findMany({
      where: { measure: { goalId: goal.id }, studentGroup: { isAll: true } },
      include: { period: true },
      orderBy: { period: { endDate: 'asc' } },
    }),
    db.studentGroup.findFirst({ where: { organizationId: actor.organizationId, isAll: true } }),
  ]);
  if (!allGroup) throw new AppError('NOT_FOUND');
  const updateByPeriod = new Map(updates.map((u) => [u.periodId, u]));
  const quarters = periods.filter((p) => p.kind === 'QUARTER' && !p.closed && p.startDate <= now);
  // By default, the most recent quarter that has started and is not yet approved.
  const chosen =
    (periodId ? quarters.find((p) => p.id === periodId) : undefined) ??
    quarters.findLast((p) => updateByPeriod.get(p.id)?.state !== 'APPROVED') ??
    quarters.at(-1);
  if (!chosen) throw new AppError('NOT_FOUND', 'This plan has no open reporting period yet.');
  const update = updateByPeriod.get(chosen.id) ?? null;

  return {
    goal: { id: goal.id, code: goal.code, title: goal.title, statement: goal.statement, planName: goal.plan.name },
    periods: quarters.map((p) => ({ ...option(p), updateState: updateByPeriod.get(p.id)?.state ?? null })),
    period: option(chosen),
    update: update
      ? {
          id: update.id,
          version: update.version,
          state: update.state,
          narrative: update.narrative,
          reportedStatus: update.reportedStatus,
          reviewerComment: update.reviewerComment,
          updatedAt: update.updatedAt.toISOString(),
          updatedByName: update.updatedBy?.name ?? null,
        }
      : null,
    measures: measures.map((m) => {
      const kind = m.cadence === 'ANNUAL' ? 'SCHOOL_YEAR' : 'QUARTER';
      const asOf = periods.filter((p) => p.kind === kind && p.endDate <= chosen.endDate);
      const rows = observations.filter((o) => o.measureId === m.id);
      const current = update ? rows.find((o) => o.updateId === update.id) : undefined;
      const approved = new Set(rows.filter((o) => o.state === 'APPROVED').map((o) => o.periodId));
      const asOfOptions = asOf.map((p) => ({ ...option(p), locked: approved.has(p.id) && current?.periodId !== p.id }));
      return {
        id: m.id,
        code: m.code,
        name: m.name,
        unit: m.unit,
        decimals: m.decimals,
        cadence: m.cadence,
        baselineValue: m.baselineValue,
        baselineLabel: m.baselineLabel,
        targetAmount: m.targetAmount,
        targetKind: m.targetKind,
        targetDate: m.targetDate.toISOString(),
        direction: m.direction,
        asOfOptions,
        defaultAsOfId: current?.periodId ?? asOfOptions.filter((o) => !o.locked).at(-1)?.id ?? null,
        current: current ? { value: current.value, asOfPeriodId: current.periodId, state: current.state } : null,
        previous: rows
          .filter((o) => o.id !== current?.id)
          .slice(-4)
          .map((o) => ({ value: o.value, periodLabel: o.period.label, state: o.state })),
      };
    }),
    canSubmit: can(actor, 'progress:submit', { organizationId: goal.organizationId, divisionId: goal.divisionId }),
    locked: update?.state === 'APPROVED' || (update?.state === 'SUBMITTED' && actor.role === 'STAFF'),
  };
}

function zodFieldErrors(error: z.ZodError, raw: unknown): FieldErrors {
  const rawValues = (raw as { values?: { measureId?: string }[] } | null)?.values ?? [];
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    let key = issue.path.map(String).join('.') || 'form';
    if (issue.path[0] === 'values' && typeof issue.path[1] === 'number') {
      const measureId = rawValues[issue.path[1]]?.measureId ?? '';
      key = issue.path[2] === 'asOfPeriodId' ? fieldName.asOf(measureId) : fieldName.value(measureId);
    }
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

function checkValue(unit: string, decimals: number, value: number): string | null {
  if (!Number.isFinite(value)) return 'Enter a number, such as 31.2.';
  if (unit === 'PERCENT' && (value < 0 || value > 100)) return 'A percent must be between 0 and 100.';
  if ((unit === 'COUNT' || unit === 'CURRENCY') && value < 0) return 'This value cannot be negative.';
  if (unit === 'COUNT' && decimals === 0 && !Number.isInteger(value)) return 'Enter a whole number.';
  if (unit === 'SCALE_SCORE' && value <= 0) return 'A scale score must be above zero.';
  return null;
}

export interface RecordProgressResult {
  updateId: string;
  version: number;
  state: ReviewState;
}

const formatWhen = (d: Date) =>
  d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Los_Angeles' });

/**
 * Saves (or submits) a division's update for one goal and reporting period, with its values.
 * Refuses — writing nothing — anything invalid, not the actor's to write, or stale.
 */
export async function recordProgress(actor: Actor | null, raw: unknown): Promise<RecordProgressResult> {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const parsed = progressInputSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', undefined, zodFieldErrors(parsed.error, raw));
  const input: ProgressInput = parsed.data;
  const db = getDb();

  try {
    return await db.$transaction(async (tx) => {
      const goal = await findOwnedGoal(tx, actor, input.goalId);
      if (input.intent === 'submit') {
        assertCan(actor, 'progress:submit', { organizationId: goal.organizationId, divisionId: goal.divisionId });
      }
      const errors: FieldErrors = {};
      const addError = (key: string, message: string) => (errors[key] ??= []).push(message);

      const period = await tx.reportingPeriod.findFirst({ where: { id: input.periodId, planId: goal.planId } });
      if (!period || period.kind !== 'QUARTER') {
        throw new AppError('VALIDATION', undefined, { periodId: ['Choose a reporting quarter of this plan.'] });
      }
      if (period.closed) {
        throw new AppError('PERIOD_CLOSED', undefined, { periodId: [`${period.label} is closed for reporting.`] });
      }

      const [measures, asOfPeriods, allGroup] = await Promise.all([
        tx.measure.findMany({ where: { goalId: goal.id } }),
        tx.reportingPeriod.findMany({
          where: { planId: goal.planId, id: { in: input.values.map((v) => v.asOfPeriodId) } },
        }),
        tx.studentGroup.findFirstOrThrow({ where: { organizationId: goal.organizationId, isAll: true } }),
      ]);
      const measureById = new Map(measures.map((m) => [m.id, m]));
      const asOfById = new Map(asOfPeriods.map((p) => [p.id, p]));
      const seen = new Set<string>();
      for (const v of input.values) {
        const measure = measureById.get(v.measureId);
        if (!measure) {
          addError(fieldName.value(v.measureId), 'This measure does not belong to this goal.');
          continue;
        }
        if (seen.has(v.measureId)) addError(fieldName.value(v.measureId), 'Enter one value per measure.');
        seen.add(v.measureId);
        const problem = checkValue(measure.unit, measure.decimals, v.value);
        if (problem) addError(fieldName.value(v.measureId), problem);
        const asOf = asOfById.get(v.asOfPeriodId);
        const wanted = measure.cadence === 'ANNUAL' ? 'SCHOOL_YEAR' : 'QUARTER';
        if (!asOf || asOf.kind !== wanted) {
          addError(fieldName.asOf(v.measureId), `Choose a ${wanted === 'QUARTER' ? 'quarter' : 'school year'} of this plan.`);
        } else if (asOf.endDate > period.endDate) {
          addError(fieldName.asOf(v.measureId), `A value reported in ${period.label} cannot be as of a later period.`);
        }
      }
      if (Object.keys(errors).length > 0) throw new AppError('VALIDATION', undefined, errors);

      const existing = await tx.update.findUnique({
        where: { goalId_periodId: { goalId: goal.id, periodId: period.id } },
        include: { observations: true, updatedBy: { select: { name: true } } },
      });
      if (existing && existing.version !== input.version) {
        const who = existing.updatedBy?.name ?? 'Someone';
        throw new AppError(
          'STALE',
          `${who} saved this update on ${formatWhen(existing.updatedAt)}, after you opened it. Your changes were not saved — reload to see theirs.`,
        );
      }
      if (!existing && input.version !== 0) {
        throw new AppError('STALE', 'This update changed after you opened it. Your changes were not saved — reload the page.');
      }
      if (existing?.state === 'APPROVED') {
        throw new AppError('CONFLICT', `The ${period.label} update is approved and locked.`);
      }
      if (existing?.state === 'SUBMITTED' && !can(actor, 'progress:submit', { organizationId: goal.organizationId, divisionId: goal.divisionId })) {
        throw new AppError('FORBIDDEN', 'This update has been submitted; only the division lead can change it now.');
      }

      const state: ReviewState = input.intent === 'submit' ? 'SUBMITTED' : existing?.state === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT';
      const fields = {
        narrative: input.narrative,
        reportedStatus: input.reportedStatus,
        state,
        updatedById: actor.id,
        ...(input.intent === 'submit' ? { submittedAt: new Date() } : {}),
      };
      let updateId: string;
      let version: number;
      if (existing) {
        // Conditional on the version: of two saves from the same version, exactly one wins.
        const { count } = await tx.update.updateMany({
          where: { id: existing.id, version: input.version },
          data: { ...fields, version: { increment: 1 } },
        });
        if (count !== 1) throw new AppError('STALE');
        updateId = existing.id;
        version = input.version + 1;
      } else {
        const created = await tx.update.create({
          data: { ...fields, organizationId: goal.organizationId, goalId: goal.id, periodId: period.id, createdById: actor.id },
        });
        updateId = created.id;
        version = created.version;
      }

      const observationState = state;
      const before = existing
        ? {
            state: existing.state,
            narrative: existing.narrative,
            reportedStatus: existing.reportedStatus,
            values: existing.observations.map((o) => ({ measureId: o.measureId, periodId: o.periodId, value: o.value })),
          }
        : null;
      for (const v of input.values) {
        const key = { measureId: v.measureId, periodId: v.asOfPeriodId, studentGroupId: allGroup.id };
        const current = await tx.observation.findUnique({ where: { measureId_periodId_studentGroupId: key } });
        if (current?.state === 'APPROVED') {
          throw new AppError('VALIDATION', undefined, {
            [fieldName.value(v.measureId)]: ['An approved value already exists for that period; it is locked.'],
          });
        }
        const data = {
          value: v.value,
          state: observationState,
          updateId,
          reportedPeriodId: period.id,
          enteredById: actor.id,
        };
        if (current) await tx.observation.update({ where: { id: current.id }, data });
        else await tx.observation.create({ data: { ...key, ...data, organizationId: goal.organizationId } });
      }

      await tx.auditEvent.create({
        data: {
          organizationId: goal.organizationId,
          actorId: actor.id,
          action: input.intent === 'submit' ? 'update.submit' : 'update.save',
          entityType: 'Update',
          entityId: updateId,
          before: before ?? Prisma.DbNull,
          after: {
            goalId: goal.id,
            periodId: period.id,
            state,
            narrative: input.narrative,
            reportedStatus: input.reportedStatus,
            values: input.values.map((v) => ({ measureId: v.measureId, periodId: v.asOfPeriodId, value: v.value })),
          },
        },
      });
      return { updateId, version, state };
    });
  } catch (error) {
    // Two first saves of the same update race on the unique key: the loser is stale.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('STALE', 'Someone else saved this update at the same moment. Reload to see their changes.');
    }
    throw error;
  }
}
