import { describe, expect, it } from 'vitest';
import {
  belongsOnTodoList,
  daysBetween,
  inboxStatus,
  isImplausibleJump,
  isWebLink,
  jumpThreshold,
  nextState,
  transitionRefusal,
  type ReviewState,
  type Transition,
} from '@/lib/data/progress/rules';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('the review state machine', () => {
  const cases: [ReviewState | null, Transition, ReviewState | null][] = [
    [null, 'save', 'DRAFT'],
    ['DRAFT', 'save', 'DRAFT'],
    ['RETURNED', 'save', 'DRAFT'],
    ['SUBMITTED', 'save', 'SUBMITTED'],
    ['APPROVED', 'save', null],
    [null, 'submit', 'SUBMITTED'],
    ['DRAFT', 'submit', 'SUBMITTED'],
    ['RETURNED', 'submit', 'SUBMITTED'],
    ['SUBMITTED', 'submit', 'SUBMITTED'],
    ['APPROVED', 'submit', null],
    ['SUBMITTED', 'approve', 'APPROVED'],
    ['DRAFT', 'approve', null],
    ['RETURNED', 'approve', null],
    ['APPROVED', 'approve', null],
    [null, 'approve', null],
    ['SUBMITTED', 'return', 'RETURNED'],
    ['DRAFT', 'return', null],
    ['APPROVED', 'return', null],
    ['APPROVED', 'reopen', 'RETURNED'],
    ['SUBMITTED', 'reopen', null],
    ['DRAFT', 'reopen', null],
  ];
  it.each(cases)('from %s, %s leads to %s', (from, step, to) => {
    expect(nextState(from, step)).toBe(to);
  });

  it('says in words why a step is refused', () => {
    expect(transitionRefusal('DRAFT', 'approve')).toBe('This update is a draft, so it cannot be approved.');
    expect(transitionRefusal('APPROVED', 'submit')).toBe('This update is approved and locked, so it cannot be submitted.');
    expect(transitionRefusal(null, 'return')).toBe('This update has not been started, so it cannot be returned.');
  });
});

describe('the to-do list', () => {
  const q = { startDate: d('2025-01-01'), dueDate: d('2025-04-15'), closed: false };

  it.each([
    ['RETURNED', '2025-04-01', 'RETURNED'],
    ['RETURNED', '2025-06-01', 'RETURNED'],
    ['SUBMITTED', '2025-06-01', 'SUBMITTED'],
    ['APPROVED', '2025-06-01', 'APPROVED'],
    [null, '2025-04-15', 'NOT_STARTED'],
    [null, '2025-04-16', 'OVERDUE'],
    ['DRAFT', '2025-04-01', 'DRAFT'],
    ['DRAFT', '2025-05-01', 'OVERDUE'],
  ] as const)('an update in state %s on %s is %s', (state, today, status) => {
    expect(inboxStatus(state, q.dueDate, d(today))).toBe(status);
  });

  it('lists a quarter from its start while its window is open, then only while unfinished', () => {
    expect(belongsOnTodoList(q, null, d('2024-12-31'))).toBe(false);
    expect(belongsOnTodoList(q, null, d('2025-02-01'))).toBe(true);
    expect(belongsOnTodoList(q, 'APPROVED', d('2025-04-10'))).toBe(true);
    expect(belongsOnTodoList(q, 'APPROVED', d('2025-05-10'))).toBe(false);
    expect(belongsOnTodoList(q, 'SUBMITTED', d('2025-05-10'))).toBe(false);
    expect(belongsOnTodoList(q, null, d('2026-11-22'))).toBe(true);
    expect(belongsOnTodoList(q, 'DRAFT', d('2026-11-22'))).toBe(true);
  });

  it('drops closed quarters, except an update returned to the division', () => {
    const closed = { ...q, closed: true };
    expect(belongsOnTodoList(closed, null, d('2025-02-01'))).toBe(false);
    expect(belongsOnTodoList(closed, 'RETURNED', d('2025-02-01'))).toBe(true);
  });

  it('counts days to the due date, negative when overdue', () => {
    expect(daysBetween(d('2025-04-10'), d('2025-04-15'))).toBe(5);
    expect(daysBetween(new Date('2025-04-17T23:59:00Z'), d('2025-04-15'))).toBe(-2);
  });
});

describe('implausible jumps', () => {
  // Chronic absenteeism: 31.2% baseline, 28.08% target. A move of 5 points is the floor for percents.
  const absenteeism = { unit: 'PERCENT' as const, baseline: 31.2, finalTarget: 28.08 };

  it.each([
    [30.1, 29.0, false],
    [30.1, 25.2, false],
    [30.1, 3.01, true],
    [30.1, 36.0, true],
  ])('absenteeism from %s%% to %s%%: confirm = %s', (previous, next, flagged) => {
    expect(isImplausibleJump({ ...absenteeism, previous, next })).toBe(flagged);
  });

  it('scales with the target span and the previous value', () => {
    // Scale score 2396 → +15 target: 10% of 2,400 is the larger allowance.
    const score = { unit: 'SCALE_SCORE' as const, baseline: 2396, finalTarget: 2411, previous: 2405 };
    expect(jumpThreshold(score)).toBeCloseTo(240.5);
    expect(isImplausibleJump({ ...score, next: 2418 })).toBe(false);
    expect(isImplausibleJump({ ...score, next: 2041 })).toBe(true);
    // "An additional 105 community schools": from 45, half the span (52.5) is the allowance.
    const schools = { unit: 'COUNT' as const, baseline: 45, finalTarget: 150, previous: 60 };
    expect(isImplausibleJump({ ...schools, next: 110 })).toBe(false);
    expect(isImplausibleJump({ ...schools, next: 600 })).toBe(true);
  });
});

describe('evidence links', () => {
  it.each([
    ['https://lacoe.edu/report.pdf', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['ftp://example.org/file', false],
    ['file:///etc/passwd', false],
    ['www.example.org', false],
    ['', false],
  ])('%s is a web link: %s', (link, ok) => {
    expect(isWebLink(link)).toBe(ok);
  });
});
