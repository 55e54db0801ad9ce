// Writes a validated plan document into the database for one organization: structure,
// measures and targets, and any periods, updates and observations it carries. Used by plan
// import, plan creation, the next cycle and the demo seed; runs inside the caller's
// transaction. Unguarded: the caller has checked who may write.
import { updateFieldsOf } from '@/lib/data/progress/fields';
import type { Tx } from '@/lib/db/client';
import { periodsForCycle } from '@/lib/periods';
import type { PlanDocument } from '@/lib/data/plan/document';
import { planColumnsFromDocument } from '@/lib/data/plan/fields';

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

/** An objective's or a priority's own fields, as their rows hold them. */
function outlineItemColumns(item: { name: string; nameEs?: string; description: string; descriptionEs?: string; archivedAt?: string }) {
  const { name, nameEs, description, descriptionEs } = item;
  return { name, nameEs, description, descriptionEs, archivedAt: item.archivedAt ? new Date(item.archivedAt) : null };
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

  const goalIdsByCode = new Map<string, string>();
  const measureIdsByKey = new Map<string, string>();

  for (const [oi, objective] of p.objectives.entries()) {
    const objectiveRow = await tx.objective.create({
      data: {
        organizationId,
        planId: plan.id,
        position: oi,
        ...outlineItemColumns(objective),
      },
    });
    for (const [pi, priority] of objective.priorities.entries()) {
      const priorityRow = await tx.priority.create({
        data: {
          organizationId,
          objectiveId: objectiveRow.id,
          position: pi,
          ...outlineItemColumns(priority),
        },
      });
      for (const [gi, goal] of priority.goals.entries()) {
        const goalRow = await tx.goal.create({
          data: {
            organizationId,
            planId: plan.id,
            priorityId: priorityRow.id,
            position: gi,
            code: goal.code,
            title: goal.title,
            titleEs: goal.titleEs,
            statement: goal.statement,
            statementEs: goal.statementEs,
            divisionId: goal.division ? lookup(ctx.divisionIdsByCode, goal.division, 'division') : null,
            deadline: goal.deadline ? day(goal.deadline) : null,
            inclusion: goal.inclusion,
            equityFocus: goal.equityFocus,
            archivedAt: goal.archivedAt ? new Date(goal.archivedAt) : null,
            focusGroups: {
              create: goal.focusGroups.map((groupCode) => ({
                studentGroupId: lookup(ctx.studentGroupIdsByCode, groupCode, 'student group'),
              })),
            },
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
          const groupId = (code: string | null) =>
            code ? lookup(ctx.studentGroupIdsByCode, code, 'student group') : null;
          const measureRow = await tx.measure.create({
            data: {
              organizationId,
              goalId: goalRow.id,
              position: mi,
              code: measure.code,
              name: measure.name,
              nameEs: measure.nameEs,
              unit: measure.unit,
              direction: measure.direction,
              decimals: measure.decimals,
              dataSource: measure.dataSource,
              cadence: measure.cadence,
              baselineValue: measure.baseline.value,
              baselineDate: measure.baseline.date ? day(measure.baseline.date) : null,
              baselineLabel: measure.baseline.label,
              baselineNote: measure.baseline.note,
              baselineIsDemo: measure.baseline.isDemo,
              targetKind: measure.target.kind,
              targetAmount: measure.target.amount,
              targetDate: day(measure.target.date),
              disaggregated: measure.disaggregated,
              focusGroupId: groupId(measure.focusGroup),
              referenceGroupId: groupId(measure.referenceGroup),
              gapReductionPercent: measure.gapReductionPercent,
              targetVersions: {
                create: measure.targetHistory.map((v) => ({
                  organizationId,
                  effectiveFrom: v.effectiveFrom ? day(v.effectiveFrom) : null,
                  baselineValue: v.baseline.value,
                  baselineDate: v.baseline.date ? day(v.baseline.date) : null,
                  baselineLabel: v.baseline.label,
                  targetKind: v.target.kind,
                  targetAmount: v.target.amount,
                  targetDate: day(v.target.date),
                  interimTargets: v.interimTargets,
                  reason: v.reason,
                  boardApprovedOn: v.boardApprovedOn ? day(v.boardApprovedOn) : null,
                })),
              },
              archivedAt: measure.archivedAt ? new Date(measure.archivedAt) : null,
              studentGroups: {
                create: measure.studentGroups.map((code) => ({
                  studentGroupId: lookup(ctx.studentGroupIdsByCode, code, 'student group'),
                })),
              },
              interimTargets: {
                create: measure.interimTargets.map((t) => ({
                  organizationId,
                  date: day(t.date),
                  label: t.label,
                  value: t.value,
                })),
              },
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
