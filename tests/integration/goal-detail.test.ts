import { describe, expect, it } from 'vitest';
import { getGoalDetail } from '@/lib/data/goals';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { actorFor, goalByCode, periodByCode } from '../support/fixtures';

const lead = await actorFor('lead@example.org');
const cabinet = await actorFor('cabinet@example.org');

describe('the goal page', () => {
  it('shows the owning division its draft but keeps drafts from the cabinet until submitted', async () => {
    const goal = await goalByCode('SO-1');
    const draft = {
      goalId: goal.id,
      periodId: (await periodByCode('2024-25-Q4')).id,
      version: '0',
      narrative: 'Draft narrative, not ready for cabinet.',
      values: [{ measureId: goal.measures[0]!.id, asOfPeriodId: (await periodByCode('2024-25')).id, value: '2412' }],
    };
    await recordProgress(lead, { ...draft, intent: 'draft' });

    const valuesOf = async (actor: typeof lead) =>
      (await getGoalDetail(actor, goal.id)).measures[0]!.values.map((v) => `${v.periodLabel} ${v.value} ${v.state}`);
    expect(await valuesOf(lead)).toContain('2024-25 2412 DRAFT');
    expect(await valuesOf(cabinet)).not.toContain('2024-25 2412 DRAFT');
    expect((await getGoalDetail(cabinet, goal.id)).updates.map((u) => u.state)).not.toContain('DRAFT');

    await recordProgress(lead, { ...draft, version: '1', intent: 'submit' });
    expect(await valuesOf(cabinet)).toContain('2024-25 2412 SUBMITTED');
    const submitted = (await getGoalDetail(cabinet, goal.id)).measures[0]!.values.find((v) => v.state === 'SUBMITTED')!;
    // A value in review is shown apart and never given a status.
    expect(submitted.status).toBeNull();
    expect(submitted.expected).toBeCloseTo(2411, 6);
  });

  it('gives each approved value its expected target and status, and finds the neighbouring goals', async () => {
    const detail = await getGoalDetail(cabinet, (await goalByCode('WB-1')).id);
    const approved = detail.measures[0]!.values.filter((v) => v.state === 'APPROVED');
    // Absenteeism 31.2 → 28.08 by June 2025: one year in, 30.16 is expected; two years in, 29.12.
    expect(approved.map((v) => [v.periodLabel, v.value, Number(v.expected!.toFixed(2)), v.status])).toEqual([
      ['2022-23', 30.6, 30.16, 'OFF_TRACK'],
      ['2023-24', 30.1, 29.12, 'OFF_TRACK'],
    ]);
    expect([detail.previous?.code, detail.next?.code]).toEqual(['SO-3', 'WB-2']);
    const first = await getGoalDetail(cabinet, (await goalByCode('SO-1')).id);
    expect([first.previous, first.next?.code]).toEqual([null, 'SO-2']);
  });

  it('charts a disaggregated measure by student group with the focus group’s gap and its own target', async () => {
    const detail = await getGoalDetail(cabinet, (await goalByCode('SO-2')).id);
    const math3 = detail.measures[0]!;
    expect(math3.groups[0]).toMatchObject({ name: 'All students', isAll: true, isReference: true });
    expect(math3.groups.find((g) => g.isFocus)?.name).toBe('Justice-impacted youth');
    expect(math3.groups).toHaveLength(15);
    const gap = math3.gap!;
    expect(gap.focusName).toBe('Justice-impacted youth');
    expect(gap.points.map((p) => p.periodLabel)).toEqual(['2022-23', '2023-24']);
    for (const p of gap.points) expect(p.gap).toBeCloseTo(p.reference - p.focus, 6);
    // The gap's target: 10% narrower than the first observed gap, by the measure's deadline.
    const first = gap.points[0]!.gap;
    expect(gap.path.at(-1)).toMatchObject({ kind: 'final', date: '2025-06-30T00:00:00.000Z' });
    expect(gap.path.at(-1)!.value).toBeCloseTo(first * 0.9, 6);
    expect(gap.targetSentence).toMatch(/ by June 2025 — 10% below the 2022-23 baseline of /);
    // A goal without student groups has no group series.
    expect((await getGoalDetail(cabinet, (await goalByCode('WB-1')).id)).measures[0]!.groups).toEqual([]);
  });
});
