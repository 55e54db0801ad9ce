import { describe, expect, it } from 'vitest';
import { UPDATE_FIELDS, updateFieldText } from '@/lib/data/progress/fields';
import { actionLabel, describeChanges } from '@/lib/history';

const names = {
  measures: new Map([['m1', 'Chronic absenteeism rate']]),
  groups: new Map([
    ['all', 'All students'],
    ['el', 'English learners'],
  ]),
  periods: new Map([['y24', '2023-24']]),
};

describe('a goal history entry', () => {
  it('lists each changed field and value before → after', () => {
    const before = {
      state: 'SUBMITTED',
      narrative: 'First',
      reportedStatus: 'ON_TRACK',
      reviewerComment: '',
      values: [{ measureId: 'm1', periodId: 'y24', studentGroupId: 'all', value: 30.1, n: null }],
    };
    const after = {
      ...before,
      state: 'RETURNED',
      reviewerComment: 'Check the EL value',
      values: [
        { measureId: 'm1', periodId: 'y24', studentGroupId: 'all', value: 29.4, n: null },
        { measureId: 'm1', periodId: 'y24', studentGroupId: 'el', value: 33, n: 1200 },
      ],
    };
    expect(describeChanges(before, after, names)).toEqual([
      { field: 'State', before: 'Submitted, awaiting review', after: 'Returned for changes' },
      { field: 'Reviewer comment', before: '—', after: 'Check the EL value' },
      { field: 'Chronic absenteeism rate · All students (2023-24)', before: '30.1', after: '29.4' },
      { field: 'Chronic absenteeism rate · English learners (2023-24)', before: '—', after: '33 (n = 1,200)' },
    ]);
  });

  it('a first save lists what was entered, not empty fields', () => {
    const after = { state: 'DRAFT', narrative: 'Started', pdsaPlan: '', evidenceLinks: [], values: [] };
    expect(describeChanges(null, after, names)).toEqual([
      { field: 'State', before: '—', after: 'Draft' },
      { field: 'Narrative', before: '—', after: 'Started' },
    ]);
  });

  it('names every field of the update’s field list when it changes', () => {
    const before = Object.fromEntries(UPDATE_FIELDS.map((field) => [field, field === 'evidenceLinks' ? [] : '']));
    const after = Object.fromEntries(UPDATE_FIELDS.map((field) => [field, field === 'evidenceLinks' ? ['https://a.example'] : field === 'reportedStatus' ? 'MET' : 'x']));
    const labels = describeChanges(before, after, names).map((c) => c.field);
    expect(labels).toEqual(UPDATE_FIELDS.map((field) => updateFieldText(field).label));
    expect(labels).toEqual(['Narrative', 'Reported status', 'Plan (PDSA)', 'Do (PDSA)', 'Study (PDSA)', 'Act (PDSA)', 'Evidence links', 'Reviewer comment']);
  });

  it('names workflow steps in words', () => {
    expect(actionLabel('update.return')).toBe('Returned for changes');
    expect(actionLabel('update.reopen')).toBe('Reopened an approved update');
  });
});
