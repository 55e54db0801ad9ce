// What an administrator should do next, from the organization's counts: the /admin overview
// lists these first, most blocking first. Pure.

export interface AdminCounts {
  plans: { total: number; active: number; draft: number; archived: number; published: number };
  /** The plan the dashboard opens (the active plan whose cycle starts last), if any. */
  currentPlan: { slug: string; name: string; status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED'; published: boolean; goals: number; measures: number; values: number } | null;
  people: { active: number; invited: number; deactivated: number };
  divisions: number;
  goalsWithoutDivision: number;
  studentGroups: number;
  periods: { overdue: number; nextDue: { label: string; dueDate: string } | null };
  waitingForReview: number;
}

export interface NextStep {
  key: string;
  text: string;
  href: string;
  action: string;
}

export function adminNextSteps(c: AdminCounts): NextStep[] {
  const steps: NextStep[] = [];
  const plan = c.currentPlan;
  if (c.plans.total === 0) {
    steps.push({ key: 'first-plan', text: 'Your organization has no plan yet.', href: '/admin/plans', action: 'Import a plan file or create a plan' });
  }
  if (c.divisions === 0) {
    steps.push({ key: 'divisions', text: 'No divisions yet: goals need an owning division before anyone can report on them.', href: '/admin/divisions', action: 'Add divisions' });
  }
  if (c.people.active + c.people.invited <= 1) {
    steps.push({ key: 'people', text: 'You are the only person here.', href: '/admin/users', action: 'Invite cabinet members, leads and staff' });
  }
  if (plan && plan.goals === 0) {
    steps.push({ key: 'structure', text: `${plan.name} has no goals yet.`, href: `/admin/plans/${plan.slug}/structure`, action: 'Build the plan’s structure' });
  }
  if (c.goalsWithoutDivision > 0) {
    steps.push({
      key: 'owners',
      text: `${c.goalsWithoutDivision} ${c.goalsWithoutDivision === 1 ? 'goal has' : 'goals have'} no owning division, so nobody can report on ${c.goalsWithoutDivision === 1 ? 'it' : 'them'}.`,
      href: plan ? `/admin/plans/${plan.slug}/structure` : '/admin/plans',
      action: 'Assign divisions',
    });
  }
  if (plan && plan.measures > 0 && plan.values === 0) {
    steps.push({ key: 'values', text: `${plan.name} has no values yet.`, href: `/admin/plans/${plan.slug}/observations`, action: 'Import values from CSV' });
  }
  if (plan && plan.status === 'DRAFT' && plan.goals > 0) {
    steps.push({ key: 'activate', text: `${plan.name} is a draft: divisions can report only once it is active.`, href: `/admin/plans/${plan.slug}`, action: 'Make it active' });
  }
  if (plan && !plan.published && plan.goals > 0) {
    steps.push({ key: 'publish', text: `${plan.name} is not on the public scorecard.`, href: `/admin/plans/${plan.slug}`, action: 'Publish it' });
  }
  if (c.periods.overdue > 0) {
    steps.push({
      key: 'overdue',
      text: `${c.periods.overdue} reporting ${c.periods.overdue === 1 ? 'quarter is' : 'quarters are'} past due and still open.`,
      href: '/admin/periods',
      action: 'Review the periods',
    });
  }
  if (c.waitingForReview > 0) {
    steps.push({
      key: 'review',
      text: `${c.waitingForReview} ${c.waitingForReview === 1 ? 'update waits' : 'updates wait'} for review.`,
      href: '/review',
      action: 'Review updates',
    });
  }
  return steps;
}
