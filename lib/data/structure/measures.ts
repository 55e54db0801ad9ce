// Measures: create and edit, with baseline, target, interim targets and student groups. Once
// the plan is not a draft (or the measure has approved values) a changed baseline or target
// needs a reason and the board's approval date and is kept as a new MeasureTargetVersion.
import 'server-only';
import { publicTransaction } from '@/lib/data/public-cache';
import { parseOrThrow } from '@/lib/data/core/validation';
import type { Tx } from '@/lib/db/client';
import { AppError, type FieldErrors } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import {
  interimRows,
  measureColumns,
  measureInputSchema,
  measureValues,
  targetChanged,
  targetOf,
  updateMeasureSchema,
  versionColumns,
  type MeasureInput,
} from '@/lib/data/structure/fields';
import { day, isoDay, invalid, audit, nextPosition, liveGoalOfPlan } from '@/lib/data/structure/shared';
import { uniqueClash } from '@/lib/data/core/unique';
import { LIVE } from '@/lib/data/core/archived';

/**
 * Checks the code and the student groups of a measure; returns the groups it is reported for
 * (a disaggregated measure always includes All students), or none when it is not disaggregated.
 */
async function checkMeasureReferences(tx: Tx, actor: Actor, input: MeasureInput, measureId: string | null): Promise<string[]> {
  const errors: FieldErrors = {};
  const clash = await tx.measure.findFirst({
    where: { goalId: input.goalId, code: input.code, ...(measureId ? { id: { not: measureId } } : {}) },
  });
  if (clash) {
    errors.code = [
      clash.archivedAt
        ? `An archived measure of this goal already uses the code ${input.code}: choose another.`
        : `Another measure of this goal (${clash.name}) already uses the code ${input.code}: choose another.`,
    ];
  }
  const allGroup = await tx.studentGroup.findFirst({ where: { organizationId: actor.organizationId, isAll: true }, select: { id: true } });
  const groups = input.disaggregated ? [...new Set([...(allGroup ? [allGroup.id] : []), ...input.studentGroupIds])] : [];
  const mentioned = [...new Set([...input.studentGroupIds, input.focusGroupId, input.referenceGroupId].filter((x): x is string => !!x))];
  if (mentioned.length) {
    const count = await tx.studentGroup.count({ where: { id: { in: mentioned }, organizationId: actor.organizationId } });
    if (count !== mentioned.length) errors.studentGroupIds = ['Choose student groups of your organization.'];
  }
  if (!errors.studentGroupIds) {
    if (input.focusGroupId && !groups.includes(input.focusGroupId)) errors.focusGroupId = ['The focus group must be one of the groups it is reported for.'];
    if (input.referenceGroupId && !groups.includes(input.referenceGroupId)) {
      errors.referenceGroupId = ['The reference group must be one of the groups it is reported for.'];
    }
  }
  if (Object.keys(errors).length) invalid(errors);
  return groups;
}

export async function createMeasure(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(measureInputSchema, raw);
  try {
    const result = await publicTransaction(async (tx) => {
      const goal = await liveGoalOfPlan(tx, actor, input.goalId, null, 'goalId');
      const groups = await checkMeasureReferences(tx, actor, input, null);
      const position = await nextPosition(tx.measure.aggregate({ where: { goalId: goal.id }, _max: { position: true } }));
      const data = measureColumns(input);
      const measure = await tx.measure.create({
        data: {
          organizationId: actor.organizationId,
          position,
          ...data,
          interimTargets: { create: interimRows(input, actor.organizationId) },
          studentGroups: { create: groups.map((studentGroupId) => ({ studentGroupId })) },
        },
      });
      await audit(tx, actor, 'measure.create', 'Measure', measure.id, null, measureValues(data, input, groups));
      return { id: measure.id, planId: goal.planId };
    }, (r) => ({ planId: r.planId }));
    return { id: result.id };
  } catch (error) {
    uniqueClash(error, 'code', `Another measure of this goal already uses the code ${input.code}: choose another.`);
  }
}

export type MeasureUpdateResult = { versioned: boolean };

/**
 * Edits a measure. When its plan is not a draft, or it has approved values, or its target has
 * changed before, a change to its baseline or target is history: it needs a reason and the
 * board-approval date, and is recorded as a MeasureTargetVersion taking effect on
 * `effectiveFrom` (default: the approval date). The first such change also records the
 * original version (effectiveFrom null). Otherwise the edit simply overwrites.
 */
export async function updateMeasure(actor: Actor | null, raw: unknown): Promise<MeasureUpdateResult> {
  assertAdmin(actor);
  const input = parseOrThrow(updateMeasureSchema, raw);
  try {
    const result = await publicTransaction(async (tx) => {
      const before = await tx.measure.findFirst({
        where: { id: input.id, organizationId: actor.organizationId, ...LIVE, goal: LIVE },
        include: {
          goal: { include: { plan: { select: { id: true, status: true } } } },
          interimTargets: { orderBy: { date: 'asc' } },
          studentGroups: true,
          targetVersions: { orderBy: [{ effectiveFrom: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }] },
        },
      });
      if (!before) throw new AppError('NOT_FOUND');
      const planId = before.goal.plan.id;
      if (input.goalId !== before.goalId) await liveGoalOfPlan(tx, actor, input.goalId, planId, 'goalId');
      const groups = await checkMeasureReferences(tx, actor, input, before.id);

      const previous = targetOf(before);
      const changed = targetChanged(previous, input);
      const approved = await tx.observation.count({ where: { measureId: before.id, state: 'APPROVED' } });
      const historyRequired = before.goal.plan.status !== 'DRAFT' || approved > 0 || before.targetVersions.length > 0;
      const versioned = changed && historyRequired;

      if (versioned) {
        const { reason, boardApprovedOn } = input.change;
        const effectiveFrom = input.change.effectiveFrom ?? boardApprovedOn;
        const errors: FieldErrors = {};
        if (!reason) errors['change.reason'] = ['Say why the target changed; readers see it beside the new target.'];
        if (!boardApprovedOn) errors['change.boardApprovedOn'] = ['Enter the date the board approved the change.'];
        const lastEffective = before.targetVersions.map((v) => isoDay(v.effectiveFrom)).filter((d): d is string => !!d).pop();
        if (effectiveFrom && lastEffective && effectiveFrom <= lastEffective) {
          errors['change.effectiveFrom'] = [`The change must take effect after the previous one (${lastEffective}).`];
        }
        if (Object.keys(errors).length) {
          invalid(errors, 'This measure’s target is on record: a change needs its reason and the board’s approval date.');
        }
        if (before.targetVersions.length === 0) {
          await tx.measureTargetVersion.create({
            data: {
              organizationId: actor.organizationId,
              measureId: before.id,
              effectiveFrom: null,
              ...versionColumns(previous),
            },
          });
        }
        await tx.measureTargetVersion.create({
          data: {
            organizationId: actor.organizationId,
            measureId: before.id,
            effectiveFrom: day(effectiveFrom!),
            ...versionColumns(input),
            reason,
            boardApprovedOn: day(boardApprovedOn!),
            createdById: actor.id,
          },
        });
      }

      let position = before.position;
      if (input.goalId !== before.goalId) {
        position = await nextPosition(tx.measure.aggregate({ where: { goalId: input.goalId }, _max: { position: true } }));
      }
      const data = measureColumns(input);
      // A demo baseline stays marked as demo only while it is unchanged.
      const baselineIsDemo = before.baselineIsDemo && before.baselineValue === input.baselineValue;
      await tx.measure.update({
        where: { id: before.id },
        data: {
          ...data,
          position,
          baselineIsDemo,
          interimTargets: { deleteMany: {}, create: interimRows(input, actor.organizationId) },
          studentGroups: { deleteMany: {}, create: groups.map((studentGroupId) => ({ studentGroupId })) },
        },
      });
      await audit(
        tx,
        actor,
        versioned ? 'measure.target-change' : input.goalId !== before.goalId ? 'measure.move' : 'measure.update',
        'Measure',
        before.id,
        measureValues(before, previous, before.studentGroups.map((g) => g.studentGroupId)),
        {
          ...measureValues(data, input, groups),
          ...(versioned ? { change: { ...input.change, effectiveFrom: input.change.effectiveFrom ?? input.change.boardApprovedOn } } : {}),
        },
      );
      return { planId, versioned };
    }, (r) => ({ planId: r.planId }));
    return { versioned: result.versioned };
  } catch (error) {
    uniqueClash(error, 'code', `Another measure of this goal already uses the code ${input.code}: choose another.`);
  }
}
