// A goal's history tells its structure in words: the goal's and its measures' creation, edits,
// a target change with its reason, moves and archiving — each field named, before → after.
import { describe, expect, it } from 'vitest';
import { getGoalHistory } from '@/lib/data/history';
import { createGoal, updateGoal } from '@/lib/data/structure/goals';
import { createMeasure, updateMeasure } from '@/lib/data/structure/measures';
import { createObjective, createPriority } from '@/lib/data/structure/objectives';
import { moveItem, removeItem } from '@/lib/data/structure/tree';
import { getDb } from '@/lib/db';
import { actorFor, approveValue, measureFormInput } from '../support/fixtures';

const admin = await actorFor('admin@example.org');

const measure = measureFormInput;

describe('a goal’s history', () => {
  it('describes every structure event in words, with the reason of a target change', async () => {
    const db = getDb();
    const plan = await db.plan.create({
      data: {
        organizationId: admin.organizationId,
        slug: 'history-words',
        name: 'History in words',
        status: 'ACTIVE',
        cycleStart: new Date('2022-07-01'),
        cycleEnd: new Date('2025-06-30'),
      },
    });
    const objective = await createObjective(admin, { planId: plan.id, name: 'Thriving students', description: '' });
    const first = await createPriority(admin, { objectiveId: objective.id, name: 'Partnerships', description: '' });
    const second = await createPriority(admin, { objectiveId: objective.id, name: 'Family engagement', description: '' });
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
  });
});
