// "Start the next cycle" from the screen: the ending plan's outline with each measure's
// proposed baseline, and the new draft plan made from the parts the administrator keeps.
// The carrying itself is next-cycle-rules.ts (as the demo's 2025-28 plan uses it); this module
// loads, checks the tenant, writes in one transaction and audits.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { exportPlanDocument } from '@/lib/data/plan/internal/transfer';
import { parseOrThrow } from '@/lib/data/core/validation';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { carryPlanForward, cycleLabel } from '@/lib/data/plan/next-cycle-rules';
import {
  carryOverOutline,
  chooseCarryOver,
  countParts,
  defaultChoice,
  suggestNextCycle,
  type OutlineObjective,
} from '@/lib/data/plan/next-cycle-choice';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { lastApprovedActuals } from '@/lib/data/plan/internal/last-actuals';
import { createPlanFromDocument } from '@/lib/data/plan/internal/create-from-document';
import { assertSlugFree, slugTaken } from '@/lib/data/plan/internal/slug';
import { nextCycleSchema } from '@/lib/data/plan/fields';

export interface NextCyclePreview {
  plan: { id: string; slug: string; name: string; cycleLabel: string };
  suggestion: { name: string; slug: string; cycleStart: string; cycleEnd: string };
  outline: OutlineObjective[];
  defaults: { objectives: string[]; priorities: string[]; goals: string[]; measures: string[] };
  labels: { objective: string; priority: string; goal: string };
}

/** The ending plan as the next-cycle screen shows it, with what to carry by default. */
export async function getNextCyclePreview(actor: Actor | null, slug: string): Promise<NextCyclePreview> {
  assertAdmin(actor);
  const db = getDb();
  const plan = await db.plan.findFirst({ where: { organizationId: actor.organizationId, slug } });
  if (!plan) throw new AppError('NOT_FOUND');
  const [doc, actuals, slugs] = await Promise.all([
    exportPlanDocument(db, actor.organizationId, slug),
    lastApprovedActuals(db, plan.id),
    db.plan.findMany({ where: { organizationId: actor.organizationId }, select: { slug: true } }),
  ]);
  if (!doc) throw new AppError('NOT_FOUND');
  const outline = carryOverOutline(doc, actuals);
  const choice = defaultChoice(outline);
  const suggestion = suggestNextCycle(doc.plan);
  // The suggested address may be taken already (a draft of the next cycle exists): number it.
  const taken = new Set(slugs.map((s) => s.slug));
  let candidate = suggestion.slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${suggestion.slug}-${n}`;
  return {
    plan: { id: plan.id, slug: plan.slug, name: plan.name, cycleLabel: cycleLabel(doc.plan.cycleStart, doc.plan.cycleEnd) },
    suggestion: { ...suggestion, slug: candidate },
    outline,
    defaults: {
      objectives: [...choice.objectives],
      priorities: [...choice.priorities],
      goals: [...choice.goals],
      measures: [...choice.measures],
    },
    labels: { objective: plan.objectiveLabel, priority: plan.priorityLabel, goal: plan.goalLabel },
  };
}

export interface NextCycleResult {
  planId: string;
  slug: string;
  counts: { objectives: number; priorities: number; goals: number; measures: number };
  baselinesProposed: number;
}

/**
 * Creates the next cycle's draft plan from the chosen parts of an ending plan, in one
 * transaction: structure and measures carried over, re-dated to the new cycle, each
 * measure's last approved actual proposed as its new baseline; its periods generated.
 */
export async function startNextCycleFromPlan(actor: Actor | null, raw: unknown): Promise<NextCycleResult> {
  assertAdmin(actor);
  const input = parseOrThrow(nextCycleSchema, raw);
  try {
    return await getDb().$transaction(
      async (tx) => {
        const previous = await tx.plan.findFirst({ where: { id: input.planId, organizationId: actor.organizationId } });
        if (!previous) throw new AppError('NOT_FOUND');
        await assertSlugFree(tx, actor.organizationId, input.slug);

        const doc = await exportPlanDocument(tx, actor.organizationId, previous.slug);
        if (!doc) throw new AppError('NOT_FOUND');
        const actuals = await lastApprovedActuals(tx, previous.id);
        const chosen = chooseCarryOver(doc, {
          objectives: new Set(input.objectives),
          priorities: new Set(input.priorities),
          goals: new Set(input.goals),
          measures: new Set(input.measures),
        });
        if (chosen.plan.objectives.length === 0) {
          throw new AppError('VALIDATION', undefined, {
            objectives: ['Choose at least one part of the plan to carry over, or create a new plan instead.'],
          });
        }
        const next = carryPlanForward(chosen, { slug: input.slug, name: input.name, cycleStart: input.cycleStart, cycleEnd: input.cycleEnd }, actuals);

        const [divisions, groups] = await Promise.all([
          tx.division.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, code: true } }),
          tx.studentGroup.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, code: true } }),
        ]);
        const created = await createPlanFromDocument(tx, next, {
          organizationId: actor.organizationId,
          divisionIdsByCode: new Map(divisions.map((d) => [d.code, d.id])),
          studentGroupIdsByCode: new Map(groups.map((g) => [g.code, g.id])),
        });
        const counts = countParts(next);
        const measures = next.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures)));
        const baselinesProposed = measures.filter((m) => m.baseline.value !== null).length;
        await recordAudit(tx, actor, {
          action: 'plan.start_next_cycle',
          entityType: 'Plan',
          entityId: created.planId,
          before: { plan: previous.name, slug: previous.slug, ...countParts(doc) },
          after: {
            plan: input.name,
            slug: input.slug,
            cycleStart: input.cycleStart,
            cycleEnd: input.cycleEnd,
            status: 'DRAFT',
            ...counts,
            baselinesProposed,
            goals: [...created.goalIdsByCode.keys()],
          },
        });
        return { planId: created.planId, slug: input.slug, counts, baselinesProposed };
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
  } catch (error) {
    slugTaken(error);
  }
}
