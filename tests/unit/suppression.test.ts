import { describe, expect, it } from 'vitest';
import { bucketLabel, groupGap, nBucket, suppressSmallGroups, type GroupValue } from '@/lib/suppression';

const RACE = 'RACE_ETHNICITY';
const all = (n: number | null, value = 2450): GroupValue => ({ groupCode: 'ALL', isAll: true, category: null, value, n });
const race = (groupCode: string, n: number | null, value = 2400): GroupValue => ({ groupCode, isAll: false, category: RACE, value, n });
const program = (groupCode: string, n: number | null, value = 2380): GroupValue => ({ groupCode, isAll: false, category: null, value, n });

/** "code:reason" for every suppressed row, in order. */
const hidden = (rows: GroupValue[]) =>
  suppressSmallGroups(rows)
    .filter((r) => r.suppressed)
    .map((r) => `${r.groupCode}:${r.suppressed}`);

describe('n buckets', () => {
  it.each([
    [null, null],
    [0, '<11'],
    [10, '<11'],
    [11, '11-29'],
    [29, '11-29'],
    [30, '30-99'],
    [99, '30-99'],
    [100, '100-999'],
    [999, '100-999'],
    [1000, '1000-9999'],
    [9999, '1000-9999'],
    [10_000, '10000+'],
    [98_000, '10000+'],
    [-1, null],
    [Number.NaN, null],
  ])('n = %s falls in %s', (n, bucket) => {
    expect(nBucket(n)).toBe(bucket);
  });
});

describe('suppression of small student groups', () => {
  it.each<[string, GroupValue[], string[]]>([
    ['nothing is hidden when every group has 11 students or more', [all(5000), race('AA', 11), race('HI', 4989)], []],
    ['a group of 10 is hidden', [all(5000), program('JIY', 10)], ['JIY:SMALL_GROUP']],
    ['a group of 0 is hidden', [all(5000), program('FOS', 0)], ['FOS:SMALL_GROUP']],
    ['a value without a count is shown', [all(null), program('EL', null)], []],
    ['All students itself is hidden when it is small', [all(7)], ['ALL:SMALL_GROUP']],
    [
      'a lone hidden group of a category takes the smallest other group with it',
      [all(5000), race('AA', 300), race('AI', 40), race('PI', 8), race('HI', 4652)],
      ['AI:COMPLEMENTARY', 'PI:SMALL_GROUP'],
    ],
    [
      'two hidden groups of a category protect each other, so nothing more is hidden',
      [all(5000), race('AA', 300), race('AI', 9), race('PI', 8), race('HI', 4683)],
      ['AI:SMALL_GROUP', 'PI:SMALL_GROUP'],
    ],
    [
      'groups outside any category never cause complementary suppression',
      [all(5000), program('EL', 800), program('JIY', 9), program('FOS', 40)],
      ['JIY:SMALL_GROUP'],
    ],
    [
      'a hidden program group does not hide a race group',
      [all(5000), race('AA', 300), race('HI', 4700), program('JIY', 9)],
      ['JIY:SMALL_GROUP'],
    ],
    [
      'when All students is hidden, the total cannot be used to recompute a group',
      [all(10), race('AA', 5), race('HI', 12)],
      ['ALL:SMALL_GROUP', 'AA:SMALL_GROUP'],
    ],
    [
      'ties on size are broken by group code, so the result is stable',
      [all(5000), race('WH', 50), race('AS', 50), race('PI', 3)],
      ['AS:COMPLEMENTARY', 'PI:SMALL_GROUP'],
    ],
    ['a category whose only member is hidden has nothing left to hide', [all(5000), race('PI', 4)], ['PI:SMALL_GROUP']],
  ])('%s', (_name, rows, expected) => {
    expect(hidden(rows)).toEqual(expected);
  });

  it('replaces a hidden value with null and keeps the size bucket', () => {
    const [, small, complement] = suppressSmallGroups([all(5000), race('PI', 8, 2301), race('AI', 40, 2333), race('HI', 4952)]);
    expect(small).toMatchObject({ groupCode: 'PI', value: null, suppressed: 'SMALL_GROUP', nBucket: '<11' });
    expect(complement).toMatchObject({ groupCode: 'AI', value: null, suppressed: 'COMPLEMENTARY', nBucket: '30-99' });
  });

  it('would otherwise let a reader recompute the hidden value from the total', () => {
    // The arithmetic complementary suppression prevents: total·N − Σ shown = hidden·n.
    const rows = [all(100, 50), race('AA', 92, 50), race('PI', 8, 50)];
    const shown = suppressSmallGroups(rows).filter((r) => r.value !== null && !r.isAll);
    expect(shown).toEqual([]);
  });
});

describe('gaps between groups', () => {
  it.each<[string, number | null, number | null, 'INCREASE' | 'DECREASE', number | null]>([
    ['a focus group behind on a measure that should rise', 2350, 2450, 'INCREASE', 100],
    ['a focus group ahead on a measure that should rise', 2460, 2450, 'INCREASE', -10],
    ['a focus group behind on a measure that should fall', 35.5, 31.5, 'DECREASE', 4],
    ['a hidden focus value hides the gap', null, 2450, 'INCREASE', null],
    ['a hidden reference value hides the gap', 2350, null, 'INCREASE', null],
  ])('%s', (_name, focus, reference, direction, gap) => {
    expect(groupGap({ value: focus }, { value: reference }, direction)).toBe(gap);
  });

  it('is unknown when a group has no value', () => {
    expect(groupGap(undefined, { value: 1 }, 'INCREASE')).toBeNull();
  });
});

describe('a size class as readers see it', () => {
  it.each([
    ['<11', 'en-US', '<11'],
    ['11-29', 'en-US', '11–29'],
    ['1000-9999', 'en-US', '1,000–9,999'],
    ['10000+', 'en-US', '10,000+'],
    ['10000+', 'es-US', new Intl.NumberFormat('es-US').format(10000) + '+'],
  ] as const)('%s in %s reads %s', (bucket, locale, words) => {
    expect(bucketLabel(bucket, locale)).toBe(words);
  });
});
