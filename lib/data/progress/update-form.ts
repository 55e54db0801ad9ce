// The quarterly update form a division fills in: its goal, the open quarters, the update so far,
// and each measure with its target, previous values and "as of" choices. Checks the actor.
import 'server-only';
import { updateFieldsOf, type UpdateFields } from '@/lib/data/progress/fields';
import { findOwnedGoal } from '@/lib/data/progress/record-progress';
import { jumpThreshold, type ReviewState } from '@/lib/data/progress/rules';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { targetSentence } from '@/lib/format';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { targetSpecOf } from '@/lib/plan-view';
import { expectedValueAt, finalTarget } from '@/lib/targets';
import { periodKindOf } from '@/lib/periods';
import { LIVE } from '@/lib/data/core/archived';


export interface PeriodOption {
  id: string;
  label: string;
  endDate: string;
}

export interface AsOfOption extends PeriodOption {
  /** An approved value exists for this period: it cannot be reported again. */
  locked: boolean;
}

export interface FormGroupRow {
  /** null for the All students value of a measure that is not disaggregated. */
  id: string | null;
  name: string;
  isAll: boolean;
  current: { value: number; n: number | null } | null;
}

export interface FormMeasure {
  id: string;
  code: string;
  name: string;
  unit: 'PERCENT' | 'COUNT' | 'POINTS' | 'SCALE_SCORE' | 'CURRENCY' | 'INDEX';
  decimals: number;
  cadence: 'QUARTERLY' | 'ANNUAL';
  dataSource: string;
  baselineValue: number | null;
  baselineLabel: string | null;
  baselineIsDemo: boolean;
  targetSentence: string;
  finalTarget: number | null;
  /** The value the target path expects at the end of the reporting period. */
  expectedAtPeriod: number | null;
  disaggregated: boolean;
  groups: FormGroupRow[];
  asOfOptions: AsOfOption[];
  defaultAsOfId: string | null;
  previous: { value: number; periodLabel: string; state: ReviewState }[];
  /** Above this change from the latest previous value, the form asks for confirmation. */
  jumpThreshold: number | null;
}

export interface ProgressForm {
  goal: { id: string; code: string; title: string; statement: string; planName: string; divisionName: string | null };
  periods: (PeriodOption & { updateState: ReviewState | null })[];
  period: PeriodOption & { dueDate: string; closed: boolean };
  update: (UpdateFields & { id: string; version: number; state: ReviewState; updatedAt: string; updatedByName: string | null }) | null;
  measures: FormMeasure[];
  canSubmit: boolean;
  locked: boolean;
  /** Why the form is read-only, in words, when it is. */
  lockedReason: string | null;
}

const option = (p: { id: string; label: string; endDate: Date }): PeriodOption => ({
  id: p.id,
  label: p.label,
  endDate: p.endDate.toISOString(),
});

/** The form for one goal and reporting quarter (the earliest unfinished one by default). */
export async function getProgressForm(actor: Actor | null, goalId: string, periodId?: string): Promise<ProgressForm> {
  assertCan(actor, 'plan:read');
  const db = getDb();
  const goal = await findOwnedGoal(db, actor, goalId);
  const now = new Date();
  const [periods, updates, measures, observations] = await Promise.all([
    db.reportingPeriod.findMany({ where: { planId: goal.planId }, orderBy: { endDate: 'asc' } }),
    db.update.findMany({ where: { goalId: goal.id }, include: { updatedBy: { select: { name: true } } } }),
    db.measure.findMany({
      where: { goalId: goal.id, ...LIVE },
      orderBy: { position: 'asc' },
      include: {
        interimTargets: { orderBy: { date: 'asc' } },
        studentGroups: { include: { studentGroup: true } },
      },
    }),
    db.observation.findMany({
      where: { measure: { goalId: goal.id, ...LIVE } },
      include: { period: true, studentGroup: { select: { isAll: true } } },
      orderBy: { period: { endDate: 'asc' } },
    }),
  ]);
  const updateByPeriod = new Map(updates.map((u) => [u.periodId, u]));
  // Quarters that have started and are open, plus any whose update was sent back.
  const quarters = periods.filter(
    (p) => p.kind === 'QUARTER' && ((!p.closed && p.startDate <= now) || updateByPeriod.get(p.id)?.state === 'RETURNED'),
  );
  const unfinished = (p: (typeof periods)[number]) => {
    const state = updateByPeriod.get(p.id)?.state;
    return state !== 'APPROVED' && state !== 'SUBMITTED';
  };
  const chosen =
    (periodId ? quarters.find((p) => p.id === periodId) : undefined) ??
    quarters.find((p) => updateByPeriod.get(p.id)?.state === 'RETURNED') ??
    quarters.find((p) => unfinished(p) && !p.closed) ??
    quarters.at(-1);
  if (!chosen) throw new AppError('NOT_FOUND', 'This plan has no open reporting period yet.');
  if (periodId && chosen.id !== periodId) throw new AppError('NOT_FOUND', 'That reporting period is not open for this goal.');
  const update = updateByPeriod.get(chosen.id) ?? null;
  const canSubmit = can(actor, 'progress:submit', { organizationId: goal.organizationId, divisionId: goal.divisionId });

  const lockedReason =
    goal.plan.status !== 'ACTIVE'
      ? `${goal.plan.name} is ${goal.plan.status === 'DRAFT' ? 'still a draft' : 'archived'}: progress is reported on the plan in force.`
      : update?.state === 'APPROVED'
      ? 'This update is approved and locked. An administrator can reopen it if something must change.'
      : chosen.closed
        ? `${chosen.label} is closed for reporting. An administrator can reopen the period.`
        : update?.state === 'SUBMITTED' && !canSubmit
          ? 'This update has been submitted; only the division lead can change it now.'
          : null;

  return {
    goal: {
      id: goal.id,
      code: goal.code,
      title: goal.title,
      statement: goal.statement,
      planName: goal.plan.name,
      divisionName: goal.division?.name ?? null,
    },
    periods: quarters.map((p) => ({ ...option(p), updateState: updateByPeriod.get(p.id)?.state ?? null })),
    period: { ...option(chosen), dueDate: chosen.dueDate.toISOString(), closed: chosen.closed },
    update: update
      ? {
          id: update.id,
          version: update.version,
          state: update.state,
          ...updateFieldsOf(update),
          updatedAt: update.updatedAt.toISOString(),
          updatedByName: update.updatedBy?.name ?? null,
        }
      : null,
    measures: measures.map((m): FormMeasure => {
      const kind = periodKindOf(m.cadence);
      const asOf = periods.filter((p) => p.kind === kind && p.endDate <= chosen.endDate);
      const rows = observations.filter((o) => o.measureId === m.id);
      const mine = update ? rows.filter((o) => o.updateId === update.id) : [];
      const currentAsOf = mine[0]?.periodId;
      const allRows = rows.filter((o) => o.studentGroup.isAll);
      const approved = new Set(allRows.filter((o) => o.state === 'APPROVED').map((o) => o.periodId));
      const asOfOptions = asOf.map((p) => ({ ...option(p), locked: approved.has(p.id) && currentAsOf !== p.id }));
      const spec = targetSpecOf(m);
      const final = finalTarget(spec);
      const previous = allRows.filter((o) => !mine.some((x) => x.id === o.id)).slice(-4);
      const latestPrevious = previous.at(-1);
      const groups: FormGroupRow[] = m.disaggregated
        ? m.studentGroups
            .map((g) => g.studentGroup)
            .sort((a, b) => Number(b.isAll) - Number(a.isAll) || a.position - b.position)
            .map((g) => {
              const current = mine.find((o) => o.studentGroupId === g.id);
              return { id: g.id, name: g.name, isAll: g.isAll, current: current ? { value: current.value, n: current.n } : null };
            })
        : [
            {
              id: null,
              name: 'All students',
              isAll: true,
              current: (() => {
                const c = mine.find((o) => o.studentGroup.isAll);
                return c ? { value: c.value, n: c.n } : null;
              })(),
            },
          ];
      return {
        id: m.id,
        code: m.code,
        name: m.name,
        unit: m.unit,
        decimals: m.decimals,
        cadence: m.cadence,
        dataSource: m.dataSource,
        baselineValue: m.baselineValue,
        baselineLabel: m.baselineLabel,
        baselineIsDemo: m.baselineIsDemo,
        targetSentence: targetSentence({ ...spec, unit: m.unit, decimals: m.decimals, baselineLabel: m.baselineLabel }),
        finalTarget: final,
        expectedAtPeriod: expectedValueAt(spec, chosen.endDate),
        disaggregated: m.disaggregated,
        groups,
        asOfOptions,
        defaultAsOfId: currentAsOf ?? asOfOptions.filter((o) => !o.locked).at(-1)?.id ?? null,
        previous: previous.map((o) => ({ value: o.value, periodLabel: o.period.label, state: o.state })),
        jumpThreshold: latestPrevious
          ? jumpThreshold({ previous: latestPrevious.value, unit: m.unit, baseline: m.baselineValue, finalTarget: final })
          : null,
      };
    }),
    canSubmit,
    locked: lockedReason !== null,
    lockedReason,
  };
}
