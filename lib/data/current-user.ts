// Who is asking: the signed-in user as the data layer sees them, loaded fresh from the
// database on each request so a deactivated account or a changed role takes effect at once.
import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { getDb } from '@/lib/db';
import { demoMode } from '@/lib/env';
import { can, type Actor } from '@/lib/permissions';

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  divisionName: string | null;
  organizationName: string;
  organizationSlug: string;
}

export async function loadActor(userId: string): Promise<CurrentUser | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    include: { division: true, organization: true },
  });
  if (!user || !user.active || (user.isDemo && !demoMode())) return null;
  return {
    id: user.id,
    organizationId: user.organizationId,
    role: user.role,
    divisionId: user.divisionId,
    email: user.email,
    name: user.name,
    divisionName: user.division?.name ?? null,
    organizationName: user.organization.name,
    organizationSlug: user.organization.slug,
  };
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? loadActor(id) : null;
});

/** For administration pages: an administrator of their organization; anyone else goes to the dashboard. */
export async function requireAdmin(returnTo: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!can(user, 'plan:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  return user;
}

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
