// A target the board changed mid-cycle: every page judges each period against the target in
// force when it ended, the goal page states the change, and the plan document carries it.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/data/dashboard';
import { getGoalDetail } from '@/lib/data/goals';
import { exportPlan, importPlan, PlanDocumentError } from '@/lib/data/plan/transfer';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { actorFor, goalByCode, refusal } from '../support/fixtures';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const admin = await actorFor('admin@example.org');
const cabinet = await actorFor('cabinet@example.org');
let goalId: string;
let measureId: string;

beforeAll(async () => {
  const goal = await goalByCode('WB-1');
  goalId = goal.id;
  const measure = goal.measures[0]!;
  measureId = measure.id;
  expect(measure.targetKind).toBe('PERCENT_CHANGE');

  // The board doubles the reduction (10% → 20%) in November 2023, effective 1 December 2023:
  // the original version and the new one are kept, and the measure holds the new one.
  const db = getDb();
  const original = {
    organizationId: measure.organizationId,
    measureId,
    effectiveFrom: null,
    baselineValue: measure.baselineValue,
    baselineDate: measure.baselineDate,
    baselineLabel: measure.baselineLabel,
    targetKind: measure.targetKind,
    targetAmount: measure.targetAmount,
    targetDate: measure.targetDate,
    interimTargets: [],
  };
  await db.$transaction([
    db.measureTargetVersion.create({ data: original }),
    db.measureTargetVersion.create({
      data: {
        ...original,
        effectiveFrom: day('2023-12-01'),
        targetAmount: measure.targetAmount * 2,
        reason: 'The board raised the goal after the 2022-23 results.',
        boardApprovedOn: day('2023-11-14'),
      },
    }),
    db.measure.update({ where: { id: measureId }, data: { targetAmount: measure.targetAmount * 2 } }),
  ]);
});

describe('a changed target', () => {
  it('the goal page judges each period against the target in force then, and states the change', async () => {
    const detail = await getGoalDetail(cabinet, goalId);
    const m = detail.measures[0]!;
    const baseline = m.baseline.value!;
    // Before the change the path heads for a 10% reduction, after it for 20%.
    const original = (at: string) => baseline - baseline * 0.1 * shareOfCycle(at);
    const raised = (at: string) => baseline - baseline * 0.2 * shareOfCycle(at);
    // An annual measure: the 2022-23 value ended before the change, the 2023-24 one after it.
    const y2023 = m.values.find((v) => v.periodEnd.startsWith('2023-06-30'));
    const y2024 = m.values.find((v) => v.periodEnd.startsWith('2024-06-30'));
    expect(y2023 && y2024, 'demo values for 2022-23 and 2023-24').toBeTruthy();
    expect(y2023!.expected).toBeCloseTo(original('2023-06-30'), 6);
    expect(y2024!.expected).toBeCloseTo(raised('2024-06-30'), 6);

    expect(m.targetChanges).toEqual([
      expect.objectContaining({
        effectiveFrom: '2023-12-01T00:00:00.000Z',
        boardApprovedOn: '2023-11-14T00:00:00.000Z',
        reason: 'The board raised the goal after the 2022-23 results.',
        targetChanged: true,
        baselineChanged: false,
      }),
    ]);
    expect(m.path.map((p) => p.kind)).toEqual(['baseline', 'change', 'final']);
    expect(m.finalTarget).toBeCloseTo(baseline * 0.8, 6);
  });

  it('the dashboard as of a period before the change uses the original target, the latest view the new one', async () => {
    const before = await getDashboard(cabinet, { period: '2023-24-Q1' });
    const after = await getDashboard(cabinet, {});
    const measureOf = (view: typeof before) => view.goals.find((g) => g.id === goalId)!.measures[0]!;
    const baseline = (await getDb().measure.findUniqueOrThrow({ where: { id: measureId } })).baselineValue!;
    expect(measureOf(before).status.final).toBeCloseTo(baseline * 0.9, 6);
    expect(measureOf(after).status.final).toBeCloseTo(baseline * 0.8, 6);
  });

  it('travels in the plan document and survives the round trip', async () => {
    const exported = await exportPlan(admin, '2022-2025');
    const measure = exported.plan.objectives
      .flatMap((o) => o.priorities.flatMap((p) => p.goals))
      .find((g) => g.code === 'WB-1')!.measures[0]!;
    expect(measure.targetHistory.map((v) => [v.effectiveFrom, v.reason, v.boardApprovedOn])).toEqual([
      [null, '', null],
      ['2023-12-01', 'The board raised the goal after the 2022-23 results.', '2023-11-14'],
    ]);

    const db = getDb();
    const org = await db.organization.create({ data: { slug: 'history-trip', name: 'History Trip COE', shortName: 'HTCOE' } });
    const user = await db.user.create({
      data: { organizationId: org.id, email: 'admin@historytrip.example.org', name: 'Admin', role: 'ADMIN', passwordHash: 'x' },
    });
    const other: Actor = { id: user.id, organizationId: org.id, role: 'ADMIN', divisionId: null };
    await importPlan(other, exported);
    expect(await exportPlan(other, '2022-2025')).toEqual(exported);

    // A history without its original version is refused whole, with the path.
    const broken = structuredClone(exported);
    broken.plan.slug = '2030-2033';
    const brokenMeasure = broken.plan.objectives
      .flatMap((o) => o.priorities.flatMap((p) => p.goals))
      .find((g) => g.code === 'WB-1')!.measures[0]!;
    brokenMeasure.targetHistory[0]!.effectiveFrom = '2023-01-01';
    const error = await refusal(importPlan(other, broken));
    expect(error).toBeInstanceOf(PlanDocumentError);
    expect((error as PlanDocumentError).problems).toEqual([
      expect.objectContaining({ path: expect.stringMatching(/^plan\.objectives\[\d+\]\.priorities\[\d+\]\.goals\[\d+\]\.measures\[0\]\.targetHistory$/) }),
    ]);
    expect(await db.plan.count({ where: { organizationId: org.id } })).toBe(1);
  });
});

/** Share of the way from the 2021-22 baseline (2022-06-30) to June 2025 at a date. */
function shareOfCycle(iso: string): number {
  const t0 = day('2022-06-30').getTime();
  const t1 = day('2025-06-30').getTime();
  return (day(iso).getTime() - t0) / (t1 - t0);
}
