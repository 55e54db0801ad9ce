import { FocusHeadingOnNavigate } from '@/components/layout/focus';
import type { NavItem } from '@/components/main-nav';
import { SiteHeader } from '@/components/site-header';
import { getCurrentUser, type CurrentUser } from '@/lib/data/current-user';
import { getWaitingCounts } from '@/lib/data/progress/inbox';
import { ROLE_LABELS } from '@/lib/labels';
import { can } from '@/lib/permissions';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The administration pages, for administrators only: folded under one "Admin" button in the header. */
function adminNavFor(user: CurrentUser): NavItem[] {
  const org = { organizationId: user.organizationId };
  const items: NavItem[] = [];
  if (can(user, 'plan:manage', org)) {
    items.push({ href: '/admin', label: 'Overview', match: [] });
    items.push({ href: '/admin/plans', label: 'Plans', match: ['/admin/plans'] });
    items.push({ href: '/admin/users', label: 'People', match: ['/admin/users'] });
    items.push({ href: '/admin/divisions', label: 'Divisions', match: ['/admin/divisions'] });
    items.push({ href: '/admin/student-groups', label: 'Student groups', match: ['/admin/student-groups'] });
  }
  if (can(user, 'period:manage', org)) items.push({ href: '/admin/periods', label: 'Periods', match: ['/admin/periods'] });
  return items;
}

async function navFor(user: CurrentUser): Promise<NavItem[]> {
  const counts = await getWaitingCounts(user);
  const org = { organizationId: user.organizationId };
  const items: NavItem[] = [{ href: '/dashboard', label: 'Dashboard', match: ['/dashboard', '/goals'] }];
  if (user.role === 'LEAD' || user.role === 'STAFF') {
    const waiting = counts.due + counts.returned;
    const parts = [counts.due ? plural(counts.due, 'update due', 'updates due') : '', counts.returned ? `${counts.returned} returned` : ''];
    items.push({ href: '/updates', label: 'My updates', match: ['/updates'], count: waiting, countLabel: parts.filter(Boolean).join(', ') });
  }
  if (can(user, 'progress:review', org)) {
    items.push({
      href: '/review',
      label: 'Review',
      match: ['/review'],
      count: counts.review,
      countLabel: plural(counts.review, 'update waiting for review', 'updates waiting for review'),
    });
  }
  return items;
}

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader
        user={
          user
            ? { name: user.name, roleLabel: ROLE_LABELS[user.role], organizationName: user.organizationName, nav: await navFor(user), adminNav: adminNavFor(user) }
            : null
        }
      />
      <FocusHeadingOnNavigate />
      {children}
    </>
  );
}
