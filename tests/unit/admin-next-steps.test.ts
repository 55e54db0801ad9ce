import { describe, expect, it } from 'vitest';
import { adminNextSteps, type AdminCounts } from '@/lib/admin-next-steps';

const settled: AdminCounts = {
  plans: { total: 1, active: 1, draft: 0, archived: 0, published: 1 },
  currentPlan: { slug: '2025-2028', name: 'Strategic Plan 2025–2028', status: 'ACTIVE', published: true, goals: 12, measures: 14, values: 80 },
  people: { active: 9, invited: 0, deactivated: 0 },
  divisions: 4,
  goalsWithoutDivision: 0,
  studentGroups: 12,
  periods: { overdue: 0, nextDue: { label: '2025-26 Q2', dueDate: '2026-01-15T00:00:00.000Z' } },
  waitingForReview: 0,
};

const keys = (c: AdminCounts) => adminNextSteps(c).map((s) => s.key);

describe('what an administrator should do next', () => {
  it('a brand-new organization starts with its plan, divisions and people', () => {
    expect(
      keys({
        ...settled,
        plans: { total: 0, active: 0, draft: 0, archived: 0, published: 0 },
        currentPlan: null,
        people: { active: 1, invited: 0, deactivated: 0 },
        divisions: 0,
        studentGroups: 1,
        periods: { overdue: 0, nextDue: null },
      }),
    ).toEqual(['first-plan', 'divisions', 'people']);
  });

  it('an imported draft without values asks for values, activation and publication, in that order', () => {
    const plan = { ...settled.currentPlan!, status: 'DRAFT' as const, published: false, values: 0 };
    expect(keys({ ...settled, currentPlan: plan, plans: { ...settled.plans, active: 0, draft: 1, published: 0 } })).toEqual([
      'values',
      'activate',
      'publish',
    ]);
  });

  it('goals without an owner are named with their count', () => {
    const steps = adminNextSteps({ ...settled, goalsWithoutDivision: 3 });
    expect(steps.map((s) => s.text)).toEqual(['3 goals have no owning division, so nobody can report on them.']);
    expect(steps[0]!.href).toBe('/admin/plans/2025-2028/structure');
  });

  it('overdue quarters and waiting reviews come last', () => {
    expect(keys({ ...settled, periods: { overdue: 2, nextDue: null }, waitingForReview: 1 })).toEqual(['overdue', 'review']);
    expect(adminNextSteps({ ...settled, waitingForReview: 1 })[0]!.text).toBe('1 update waits for review.');
  });

  it('a plan that is set up, published and on time leaves nothing to do', () => {
    expect(adminNextSteps(settled)).toEqual([]);
  });
});
