import type { NavItem } from '@/components/main-nav';
import { SiteHeader } from '@/components/site-header';
import { getCurrentUser, type CurrentUser } from '@/lib/data/current-user';
import { getWaitingCounts } from '@/lib/data/inbox';
import { ROLE_LABELS } from '@/lib/labels';
import { can } from '@/lib/permissions';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  if (can(user, 'period:manage', org)) items.push({ href: '/admin/periods', label: 'Periods', match: ['/admin/periods'] });
  if (can(user, 'plan:manage', org)) {
    items.push({ href: '/admin/plans', label: 'Plans', match: ['/admin/plans'] });
    items.push({ href: '/admin/users', label: 'People', match: ['/admin/users'] });
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
            ? { name: user.name, roleLabel: ROLE_LABELS[user.role], organizationName: user.organizationName, nav: await navFor(user) }
            : null
        }
      />
      {children}
    </>
  );
}
