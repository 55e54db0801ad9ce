import { SiteHeader } from '@/components/site-header';
import { getCurrentUser } from '@/lib/data/current-user';
import { ROLE_LABELS } from '@/lib/labels';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader
        user={
          user ? { name: user.name, roleLabel: ROLE_LABELS[user.role], organizationName: user.organizationName } : null
        }
      />
      {children}
    </>
  );
}
