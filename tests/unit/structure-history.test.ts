import { describe, expect, it } from 'vitest';
import { describeStructureEvent, isStructureEvent } from '@/lib/data/structure/describe';

const names = {
  objectives: new Map([['o1', 'Thriving students'], ['o2', 'Strong systems']]),
  priorities: new Map([['p1', 'Partnerships']]),
  goals: new Map([['g1', 'SO-1 Grow partnerships'], ['g2', 'SO-2 Family engagement']]),
  measures: new Map([['m1', 'Community partnerships']]),
  divisions: new Map(),
  groups: new Map([['el', 'English learners']]),
};
const say = (action: string, entityType: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, entityId = 'x') =>
  describeStructureEvent({ action, entityType, entityId, before, after }, names);

describe('structure events in words', () => {
  it('names every kind of event of every level', () => {
    const cases: [ReturnType<typeof say>, string][] = [
      [say('objective.create', 'Objective', null, { planId: 'plan', name: 'Thriving students', description: '' }), 'Added objective Thriving students'],
      [say('objective.update', 'Objective', { name: 'Thriving' }, { name: 'Thriving students' }), 'Edited objective Thriving students'],
      [say('objective.delete', 'Objective', { name: 'Thriving students', parentId: 'plan', impact: { priorities: 2, goals: 1 } }, null), 'Deleted objective Thriving students'],
      [say('priority.move', 'Priority', { parentId: 'o1' }, { parentId: 'o2' }, 'p1'), 'Moved priority Partnerships to another objective'],
      [say('priority.archive', 'Priority', { name: 'Partnerships', parentId: 'o1', impact: {} }, { archivedAt: '2025-01-01T00:00:00.000Z' }), 'Archived priority Partnerships: hidden everywhere, its data kept'],
      [say('goal.reorder', 'Goal', { position: 2 }, { position: 1 }), 'Moved the goal up in the list'],
      [say('measure.move', 'Measure', { parentId: 'g1' }, { parentId: 'g2' }, 'm1'), 'Moved measure Community partnerships to another goal'],
      [say('measure.delete', 'Measure', { name: 'EV Family events', parentId: 'g1', impact: { observations: 0 } }, null), 'Deleted measure EV Family events'],
    ];
    expect(cases.map(([words]) => words.actionLabel)).toEqual(cases.map(([, expected]) => expected));
  });

  it('says what changed in each field, with names for ids', () => {
    expect(say('priority.move', 'Priority', { parentId: 'o1' }, { parentId: 'o2' }).changes).toEqual([{ field: 'Objective', before: 'Thriving students', after: 'Strong systems' }]);
    expect(say('objective.delete', 'Objective', { name: 'T', impact: { priorities: 2, goals: 1 } }, null).changes).toEqual([
      { field: 'Deleted with it', before: '—', after: '2 priorities and 1 goal' },
    ]);
    expect(say('goal.reorder', 'Goal', { position: 2 }, { position: 1 }).changes).toEqual([{ field: 'Position', before: '3', after: '2' }]);
    const edit = say('measure.update', 'Measure', { unit: 'PERCENT', focusGroupId: null, studentGroupIds: [] }, { unit: 'COUNT', focusGroupId: 'el', studentGroupIds: ['el'] }, 'm1');
    expect(edit.changes).toEqual([
      { field: 'Unit', before: 'Percent', after: 'Count' },
      { field: 'Student groups', before: '—', after: 'English learners' },
      { field: 'Focus group', before: '—', after: 'English learners' },
    ]);
  });

  it('leaves events that are not the structure’s own to the update history', () => {
    expect(isStructureEvent('goal.create')).toBe(true);
    expect(isStructureEvent('measure.target-change')).toBe(true);
    expect(isStructureEvent('observations.import')).toBe(false);
    expect(isStructureEvent('update.submit')).toBe(false);
  });
});
