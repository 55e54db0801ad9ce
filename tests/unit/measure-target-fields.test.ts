import { describe, expect, it } from 'vitest';
import {
  formTargetChanged,
  measureInputSchema,
  measureValues,
  pickTarget,
  targetChanged,
  targetFormInput,
  targetOf,
  versionColumns,
} from '@/lib/data/structure/fields';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// The measure as the database holds it: the seed plan's "annual 20% increase" in partnerships.
const row = {
  goalId: 'g1',
  code: 'PARTNERS',
  name: 'Community partnerships',
  nameEs: null,
  unit: 'COUNT' as const,
  direction: 'INCREASE' as const,
  decimals: 0,
  cadence: 'ANNUAL' as const,
  dataSource: '',
  baselineNote: '',
  baselineValue: 40,
  baselineDate: day('2022-06-30'),
  baselineLabel: '2021-22',
  targetKind: 'ANNUAL_PERCENT_CHANGE' as const,
  targetAmount: 20,
  targetDate: day('2025-06-30'),
  interimTargets: [
    { date: day('2023-06-30'), label: '2022-23', value: 48 },
    { date: day('2024-06-30'), label: '2023-24', value: 58 },
  ],
  disaggregated: false,
  focusGroupId: null,
  referenceGroupId: null,
  gapReductionPercent: null,
};

/** The measure form as it is posted: the form opens with the row's values, then `edit` applies. */
function posted(edit: Record<string, string> = {}, interims?: [string, string, string][]): FormData {
  const values = measureValues(row, targetOf(row), []);
  const form = new FormData();
  for (const key of ['code', 'name', 'unit', 'direction', 'decimals', 'cadence', 'baselineValue', 'baselineDate', 'baselineLabel', 'targetKind', 'targetAmount', 'targetDate'] as const) {
    form.set(key, edit[key] ?? String(values[key] ?? ''));
  }
  form.set('goalId', 'g1');
  for (const [date, label, value] of interims ?? values.interimTargets.map((t) => [t.date, t.label, String(t.value)] as [string, string, string])) {
    form.append('interimDate', date);
    form.append('interimLabel', label);
    form.append('interimValue', value);
  }
  return form;
}

/** What the server decides: the action's input parsed by the measure schema, against the stored row. */
function serverSays(form: FormData): boolean {
  const input = measureInputSchema.parse({ ...Object.fromEntries(form.entries()), ...targetFormInput(form) });
  return targetChanged(targetOf(row), input);
}

/** What the form decides, against the values it opened with. */
const formSays = (form: FormData) => formTargetChanged(pickTarget(measureValues(row, targetOf(row), [])), form);

describe('has the measure’s target changed?', () => {
  const cases: [string, FormData, boolean][] = [
    ['nothing edited', posted(), false],
    ['only the name edited', posted({ name: 'Partnerships with libraries' }), false],
    ['the amount written another way (20.0)', posted({ targetAmount: '20.0' }), false],
    ['spaces around the baseline period', posted({ baselineLabel: ' 2021-22 ' }), false],
    ['interim targets listed in another order', posted({}, [['2024-06-30', '2023-24', '58'], ['2023-06-30', '2022-23', '48']]), false],
    ['a new amount', posted({ targetAmount: '25' }), true],
    ['a new target date', posted({ targetDate: '2025-12-31' }), true],
    ['a corrected baseline', posted({ baselineValue: '41' }), true],
    ['another kind of target', posted({ targetKind: 'ANNUAL_CHANGE' }), true],
    ['an interim target relabelled', posted({}, [['2023-06-30', '2022-23 (revised)', '48'], ['2024-06-30', '2023-24', '58']]), true],
    ['an interim target removed', posted({}, [['2023-06-30', '2022-23', '48']]), true],
  ];
  it.each(cases)('%s: the server and the form give the same answer', (_, form, changed) => {
    expect(serverSays(form)).toBe(changed);
    expect(formSays(form)).toBe(changed);
  });

  it('counts an incomplete target in the form as changed (the reason fields show)', () => {
    expect(formSays(posted({ targetAmount: '' }))).toBe(true);
  });

  it('maps a target to a version row and back without loss', () => {
    const target = targetOf(row);
    expect(targetOf(versionColumns(target))).toEqual(target);
    expect(targetChanged(target, targetOf(versionColumns(target)))).toBe(false);
  });
});
