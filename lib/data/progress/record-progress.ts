// Saving or submitting a division's quarterly update with its values. Checks the actor itself;
// the write validates, runs in one transaction and leaves an audit event. The form it comes
// from is read in update-form.ts; review (approve, return, reopen) lives in review.ts.
import 'server-only';
import { dottedField, parseOrThrow, type IssueMapper } from '@/lib/data/core/validation';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError, type FieldErrors } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { targetSpecOf } from '@/lib/plan-view';
import { finalTarget } from '@/lib/targets';
import { divisionFieldsOf, fieldName, progressInputSchema, updateSnapshot, type ProgressInput } from '@/lib/data/progress/fields';
import { formatWhen, isImplausibleJump, nextState, transitionRefusal, valueProblem, type ReviewState } from '@/lib/data/progress/rules';
import { PERIOD_KIND_WORDS, periodKindOf } from '@/lib/periods';
import { LIVE } from '@/lib/data/core/archived';

/** The actor's goal to report on: of their organization, not archived, and theirs to draft. */
export async function findOwnedGoal(db: Tx, actor: Actor, goalId: string) {
  const goal = await db.goal.findFirst({
    where: { id: goalId, organizationId: actor.organizationId, ...LIVE },
    include: { plan: true, division: true },
  });
  if (!goal) throw new AppError('NOT_FOUND');
  assertCan(actor, 'progress:draft', { organizationId: goal.organizationId, divisionId: goal.divisionId });
  return goal;
}

/** The progress form's fields: a value row's problem lands on that measure and group's input. */
const progressField: IssueMapper = (issue, raw) => {
  const rawValues = (raw as { values?: { measureId?: string; studentGroupId?: string | null }[] } | null)?.values ?? [];
  if (issue.path[0] === 'values' && typeof issue.path[1] === 'number') {
    const row = rawValues[issue.path[1]];
    const measureId = row?.measureId ?? '';
    const groupId = row?.studentGroupId ?? null;
    const field =
      issue.path[2] === 'asOfPeriodId'
        ? fieldName.asOf(measureId)
        : issue.path[2] === 'n'
          ? fieldName.n(measureId, groupId)
          : fieldName.value(measureId, groupId);
    return { field, message: issue.message };
  }
  if (issue.path[0] === 'evidenceLinks') return { field: 'evidenceLinks', message: issue.message };
  return dottedField(issue, raw);
};

export interface RecordProgressResult {
  updateId: string;
  version: number;
  state: ReviewState;
}

/**
 * Saves (or submits) a division's update for one goal and reporting period, with its values.
 * Refuses — writing nothing — anything invalid, not the actor's to write, stale, or not
 * allowed from the update's state; asks for confirmation of values that jump implausibly.
 */
export async function recordProgress(actor: Actor | null, raw: unknown): Promise<RecordProgressResult> {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const input: ProgressInput = parseOrThrow(progressInputSchema, raw, progressField);
  const db = getDb();

  try {
    return await db.$transaction(async (tx) => {
      const goal = await findOwnedGoal(tx, actor, input.goalId);
      const resource = { organizationId: goal.organizationId, divisionId: goal.divisionId };
      if (goal.plan.status !== 'ACTIVE') {
        throw new AppError(
          'INVALID_STATE',
          `${goal.plan.name} is ${goal.plan.status === 'DRAFT' ? 'still a draft' : 'archived'}: progress is reported on the plan in force. Nothing was saved.`,
        );
      }
      if (input.intent === 'submit') assertCan(actor, 'progress:submit', resource);
      const errors: FieldErrors = {};
      const addError = (key: string, message: string) => (errors[key] ??= []).push(message);

      const period = await tx.reportingPeriod.findFirst({ where: { id: input.periodId, planId: goal.planId } });
      if (!period || period.kind !== 'QUARTER') {
        throw new AppError('VALIDATION', undefined, { periodId: ['Choose a reporting quarter of this plan.'] });
      }
      if (period.closed) {
        throw new AppError('PERIOD_CLOSED', `${period.label} is closed for reporting. Nothing was saved.`, {
          periodId: [`${period.label} is closed for reporting.`],
        });
      }

      // One after another: a transaction is one connection, which runs one query at a time.
      const measures = await tx.measure.findMany({
        where: { goalId: goal.id, ...LIVE },
        include: { studentGroups: { select: { studentGroupId: true } }, interimTargets: true },
      });
      const asOfPeriods = await tx.reportingPeriod.findMany({
        where: { planId: goal.planId, id: { in: input.values.map((v) => v.asOfPeriodId) } },
      });
      const allGroup = await tx.studentGroup.findFirstOrThrow({ where: { organizationId: goal.organizationId, isAll: true } });
      const measureById = new Map(measures.map((m) => [m.id, m]));
      const asOfById = new Map(asOfPeriods.map((p) => [p.id, p]));
      const seen = new Set<string>();
      const asOfByMeasure = new Map<string, string>();
      const rows: { measureId: string; periodId: string; studentGroupId: string; value: number; n: number | null; field: string }[] = [];
      for (const v of input.values) {
        const field = fieldName.value(v.measureId, v.studentGroupId);
        const measure = measureById.get(v.measureId);
        if (!measure) {
          addError(field, 'This measure does not belong to this goal.');
          continue;
        }
        let groupId = allGroup.id;
        if (v.studentGroupId && v.studentGroupId !== allGroup.id) {
          const offered = measure.disaggregated && measure.studentGroups.some((g) => g.studentGroupId === v.studentGroupId);
          if (!offered) {
            addError(field, 'This measure is not reported for that student group.');
            continue;
          }
          groupId = v.studentGroupId;
        }
        const key = `${measure.id}/${groupId}`;
        if (seen.has(key)) addError(field, 'Enter one value per measure and student group.');
        seen.add(key);
        const problem = valueProblem(measure, v.value, v.percentSign);
        if (problem) addError(field, problem);
        const asOf = asOfById.get(v.asOfPeriodId);
        const wanted = periodKindOf(measure.cadence);
        if (!asOf || asOf.kind !== wanted) {
          addError(fieldName.asOf(measure.id), `Choose a ${PERIOD_KIND_WORDS[wanted]} of this plan.`);
        } else if (asOf.endDate > period.endDate) {
          addError(fieldName.asOf(measure.id), `A value reported in ${period.label} cannot be as of a later period.`);
        }
        const previousAsOf = asOfByMeasure.get(measure.id);
        if (previousAsOf && previousAsOf !== v.asOfPeriodId) {
          addError(fieldName.asOf(measure.id), 'All student groups of a measure share one "as of" period.');
        }
        asOfByMeasure.set(measure.id, v.asOfPeriodId);
        rows.push({ measureId: measure.id, periodId: v.asOfPeriodId, studentGroupId: groupId, value: v.value, n: v.n, field });
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
          `${who} saved this update on ${formatWhen(existing.updatedAt)}, after you opened it. Your changes were not saved — copy anything you need, then reload to see theirs.`,
        );
      }
      if (!existing && input.version !== 0) {
        throw new AppError('STALE', 'This update changed after you opened it. Your changes were not saved — reload the page.');
      }
      const transition = input.intent === 'submit' ? 'submit' : 'save';
      const state = nextState(existing?.state ?? null, transition);
      if (!state) throw new AppError('INVALID_STATE', transitionRefusal(existing?.state ?? null, transition));
      if (existing?.state === 'SUBMITTED' && !can(actor, 'progress:submit', resource)) {
        throw new AppError('FORBIDDEN', 'This update has been submitted; only the division lead can change it now.');
      }

      // Values already held for the same measure, period and group: approved ones are locked,
      // another update's are that update's to change.
      const clashing = rows.length
        ? await tx.observation.findMany({
            where: { OR: rows.map((r) => ({ measureId: r.measureId, periodId: r.periodId, studentGroupId: r.studentGroupId })) },
            include: { reportedPeriod: { select: { label: true } } },
          })
        : [];
      for (const c of clashing) {
        const row = rows.find((r) => r.measureId === c.measureId && r.periodId === c.periodId && r.studentGroupId === c.studentGroupId)!;
        if (c.state === 'APPROVED') addError(row.field, 'An approved value already exists for that period; it is locked.');
        else if (c.updateId !== existing?.id) {
          addError(row.field, `The ${c.reportedPeriod.label} update already holds a value for that period; change it there.`);
        }
      }
      if (Object.keys(errors).length > 0) throw new AppError('VALIDATION', undefined, errors);

      // A value far from the previous one is probably a typo: ask before saving it.
      if (!input.confirmJumps) {
        const warnings: FieldErrors = {};
        const previous = await tx.observation.findMany({
          where: {
            measureId: { in: rows.map((r) => r.measureId) },
            studentGroupId: allGroup.id,
            NOT: existing ? { updateId: existing.id } : undefined,
          },
          include: { period: true },
          orderBy: { period: { endDate: 'desc' } },
        });
        for (const r of rows.filter((x) => x.studentGroupId === allGroup.id)) {
          const asOfEnd = asOfById.get(r.periodId)!.endDate;
          const last = previous.find((p) => p.measureId === r.measureId && p.period.endDate <= asOfEnd);
          const measure = measureById.get(r.measureId)!;
          if (!last) continue;
          const check = {
            previous: last.value,
            next: r.value,
            unit: measure.unit,
            baseline: measure.baselineValue,
            finalTarget: finalTarget(targetSpecOf(measure)),
          };
          if (isImplausibleJump(check)) {
            warnings[r.field] = [
              `This is a change of ${Math.abs(r.value - last.value).toLocaleString('en-US', { maximumFractionDigits: 2 })} from ${last.period.label} (${last.value.toLocaleString('en-US')}). Check it, then confirm it is correct.`,
            ];
          }
        }
        if (Object.keys(warnings).length > 0) {
          throw new AppError(
            'NEEDS_CONFIRMATION',
            'Some values are far from the previous ones. Check them, tick "These values are correct", and save again. Nothing was saved yet.',
            warnings,
          );
        }
      }

      const fields = {
        ...divisionFieldsOf(input),
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

      // The update's values become exactly what was sent: rows left blank are removed.
      const keep = new Set(rows.map((r) => `${r.measureId}/${r.periodId}/${r.studentGroupId}`));
      const removed = (existing?.observations ?? []).filter(
        (o) => o.state !== 'APPROVED' && !keep.has(`${o.measureId}/${o.periodId}/${o.studentGroupId}`),
      );
      if (removed.length) await tx.observation.deleteMany({ where: { id: { in: removed.map((o) => o.id) } } });
      for (const r of rows) {
        const current = existing?.observations.find(
          (o) => o.measureId === r.measureId && o.periodId === r.periodId && o.studentGroupId === r.studentGroupId,
        );
        const data = { value: r.value, n: r.n, state, updateId, reportedPeriodId: period.id, enteredById: actor.id };
        if (current) await tx.observation.update({ where: { id: current.id }, data });
        else {
          await tx.observation.create({
            data: { ...data, measureId: r.measureId, periodId: r.periodId, studentGroupId: r.studentGroupId, organizationId: goal.organizationId },
          });
        }
      }

      await tx.auditEvent.create({
        data: {
          organizationId: goal.organizationId,
          actorId: actor.id,
          action: input.intent === 'submit' ? 'update.submit' : 'update.save',
          entityType: 'Update',
          entityId: updateId,
          before: existing ? updateSnapshot(existing, existing.observations) : Prisma.DbNull,
          after: { goalId: goal.id, periodId: period.id, ...updateSnapshot({ ...fields, reviewerComment: existing?.reviewerComment ?? '' }, rows) },
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
