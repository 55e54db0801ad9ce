// The SMARTIE checklist of a goal: what a complete goal states, and what this one is missing.
// Advice only — it never blocks saving a draft plan. Pure.
//   an equity goal = a goal that states an equity focus (the E of SMARTIE); it must then name
//   the student groups in focus, or readers cannot tell whose outcomes it is about.

export interface SmartieGoalInput {
  deadline: Date | string | null;
  divisionId: string | null;
  equityFocus: string;
  focusGroupCount: number;
  measures: { code: string; baselineValue: number | null }[];
}

export type SmartieFlagCode = 'NO_MEASURE' | 'NO_BASELINE' | 'NO_DEADLINE' | 'NO_DIVISION' | 'NO_FOCUS_GROUPS';

export interface SmartieFlag {
  code: SmartieFlagCode;
  /** A few words for the outline, e.g. "no deadline". */
  short: string;
  /** What is missing and how to fix it, for the goal form. */
  message: string;
}

export const SMARTIE_CHECKS: { code: SmartieFlagCode; label: string }[] = [
  { code: 'NO_MEASURE', label: 'Measurable: at least one measure' },
  { code: 'NO_BASELINE', label: 'Measurable: every measure has a baseline' },
  { code: 'NO_DEADLINE', label: 'Time-bound: a deadline' },
  { code: 'NO_DIVISION', label: 'Accountable: an owning division' },
  { code: 'NO_FOCUS_GROUPS', label: 'Equitable: an equity focus names its student groups' },
];

export function isEquityGoal(goal: Pick<SmartieGoalInput, 'equityFocus'>): boolean {
  return goal.equityFocus.trim().length > 0;
}

export function smartieFlags(goal: SmartieGoalInput): SmartieFlag[] {
  const flags: SmartieFlag[] = [];
  if (goal.measures.length === 0) {
    flags.push({ code: 'NO_MEASURE', short: 'no measure', message: 'No measure: add one so progress can be charted.' });
  }
  const missing = goal.measures.filter((m) => m.baselineValue === null).map((m) => m.code);
  if (missing.length > 0) {
    flags.push({
      code: 'NO_BASELINE',
      short: 'no baseline',
      message: `No baseline on ${missing.length === 1 ? 'measure' : 'measures'} ${missing.join(', ')}: a target relative to a baseline cannot be computed.`,
    });
  }
  if (!goal.deadline) flags.push({ code: 'NO_DEADLINE', short: 'no deadline', message: 'No deadline: say by when the goal is to be met.' });
  if (!goal.divisionId) {
    flags.push({ code: 'NO_DIVISION', short: 'no owner', message: 'No owning division: choose the division that reports on this goal.' });
  }
  if (isEquityGoal(goal) && goal.focusGroupCount === 0) {
    flags.push({
      code: 'NO_FOCUS_GROUPS',
      short: 'no focus groups',
      message: 'An equity focus is stated but no student groups are in focus: choose them.',
    });
  }
  return flags;
}
