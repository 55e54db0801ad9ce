// The SMARTIE checklist of a goal: what is missing, never a refusal.
import { describe, expect, it } from 'vitest';
import { isEquityGoal, smartieFlags, type SmartieGoalInput } from '@/lib/smartie';

const complete: SmartieGoalInput = {
  deadline: new Date('2025-06-30T00:00:00Z'),
  divisionId: 'cis',
  equityFocus: 'Black and Latino students',
  focusGroupCount: 2,
  measures: [{ code: 'M1', baselineValue: 31.2 }],
};
const codes = (goal: SmartieGoalInput) => smartieFlags(goal).map((f) => f.code);

describe('smartieFlags', () => {
  it('flags nothing on a complete goal', () => {
    expect(codes(complete)).toEqual([]);
  });

  it.each<[string, Partial<SmartieGoalInput>, string[]]>([
    ['no measure', { measures: [] }, ['NO_MEASURE']],
    ['a measure without a baseline', { measures: [{ code: 'M1', baselineValue: 31.2 }, { code: 'M2', baselineValue: null }] }, ['NO_BASELINE']],
    ['no deadline', { deadline: null }, ['NO_DEADLINE']],
    ['no owning division', { divisionId: null }, ['NO_DIVISION']],
    ['an equity focus without focus groups', { focusGroupCount: 0 }, ['NO_FOCUS_GROUPS']],
    ['no equity focus and no focus groups: not an equity goal', { equityFocus: '  ', focusGroupCount: 0 }, []],
    ['everything missing', { measures: [], deadline: null, divisionId: null, focusGroupCount: 0 }, ['NO_MEASURE', 'NO_DEADLINE', 'NO_DIVISION', 'NO_FOCUS_GROUPS']],
  ])('%s', (_name, change, expected) => {
    expect(codes({ ...complete, ...change })).toEqual(expected);
  });

  it('names the measures that lack a baseline', () => {
    const [flag] = smartieFlags({ ...complete, measures: [{ code: 'M2', baselineValue: null }, { code: 'M3', baselineValue: null }] });
    expect(flag?.message).toContain('M2, M3');
  });

  it('an equity goal is one that states an equity focus', () => {
    expect(isEquityGoal({ equityFocus: 'English learners' })).toBe(true);
    expect(isEquityGoal({ equityFocus: '' })).toBe(false);
  });
});
