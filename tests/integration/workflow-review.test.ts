// The quarterly cycle end to end in the data layer: a division reports by student group,
// cabinet returns and then approves, an administrator reopens; the to-do list, the review
// queue, the public scorecard and the goal's history follow every step.
import { beforeAll, describe, expect, it } from 'vitest';
import { getGoalHistory } from '@/lib/data/history';
import { getWaitingCounts, listTodo } from '@/lib/data/progress/inbox';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { getProgressForm } from '@/lib/data/progress/update-form';
import { listReviewQueue, reopenUpdate, reviewUpdate } from '@/lib/data/progress/review';
import { getPublicScorecard } from '@/lib/data/scorecard';
import { getDb } from '@/lib/db';
import { actorFor, goalByCode, periodByCode, refusal, writeSnapshot } from '../support/fixtures';

const lead = await actorFor('lead@example.org');
const staff = await actorFor('staff@example.org');
const cabinet = await actorFor('cabinet@example.org');
const admin = await actorFor('admin@example.org');
let goal: Awaited<ReturnType<typeof goalByCode>>;
let q4: string;
let year: string;
let groups: Record<string, string>;

beforeAll(async () => {
  goal = await goalByCode('SO-1');
  q4 = (await periodByCode('2024-25-Q4')).id;
  year = (await periodByCode('2024-25')).id;
  const rows = await getDb().studentGroup.findMany({ where: { code: { in: ['ALL', 'EL', 'JIY'] }, organization: { slug: 'lacoe' } } });
  groups = Object.fromEntries(rows.map((g) => [g.code, g.id]));
});

const publicValue = async () => {
  const scorecard = await getPublicScorecard('lacoe', '2022-2025');
  const so1 = scorecard.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).find((g) => g.code === 'SO-1')!;
  return so1.measures[0]!.latestApproved;
};

describe('a quarter of literacy results, from draft to the public scorecard', () => {
  let updateId = '';
  let version = 0;

  it('staff drafts values by student group, with n', async () => {
    const ela3 = goal.measures[0]!.id;
    const saved = await recordProgress(staff, {
      goalId: goal.id,
      periodId: q4,
      intent: 'draft',
      version: 0,
      narrative: 'Grade 3 results arrived.',
      pdsaPlan: 'Coaching in 40 schools',
      evidenceLinks: ['https://lacoe.edu/caaspp-2025'],
      values: [
        { measureId: ela3, studentGroupId: groups.ALL, asOfPeriodId: year, value: '2,409', n: '98000' },
        { measureId: ela3, studentGroupId: groups.EL, asOfPeriodId: year, value: '2,371', n: '21000' },
        { measureId: ela3, studentGroupId: groups.JIY, asOfPeriodId: year, value: '2,330', n: '9' },
      ],
    });
    ({ updateId, version } = saved);
    expect(saved.state).toBe('DRAFT');
    const values = await getDb().observation.findMany({ where: { updateId }, include: { studentGroup: true } });
    expect(values.map((v) => [v.studentGroup.code, v.value, v.n, v.state]).sort()).toEqual([
      ['ALL', 2409, 98000, 'DRAFT'],
      ['EL', 2371, 21000, 'DRAFT'],
      ['JIY', 2330, 9, 'DRAFT'],
    ]);
    const form = await getProgressForm(lead, goal.id, q4);
    const g = form.measures[0]!.groups;
    expect(g[0]).toMatchObject({ name: 'All students', isAll: true, current: { value: 2409, n: 98000 } });
    expect(g.find((x) => x.id === groups.JIY)?.current).toEqual({ value: 2330, n: 9 });
    expect(form.update?.evidenceLinks).toEqual(['https://lacoe.edu/caaspp-2025']);
  });

  it('the lead submits; a blank row is removed from the update; the value waits in the review queue', async () => {
    const ela3 = goal.measures[0]!.id;
    const submitted = await recordProgress(lead, {
      goalId: goal.id,
      periodId: q4,
      intent: 'submit',
      version,
      narrative: 'Grade 3 results arrived.',
      reportedStatus: 'ON_TRACK',
      values: [
        { measureId: ela3, studentGroupId: groups.ALL, asOfPeriodId: year, value: '2409', n: '98000' },
        { measureId: ela3, studentGroupId: groups.EL, asOfPeriodId: year, value: '2371', n: '21000' },
      ],
    });
    version = submitted.version;
    expect(submitted.state).toBe('SUBMITTED');
    expect(await getDb().observation.count({ where: { updateId } })).toBe(2);
    const queue = await listReviewQueue(cabinet);
    const item = queue.find((q) => q.id === updateId)!;
    expect(item).toMatchObject({ periodLabel: '2024-25 Q4', submittedBy: 'Marcus Chen', reportedStatus: 'ON_TRACK' });
    expect(item.measures[0]!.rows.map((r) => [r.group, r.value, r.n])).toEqual([
      ['All students', '2,409', 98000],
      ['English learners', '2,371', 21000],
    ]);
    expect(item.measures[0]!.rows[0]!.previous).toMatch(/\(2023-24\)$/);
    expect(await getWaitingCounts(cabinet)).toMatchObject({ review: queue.length });
    expect(await publicValue()).toMatchObject({ periodLabel: '2023-24' });
  });

  it('staff can no longer change the submitted update', async () => {
    const before = await writeSnapshot();
    const error = await refusal(
      recordProgress(staff, { goalId: goal.id, periodId: q4, intent: 'draft', version, narrative: 'Edit' }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(await writeSnapshot()).toBe(before);
  });

  it('cabinet returns it with a comment; the division sees the comment on its to-do list', async () => {
    const returned = await reviewUpdate(cabinet, { updateId, version, decision: 'return', comment: 'Add the JIY result (n is small, but report it).' });
    version = returned.version;
    expect(returned.state).toBe('RETURNED');
    const { rows } = await listTodo(lead);
    const row = rows.find((r) => r.goal.id === goal.id && r.period.id === q4)!;
    expect(row).toMatchObject({ status: 'RETURNED', reviewerComment: 'Add the JIY result (n is small, but report it).' });
    expect((await getWaitingCounts(staff)).returned).toBe(1);
    expect(await getDb().observation.count({ where: { updateId, state: 'RETURNED' } })).toBe(2);
    expect((await listReviewQueue(cabinet)).some((q) => q.id === updateId)).toBe(false);
  });

  it('a value far from the previous one asks for confirmation before anything is written', async () => {
    const ela3 = goal.measures[0]!.id;
    const input = {
      goalId: goal.id,
      periodId: q4,
      intent: 'submit',
      version,
      narrative: 'Fixed.',
      values: [
        { measureId: ela3, studentGroupId: groups.ALL, asOfPeriodId: year, value: '24090' },
        { measureId: ela3, studentGroupId: groups.JIY, asOfPeriodId: year, value: '2330', n: '9' },
      ],
    };
    const before = await writeSnapshot();
    const error = await refusal(recordProgress(lead, input));
    expect(error.code).toBe('NEEDS_CONFIRMATION');
    expect(error.fieldErrors?.[`value.${ela3}.${groups.ALL}`]?.[0]).toMatch(/^This is a change of 21,6\d\d from 2023-24/);
    expect(await writeSnapshot()).toBe(before);
    // The lead corrects the typo and resubmits.
    const resubmitted = await recordProgress(lead, { ...input, values: [{ ...input.values[0]!, value: '2409' }, input.values[1]!] });
    version = resubmitted.version;
    expect(resubmitted.state).toBe('SUBMITTED');
  });

  it('a confirmed unusual value is saved as typed', async () => {
    const cc2 = await goalByCode('CC-2');
    const spcs = await getDb().user.create({
      data: {
        organizationId: lead.organizationId,
        email: 'spcs@example.org',
        name: 'SPCS lead',
        role: 'LEAD',
        passwordHash: 'x',
        divisionId: cc2.divisionId,
      },
    });
    const actor = { id: spcs.id, organizationId: spcs.organizationId, role: spcs.role, divisionId: spcs.divisionId };
    const q3 = (await periodByCode('2024-25-Q3')).id;
    const input = {
      goalId: cc2.id,
      periodId: q3,
      intent: 'draft',
      version: 0,
      values: [{ measureId: cc2.measures[0]!.id, asOfPeriodId: q3, value: '900' }],
    };
    expect((await refusal(recordProgress(actor, input))).code).toBe('NEEDS_CONFIRMATION');
    await expect(recordProgress(actor, { ...input, confirmJumps: true })).resolves.toMatchObject({ state: 'DRAFT' });
  });

  it('cabinet approves: the values are approved, locked and on the public scorecard', async () => {
    const approved = await reviewUpdate(cabinet, { updateId, version, decision: 'approve' });
    version = approved.version;
    const values = await getDb().observation.findMany({ where: { updateId } });
    expect(values.every((v) => v.state === 'APPROVED' && v.approvedAt !== null)).toBe(true);
    expect(await publicValue()).toMatchObject({ value: 2409, periodLabel: '2024-25', state: 'APPROVED' });
    const form = await getProgressForm(lead, goal.id, q4);
    expect(form.locked).toBe(true);
    expect(form.lockedReason).toMatch(/approved and locked/);
    const { rows } = await listTodo(lead, new Date('2025-07-01T00:00:00Z'));
    expect(rows.find((r) => r.period.id === q4 && r.goal.id === goal.id)?.status).toBe('APPROVED');
  });

  it('an administrator reopens it with a reason: the value leaves the scorecard until approved again', async () => {
    const reopened = await reopenUpdate(admin, { updateId, version, reason: 'The state corrected its file.' });
    expect(reopened.state).toBe('RETURNED');
    expect(await publicValue()).toMatchObject({ periodLabel: '2023-24' });
    const update = await getDb().update.findUniqueOrThrow({ where: { id: updateId } });
    expect(update.reviewerComment).toBe('Reopened: The state corrected its file.');
  });

  it('the goal history shows every step, who, and each change before → after', async () => {
    const history = await getGoalHistory(cabinet, goal.id);
    const steps = history.filter((h) => h.periodLabel === '2024-25 Q4').map((h) => [h.actionLabel, h.actorName]);
    expect(steps).toEqual([
      ['Reopened an approved update', 'Dana Whitfield'],
      ['Approved', 'Dr. Ruth Alvarez'],
      ['Submitted for review', 'Marcus Chen'],
      ['Returned for changes', 'Dr. Ruth Alvarez'],
      ['Submitted for review', 'Marcus Chen'],
      ['Saved', 'Priya Natarajan'],
    ]);
    const reopen = history[0]!;
    expect(reopen.reason).toBe('The state corrected its file.');
    expect(reopen.changes).toContainEqual({ field: 'State', before: 'Approved', after: 'Returned for changes' });
    const firstSubmit = history.filter((h) => h.actionLabel === 'Submitted for review').at(-1)!;
    expect(firstSubmit.changes).toContainEqual({
      field: 'Median ELA scale score, grade 3 · Justice-impacted youth (2024-25)',
      before: '2,330 (n = 9)',
      after: '—',
    });
    expect(firstSubmit.changes).toContainEqual({ field: 'State', before: 'Draft', after: 'Submitted, awaiting review' });
  });
});

describe('the to-do list', () => {
  it('today, lists the unreported 2024-25 Q3 and Q4 as overdue', async () => {
    const { rows } = await listTodo(lead, new Date('2026-11-22T12:00:00Z'));
    const so2 = rows.filter((r) => r.goal.code === 'SO-2').map((r) => [r.period.label, r.status]);
    expect(so2).toEqual([
      ['2024-25 Q3', 'OVERDUE'],
      ['2024-25 Q4', 'OVERDUE'],
    ]);
    expect(rows.find((r) => r.goal.code === 'SO-2' && r.period.label === '2024-25 Q3')?.dueInDays).toBe(-586);
  });

  it('lists the division’s goals × open quarters, what is due first coming first', async () => {
    const { rows, goals } = await listTodo(lead, new Date('2025-02-20T12:00:00Z'));
    expect(goals.map((g) => g.code)).toEqual(['SO-1', 'SO-2']);
    const dues = rows.map((r) => r.period.dueDate);
    expect([...dues].sort()).toEqual(dues);
    expect(rows.every((r) => ['SO-1', 'SO-2'].includes(r.goal.code))).toBe(true);
    // 2024-25 Q3 runs Jan–Mar: it is current and not started for SO-2.
    expect(rows.find((r) => r.goal.code === 'SO-2' && r.period.label === '2024-25 Q3')).toMatchObject({
      status: 'NOT_STARTED',
      dueInDays: 54,
    });
    // Quarters the administrator closed are done: they are not listed.
    expect(rows.some((r) => r.period.closed)).toBe(false);
    expect(rows.some((r) => r.period.label === '2022-23 Q1')).toBe(false);
    expect(rows.some((r) => r.period.label === '2024-25 Q4')).toBe(
      rows.some((r) => r.period.label === '2024-25 Q4' && r.status === 'RETURNED'),
    );
  });

  it('is empty for cabinet and administrators, whose header counts what waits for review', async () => {
    expect((await listTodo(cabinet)).rows).toEqual([]);
    const counts = await getWaitingCounts(admin);
    expect(counts.review).toBe(await getDb().update.count({ where: { state: 'SUBMITTED' } }));
  });
});
