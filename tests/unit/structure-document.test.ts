// The structure part of the plan document: each mapping's way back gives what went out, for a
// goal, a measure (its target, baseline note and groups) and a target version with every field
// set — so a field the field lists gain cannot go out in an export and be lost on import.
import { describe, expect, it } from 'vitest';
import {
  goalDocumentFields,
  goalFromDocument,
  goalToDocument,
  itemFromDocument,
  itemToDocument,
  measureFromDocument,
  measureToDocument,
  targetVersionFromDocument,
  targetVersionToDocument,
  type ReferencesIn,
  type ReferencesOut,
  type StoredMeasureValues,
} from '@/lib/data/structure/document';
import type { GoalInput, MeasureTarget, TargetChangeInput } from '@/lib/data/structure/fields';

// Ids and codes told apart by their prefix, so a mapping that skips a reference shows.
const out: ReferencesOut = { divisionCode: (id) => id.replace('id-', ''), groupCodes: (ids) => ids.map((id) => id.replace('id-', '')) };
const back: ReferencesIn = { divisionId: (code) => `id-${code}`, groupId: (code) => `id-${code}` };

const target: MeasureTarget = {
  baselineValue: 31.2,
  baselineDate: '2022-06-30',
  baselineLabel: '2021-22',
  targetKind: 'PERCENT_CHANGE',
  targetAmount: 10,
  targetDate: '2025-06-30',
  interimTargets: [{ date: '2023-06-30', label: '2022-23', value: 30 }],
};

describe('the structure part of the plan document', () => {
  it('gives back an objective’s text, a Spanish text left out when there is none', () => {
    const item = { name: 'Every student thrives', nameEs: null, description: 'Whole child', descriptionEs: 'Niño integral' };
    expect(itemToDocument(item)).toEqual({ name: 'Every student thrives', description: 'Whole child', descriptionEs: 'Niño integral' });
    expect(itemFromDocument(itemToDocument(item))).toEqual(item);
  });

  it('gives back a goal, its division and focus groups named by code', () => {
    const goal: GoalInput = {
      priorityId: 'id-priority',
      code: 'SO-1',
      title: 'Reduce chronic absenteeism',
      statement: 'By 2025, reduce chronic absenteeism by 10%.',
      titleEs: 'Reducir el ausentismo crónico',
      statementEs: null,
      divisionId: 'id-SSS',
      deadline: '2025-06-30',
      inclusion: 'All JCCS students',
      equityFocus: 'Foster youth',
      focusGroupIds: ['id-FOS', 'id-HOM'],
    };
    const doc = goalToDocument(goal, out);
    expect(doc).toMatchObject({ division: 'SSS', focusGroups: ['FOS', 'HOM'] });
    // As the file is written: every field of the document's goal, the Spanish statement left out.
    expect(Object.keys(JSON.parse(JSON.stringify(doc))).sort()).toEqual(Object.keys(goalDocumentFields).filter((k) => k !== 'statementEs').sort());
    expect(goalFromDocument(doc, 'id-priority', back)).toEqual(goal);
  });

  it('gives back a measure with its target, baseline note and student groups', () => {
    const measure: StoredMeasureValues = {
      goalId: 'id-goal',
      code: 'ABS',
      name: 'Chronic absenteeism rate',
      nameEs: 'Tasa de ausentismo crónico',
      unit: 'PERCENT',
      direction: 'DECREASE',
      decimals: 1,
      cadence: 'ANNUAL',
      dataSource: 'CALPADS',
      baselineNote: 'DataQuest, 2021-22',
      baselineIsDemo: true,
      ...target,
      disaggregated: true,
      studentGroupIds: ['id-AA', 'id-EL'],
      focusGroupId: 'id-AA',
      referenceGroupId: 'id-EL',
      gapReductionPercent: 25,
    };
    const doc = measureToDocument(measure, out);
    expect(doc.baseline).toEqual({ value: 31.2, date: '2022-06-30', label: '2021-22', note: 'DataQuest, 2021-22', isDemo: true });
    expect(doc.target).toEqual({ kind: 'PERCENT_CHANGE', amount: 10, date: '2025-06-30' });
    expect(measureFromDocument(doc, 'id-goal', back)).toEqual(measure);
  });

  it('gives back a target version with why and from when it changed', () => {
    const change: TargetChangeInput = { reason: 'Board revised the target', boardApprovedOn: '2024-03-12', effectiveFrom: '2024-07-01' };
    expect(targetVersionFromDocument(targetVersionToDocument(target, change))).toEqual({ target, change });
  });
});
