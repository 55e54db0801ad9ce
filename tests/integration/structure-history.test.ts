// A goal's history tells its structure in words: the goal's and its measures' creation, edits,
// a target change with its reason, moves, reordering, archiving and deletion — each field named,
// before → after — including the measures it no longer has.
import { describe, expect, it } from 'vitest';
import { getGoalHistory } from '@/lib/data/history';
import { createGoal, updateGoal } from '@/lib/data/structure/goals';
import { createMeasure, updateMeasure } from '@/lib/data/structure/measures';
import { createObjective, createPriority } from '@/lib/data/structure/objectives';
import { moveItem, removeItem, reorderItem } from '@/lib/data/structure/tree';
import { getDb } from '@/lib/db';
import { actorFor, approveValue, measureFormInput } from '../support/fixtures';

const admin = await actorFor('admin@example.org');

const measure = measureFormInput;

async function planWithPriorities(slug: string) {
  const plan = await getDb().plan.create({
    data: {
      organizationId: admin.organizationId,
      slug,
      name: 'History in words',
      status: 'ACTIVE',
      cycleStart: new Date('2022-07-01'),
      cycleEnd: new Date('2025-06-30'),
    },
  });
  const objective = await createObjective(admin, { planId: plan.id, name: 'Thriving students', description: '' });
  const first = await createPriority(admin, { objectiveId: objective.id, name: 'Partnerships', description: '' });
  const second = await createPriority(admin, { objectiveId: objective.id, name: 'Family engagement', description: '' });
  return { plan, first, second };
}

/** Every entry in words: no event code, no id, no unnamed item, every field by its label; only a deletion may list no change. */
function expectAllInWords(history: Awaited<ReturnType<typeof getGoalHistory>>, ids: string[]) {
  for (const entry of history) {
    expect(entry.actionLabel).not.toMatch(/^[a-z]+\.[a-z-]+|\(|no longer in the plan/);
    if (!entry.actionLabel.startsWith('Deleted')) expect(entry.changes.length, entry.actionLabel).toBeGreaterThan(0);
    for (const change of entry.changes) {
      expect(change.field).toMatch(/^[A-Z]/);
      for (const value of [change.before, change.after]) {
        expect(value).not.toMatch('no longer in the plan');
        expect(ids.some((id) => value.includes(id)), value).toBe(false);
      }
    }
  }
}

describe('a goal’s history', () => {
  it('describes every structure event in words, with the reason of a target change', async () => {
    const db = getDb();
    const { plan, first, second } = await planWithPriorities('history-words');
    const cis = await db.division.findFirstOrThrow({ where: { organizationId: admin.organizationId, code: 'CIS' } });
    const goalInput = {
      priorityId: first.id,
      code: 'HW-1',
      title: 'Grow partnerships',
      statement: 'By June 2025, grow community partnerships by 20% a year.',
      divisionId: cis.id,
      deadline: '2025-06-30',
    };
    const goal = await createGoal(admin, goalInput);
    const kept = await createMeasure(admin, measure(goal.id));
    const other = await createMeasure(admin, measure(goal.id, { code: 'EVENTS', name: 'Family events', targetKind: 'VALUE', targetAmount: '12' }));

    await updateMeasure(admin, {
      id: kept.id,
      ...measure(goal.id, { targetAmount: '25' }),
      change: { reason: 'The board raised the target at the midpoint review.', boardApprovedOn: '2024-01-18', effectiveFrom: '' },
    });
    await updateGoal(admin, { id: goal.id, ...goalInput, title: 'Grow community partnerships' });
    await moveItem(admin, { level: 'goal', id: goal.id, parentId: second.id });

    // A measure with an approved value is archived when removed; one without, deleted.
    await approveValue(admin, plan.id, other.id, 10);
    await removeItem(admin, { level: 'measure', id: other.id, confirmed: true });

    const history = (await getGoalHistory(admin, goal.id)).reverse();
    const said = history.map((h) => h.actionLabel);
    expect(said).toEqual([
      'Created the goal',
      'Added measure Community partnerships',
      'Added measure Family events',
      'Changed the target of measure Community partnerships',
      'Edited the goal',
      'Moved the goal to another priority',
      'Archived measure Family events: hidden everywhere, its data kept',
    ]);
    // No event is a bare code, and none but the archiving is without its changes.
    expect(history.every((h) => !/^[a-z]+\.[a-z-]+$/.test(h.actionLabel))).toBe(true);
    const [created, addedMeasure, , targetChange, edited, moved, archived] = history;

    expect(created!.changes).toEqual(
      expect.arrayContaining([
        { field: 'Priority', before: '—', after: 'Partnerships' },
        { field: 'Code', before: '—', after: 'HW-1' },
        { field: 'Title', before: '—', after: 'Grow partnerships' },
        { field: 'Owning division', before: '—', after: cis.name },
        { field: 'Deadline', before: '—', after: '2025-06-30' },
      ]),
    );
    expect(addedMeasure!.changes).toEqual(
      expect.arrayContaining([
        { field: 'Unit', before: '—', after: 'Count' },
        { field: 'Better is', before: '—', after: 'Higher' },
        { field: 'Cadence', before: '—', after: 'Annual' },
        { field: 'Baseline value', before: '—', after: '40' },
        { field: 'Baseline period', before: '—', after: '2021-22' },
        { field: 'Kind of target', before: '—', after: 'Change by a percent each year' },
        { field: 'Target amount', before: '—', after: '20' },
      ]),
    );
    expect(targetChange!.reason).toBe('The board raised the target at the midpoint review.');
    expect(targetChange!.changes).toEqual([
      { field: 'Target amount', before: '20', after: '25' },
      { field: 'Board approved on', before: '—', after: '2024-01-18' },
      { field: 'Takes effect on', before: '—', after: '2024-01-18' },
    ]);
    expect(edited!.changes).toEqual([{ field: 'Title', before: 'Grow partnerships', after: 'Grow community partnerships' }]);
    expect(moved!.changes).toEqual([{ field: 'Priority', before: 'Partnerships', after: 'Family engagement' }]);
    expect(archived!.changes).toEqual([{ field: 'Archived with it', before: '—', after: '1 reported value' }]);
    expectAllInWords(history, [plan.id, first.id, second.id, cis.id, goal.id, kept.id, other.id]);
  });

  it('keeps the measures it no longer has in words: reordered, edited, moved away by the outline or the form, deleted', async () => {
    const { plan, first } = await planWithPriorities('history-moves');
    const goal = (code: string, title: string) => createGoal(admin, { priorityId: first.id, code, title, statement: `${title} by 2025.` });
    const here = await goal('HM-1', 'Grow partnerships');
    const there = await goal('HM-2', 'Engage families');
    const add = (code: string) => createMeasure(admin, measure(here.id, { code, name: `Measure ${code.toLowerCase()}` }));
    const kept = await add('KEPT');
    const byOutline = await add('OUTLINE');
    const byForm = await add('FORM');
    const deleted = await add('GONE');

    await updateMeasure(admin, { id: kept.id, ...measure(here.id, { code: 'KEPT', name: 'Measure kept, renamed', dataSource: 'Register' }) });
    await reorderItem(admin, { level: 'measure', id: byOutline.id, direction: 'up' });
    await reorderItem(admin, { level: 'measure', id: kept.id, direction: 'down' });
    await reorderItem(admin, { level: 'goal', id: here.id, direction: 'down' });
    await moveItem(admin, { level: 'measure', id: byOutline.id, parentId: there.id });
    await updateMeasure(admin, { id: byForm.id, ...measure(there.id, { code: 'FORM', name: 'Measure form' }) });
    await removeItem(admin, { level: 'measure', id: deleted.id, confirmed: true });

    const history = (await getGoalHistory(admin, here.id)).reverse();
    expect(history.map((h) => h.actionLabel)).toEqual(
      expect.arrayContaining([
        'Created the goal',
        'Edited measure Measure kept, renamed',
        'Moved measure Measure kept, renamed down in the list',
        'Moved the goal down in the list',
        'Moved measure Measure outline to another goal',
        'Moved measure Measure form to another goal',
        'Deleted measure GONE Measure gone',
      ]),
    );
    const said = (label: string) => history.find((h) => h.actionLabel === label)!.changes;
    expect(said('Edited measure Measure kept, renamed')).toEqual([
      { field: 'Name', before: 'Measure kept', after: 'Measure kept, renamed' },
      { field: 'Data source', before: 'Partnership register', after: 'Register' },
    ]);
    expect(said('Moved measure Measure outline to another goal')).toEqual([
      { field: 'Goal', before: 'HM-1 Grow partnerships', after: 'HM-2 Engage families' },
    ]);
    expect(said('Moved measure Measure form to another goal')).toEqual([
      { field: 'Goal', before: 'HM-1 Grow partnerships', after: 'HM-2 Engage families' },
    ]);
    expectAllInWords(history, [plan.id, first.id, here.id, there.id, kept.id, byOutline.id, byForm.id, deleted.id]);

    // A measure moved away takes its history to the goal it went to: here, only its leaving.
    expect(history.filter((h) => h.actionLabel.includes('Measure outline')).map((h) => h.actionLabel)).toEqual(['Moved measure Measure outline to another goal']);
    const arrived = await getGoalHistory(admin, there.id);
    expect(arrived.map((h) => h.actionLabel)).toEqual(
      expect.arrayContaining([
        'Added measure Measure outline',
        'Moved measure Measure outline up in the list',
        'Moved measure Measure outline to another goal',
        'Moved measure Measure form to another goal',
      ]),
    );
    expectAllInWords(arrived, [plan.id, first.id, here.id, there.id, byOutline.id, byForm.id]);
  });
});
