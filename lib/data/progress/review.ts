// Review of submitted updates: the cabinet's queue, approving or returning an update, and an
// administrator reopening an approved one. Each write checks the actor, the update's state
// and its version inside one transaction, and leaves an audit event.
import 'server-only';
import { readDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { formatValue, targetSentence } from '@/lib/format';
import { assertCan, type Actor } from '@/lib/permissions';
import { targetSpecOf } from '@/lib/plan-view';
import { expectedValueAt } from '@/lib/targets';
import { parseOrThrow } from '@/lib/data/core/validation';
import { REOPENED_PREFIX, reopenInputSchema, reviewInputSchema, updateFieldsOf, updateSnapshot, type UpdateFields } from '@/lib/data/progress/fields';
import { formatWhen, nextState, transitionRefusal, type ReviewState } from '@/lib/data/progress/rules';
import { publicTransaction } from '@/lib/data/public-cache';
import { LIVE } from '@/lib/data/core/archived';

export interface ReviewItem extends UpdateFields {
  id: string;
  version: number;
  goal: { id: string; code: string; title: string };
  planName: string;
  divisionName: string | null;
  periodLabel: string;
  submittedAt: string | null;
  submittedBy: string | null;
  measures: {
    id: string;
    name: string;
    targetSentence: string;
    rows: {
      group: string;
      asOf: string;
      value: string;
      n: number | null;
      previous: string | null;
      expected: string | null;
    }[];
  }[];
}

/** Submitted updates of the actor's organization waiting for review, oldest first. */
export async function listReviewQueue(actor: Actor | null): Promise<ReviewItem[]> {
  assertCan(actor, 'progress:review', { organizationId: actor?.organizationId ?? '' });
  const db = await readDb();
  const updates = await db.update.findMany({
    where: { organizationId: actor.organizationId, state: 'SUBMITTED', goal: LIVE },
    orderBy: [{ submittedAt: 'asc' }, { createdAt: 'asc' }],
    include: {
      period: true,
      updatedBy: { select: { name: true } },
      goal: {
        include: {
          plan: { select: { name: true } },
          division: { select: { name: true } },
          measures: { where: LIVE, orderBy: { position: 'asc' }, include: { interimTargets: true } },
        },
      },
      observations: {
        include: { period: true, studentGroup: true },
        orderBy: [{ studentGroup: { position: 'asc' } }],
      },
    },
  });
  const measureIds = updates.flatMap((u) => u.goal.measures.map((m) => m.id));
  // The latest approved All-students value before each reported one, for comparison.
  const approved = measureIds.length
    ? await db.observation.findMany({
        where: { measureId: { in: measureIds }, state: 'APPROVED', studentGroup: { isAll: true } },
        include: { period: true },
        orderBy: { period: { endDate: 'desc' } },
      })
    : [];

  return updates.map((u) => ({
    id: u.id,
    version: u.version,
    goal: { id: u.goal.id, code: u.goal.code, title: u.goal.title },
    planName: u.goal.plan.name,
    divisionName: u.goal.division?.name ?? null,
    periodLabel: u.period.label,
    submittedAt: u.submittedAt?.toISOString() ?? null,
    submittedBy: u.updatedBy?.name ?? null,
    ...updateFieldsOf(u),
    measures: u.goal.measures
      .filter((m) => u.observations.some((o) => o.measureId === m.id))
      .map((m) => {
        const spec = targetSpecOf(m);
        const fmt = (v: number) => formatValue(v, m.unit, m.decimals);
        return {
          id: m.id,
          name: m.name,
          targetSentence: targetSentence({ ...spec, unit: m.unit, decimals: m.decimals, baselineLabel: m.baselineLabel }),
          rows: u.observations
            .filter((o) => o.measureId === m.id)
            .map((o) => {
              const before = o.studentGroup.isAll
                ? approved.find((a) => a.measureId === m.id && a.period.endDate < o.period.endDate)
                : undefined;
              const expected = o.studentGroup.isAll ? expectedValueAt(spec, o.period.endDate) : null;
              return {
                group: o.studentGroup.name,
                asOf: o.period.label,
                value: fmt(o.value),
                n: o.n,
                previous: before ? `${fmt(before.value)} (${before.period.label})` : null,
                expected: expected === null ? null : fmt(expected),
              };
            }),
        };
      }),
  }));
}

async function findUpdateForReview(tx: Tx, actor: Actor, updateId: string) {
  const update = await tx.update.findFirst({
    where: { id: updateId, organizationId: actor.organizationId, goal: LIVE },
    include: { observations: true, period: true, updatedBy: { select: { name: true } }, goal: { select: { id: true, title: true } } },
  });
  if (!update) throw new AppError('NOT_FOUND');
  return update;
}

function assertFresh(update: { version: number; updatedAt: Date; updatedBy: { name: string } | null }, version: number) {
  if (update.version !== version) {
    throw new AppError(
      'STALE',
      `${update.updatedBy?.name ?? 'Someone'} changed this update on ${formatWhen(update.updatedAt)}, after you opened it. Nothing was changed — reload to see the latest version.`,
    );
  }
}

export interface ReviewResult {
  updateId: string;
  goalId: string;
  state: ReviewState;
  version: number;
}

type ReviewedUpdate = Awaited<ReturnType<typeof findUpdateForReview>>;

/**
 * Moves a reviewed update (and its values) to `state` with the reviewer's comment, conditional on
 * the version the reviewer saw, and audits the step; then tells the public scorecard, whose
 * values are the approved ones, not to serve stale pages.
 */
async function reviewStep(
  actor: Actor,
  input: { updateId: string; version: number },
  step: (update: ReviewedUpdate) => { state: ReviewState; comment: string; action: string; reason?: string },
): Promise<ReviewResult> {
  const result = await publicTransaction(async (tx) => {
    const update = await findUpdateForReview(tx, actor, input.updateId);
    assertFresh(update, input.version);
    const { state, comment, action, reason } = step(update);
    const now = new Date();
    const { count } = await tx.update.updateMany({
      where: { id: update.id, version: input.version },
      data: { state, reviewerComment: comment, reviewedAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('STALE');
    await tx.observation.updateMany({ where: { updateId: update.id }, data: { state, approvedAt: state === 'APPROVED' ? now : null } });
    await tx.auditEvent.create({
      data: {
        organizationId: update.organizationId,
        actorId: actor.id,
        action,
        entityType: 'Update',
        entityId: update.id,
        before: updateSnapshot(update, update.observations),
        after: {
          goalId: update.goalId,
          periodId: update.periodId,
          ...(reason === undefined ? {} : { reason }),
          ...updateSnapshot({ ...update, state, reviewerComment: comment }, update.observations),
        },
      },
    });
    return { updateId: update.id, goalId: update.goalId, state, version: input.version + 1 };
  }, { organizationId: actor.organizationId });
  return result;
}

/** Cabinet or an administrator approves a submitted update (its values become public) or returns it. */
export async function reviewUpdate(actor: Actor | null, raw: unknown): Promise<ReviewResult> {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  assertCan(actor, 'progress:review', { organizationId: actor.organizationId });
  const input = parseOrThrow(reviewInputSchema, raw);
  return reviewStep(actor, input, (update) => {
    assertCan(actor, 'progress:review', { organizationId: update.organizationId });
    const state = nextState(update.state, input.decision);
    if (!state) throw new AppError('INVALID_STATE', transitionRefusal(update.state, input.decision));
    return { state, comment: input.comment, action: input.decision === 'approve' ? 'update.approve' : 'update.return' };
  });
}

/** An administrator reopens an approved update, with a reason: its values leave the scorecard until approved again. */
export async function reopenUpdate(actor: Actor | null, raw: unknown): Promise<ReviewResult> {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  assertCan(actor, 'progress:reopen', { organizationId: actor.organizationId });
  const input = parseOrThrow(reopenInputSchema, raw);
  return reviewStep(actor, input, (update) => {
    const state = nextState(update.state, 'reopen');
    if (!state) throw new AppError('INVALID_STATE', transitionRefusal(update.state, 'reopen'));
    return { state, comment: `${REOPENED_PREFIX}${input.reason}`, action: 'update.reopen', reason: input.reason };
  });
}

/** The approved updates an administrator may reopen for one goal, newest first. */
export async function listReopenable(actor: Actor | null, goalId: string) {
  assertCan(actor, 'progress:reopen', { organizationId: actor?.organizationId ?? '' });
  const updates = await (await readDb()).update.findMany({
    where: { goalId, organizationId: actor.organizationId, state: 'APPROVED' },
    orderBy: { period: { endDate: 'desc' } },
    select: { id: true, version: true, period: { select: { label: true } } },
  });
  return updates.map((u) => ({ id: u.id, version: u.version, periodLabel: u.period.label }));
}

/** What became of an update the actor just reviewed, for the confirmation on the review page. */
export async function getReviewOutcome(actor: Actor | null, updateId: string) {
  assertCan(actor, 'progress:review', { organizationId: actor?.organizationId ?? '' });
  const update = await (await readDb()).update.findFirst({
    where: { id: updateId, organizationId: actor.organizationId },
    select: { state: true, reviewerComment: true, goal: { select: { id: true, title: true } }, period: { select: { label: true } } },
  });
  if (!update) return null;
  return { state: update.state, comment: update.reviewerComment, goal: update.goal, periodLabel: update.period.label };
}
