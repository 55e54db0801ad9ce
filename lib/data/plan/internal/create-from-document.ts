// Writes a validated plan document into the database for one organization: structure,
// measures and targets, and any periods, updates and observations it carries. Used by plan
// import, plan creation, the next cycle and the demo seed; runs inside the caller's
// transaction. Unguarded: the caller has checked who may write.
import { updateFieldsOf } from '@/lib/data/progress/fields';
import type { Tx } from '@/lib/db/client';
import { periodsForCycle } from '@/lib/periods';
import type { PlanDocument } from '@/lib/data/plan/document';
import { planColumnsFromDocument } from '@/lib/data/plan/fields';
import { goalFromDocument, itemFromDocument, measureFromDocument, targetVersionFromDocument, type ReferencesIn } from '@/lib/data/structure/document';
import { changeColumns, goalData, interimRows, measureRowColumns, versionColumns } from '@/lib/data/structure/fields';

export interface PlanImportContext {
  organizationId: string;
  divisionIdsByCode: Map<string, string>;
  studentGroupIdsByCode: Map<string, string>;
}

export interface ImportedPlan {
  planId: string;
  goalIdsByCode: Map<string, string>;
  /** Keyed by `${goalCode}/${measureCode}`. */
  measureIdsByKey: Map<string, string>;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function lookup(map: Map<string, string>, code: string, what: string): string {
  const id = map.get(code);
  if (!id) throw new Error(`Unknown ${what} "${code}"`);
  return id;
}

export async function createPlanFromDocument(tx: Tx, doc: PlanDocument, ctx: PlanImportContext): Promise<ImportedPlan> {
  const { organizationId } = ctx;
  const p = doc.plan;
  const plan = await tx.plan.create({
    data: { ...planColumnsFromDocument(p), organizationId, publishedAt: p.published ? new Date() : null },
  });

  const overrides = new Map(p.periods.map((x) => [x.code, x]));
  await tx.reportingPeriod.createMany({
    data: periodsForCycle(plan.cycleStart, plan.cycleEnd).map((period) => {
      const override = overrides.get(period.code);
      return {
        ...period,
        ...(override ? { dueDate: day(override.dueDate), closed: override.closed } : {}),
        organizationId,
        planId: plan.id,
      };
    }),
  });
  const periodIdByCode = new Map(
    (await tx.reportingPeriod.findMany({ where: { planId: plan.id }, select: { id: true, code: true } })).map((x) => [x.code, x.id]),
  );

  const refs: ReferencesIn = {
    divisionId: (code) => lookup(ctx.divisionIdsByCode, code, 'division'),
    groupId: (code) => lookup(ctx.studentGroupIdsByCode, code, 'student group'),
  };
  /** What every item's row holds beside its own fields: its organization, its place among its siblings, when it was archived. */
  const placed = (position: number, item: { archivedAt?: string }) => ({
    organizationId,
    position,
    archivedAt: item.archivedAt ? new Date(item.archivedAt) : null,
  });
  const goalIdsByCode = new Map<string, string>();
  const measureIdsByKey = new Map<string, string>();

  for (const [oi, objective] of p.objectives.entries()) {
    const objectiveRow = await tx.objective.create({
      data: { planId: plan.id, ...placed(oi, objective), ...itemFromDocument(objective) },
    });
    for (const [pi, priority] of objective.priorities.entries()) {
      const priorityRow = await tx.priority.create({
        data: { objectiveId: objectiveRow.id, ...placed(pi, priority), ...itemFromDocument(priority) },
      });
      for (const [gi, goal] of priority.goals.entries()) {
        const goalInput = goalFromDocument(goal, priorityRow.id, refs);
        const goalRow = await tx.goal.create({
          data: {
            planId: plan.id,
            ...placed(gi, goal),
            ...goalData(goalInput),
            focusGroups: { create: goalInput.focusGroupIds.map((studentGroupId) => ({ studentGroupId })) },
          },
        });
        goalIdsByCode.set(goal.code, goalRow.id);
        const updateIdByPeriod = new Map<string, string>();
        for (const u of goal.updates) {
          const row = await tx.update.create({
            data: {
              organizationId,
              goalId: goalRow.id,
              periodId: lookup(periodIdByCode, u.period, 'period'),
              state: u.state,
              ...updateFieldsOf(u),
              submittedAt: u.submittedAt ? new Date(u.submittedAt) : null,
              reviewedAt: u.reviewedAt ? new Date(u.reviewedAt) : null,
              isDemo: u.isDemo,
            },
          });
          updateIdByPeriod.set(u.period, row.id);
        }

        for (const [mi, measure] of goal.measures.entries()) {
          const values = measureFromDocument(measure, goalRow.id, refs);
          const measureRow = await tx.measure.create({
            data: {
              ...placed(mi, measure),
              ...measureRowColumns(values),
              baselineIsDemo: values.baselineIsDemo,
              targetVersions: {
                create: measure.targetHistory.map((v) => {
                  const { target, change } = targetVersionFromDocument(v);
                  return { organizationId, ...versionColumns(target), ...changeColumns(change) };
                }),
              },
              studentGroups: { create: values.studentGroupIds.map((studentGroupId) => ({ studentGroupId })) },
              interimTargets: { create: interimRows(values, organizationId) },
            },
          });
          measureIdsByKey.set(`${goal.code}/${measure.code}`, measureRow.id);
          if (measure.observations.length) {
            await tx.observation.createMany({
              data: measure.observations.map((o) => ({
                organizationId,
                measureId: measureRow.id,
                periodId: lookup(periodIdByCode, o.asOf, 'period'),
                reportedPeriodId: lookup(periodIdByCode, o.reportedIn, 'period'),
                studentGroupId: lookup(ctx.studentGroupIdsByCode, o.group, 'student group'),
                updateId: updateIdByPeriod.get(o.reportedIn) ?? null,
                value: o.value,
                n: o.n,
                state: o.state,
                approvedAt: o.approvedAt ? new Date(o.approvedAt) : null,
                isDemo: o.isDemo,
              })),
            });
          }
        }
      }
    }
  }

  return { planId: plan.id, goalIdsByCode, measureIdsByKey };
}
