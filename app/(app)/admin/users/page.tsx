import type { Metadata } from 'next';
import { EditUserForm, InviteUserForm, NewLinkForm, UnlockForm } from '@/components/user-forms';
import { requireAdmin } from '@/lib/data/current-user';
import { listUsers } from '@/lib/data/organization/users';
import { ROLE_LABELS } from '@/lib/labels';
import { AdminPage, DoneNotice, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'People' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ unlocked?: string }> }) {
  const { unlocked } = await searchParams;
  const user = await requireAdmin('/admin/users');
  const { users, divisions, timeZone } = await listUsers(user);
  const when = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone });
  return (
    <AdminPage
      width="wide"
      title="People"
      intro={
        <>
          Accounts of {user.organizationName}. Leads and staff write updates for their division&apos;s goals; cabinet
          members review them. A deactivated account loses access at its next request.
        </>
      }
    >
      {typeof unlocked === 'string' && unlocked && <DoneNotice>{unlocked} can sign in again.</DoneNotice>}
      <Section headingId="people-heading" title="Accounts" hideTitle className="card">
        <ul className="divide-y divide-slate-200">
          {users.map((u) => (
            <li key={u.id} className="space-y-3 p-4">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 className="font-semibold">{u.name}</h3>
                <span className="break-all text-sm text-slate-600">{u.email}</span>
                <span className="text-sm text-slate-700">
                  {ROLE_LABELS[u.role]}
                  {u.divisionName ? ` · ${u.divisionName}` : ''}
                </span>
                {!u.active && <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">Deactivated</span>}
              </div>
              {!u.invited && (
                <p className="text-sm text-slate-600">
                  {u.lastSignInAt ? `Last signed in ${when.format(u.lastSignInAt)}` : 'Has not signed in yet'}
                  {u.failedSignIns > 0 && !u.lockedUntil && ` · ${u.failedSignIns} wrong ${u.failedSignIns === 1 ? 'password' : 'passwords'} since`}
                </p>
              )}
              {u.lockedUntil && (
                <UnlockForm
                  userId={u.id}
                  name={u.name}
                  status={`Sign-in locked after ${u.failedSignIns} wrong passwords, until ${when.format(u.lockedUntil)}`}
                />
              )}
              {u.invited && u.active && (
                <NewLinkForm
                  userId={u.id}
                  name={u.name}
                  status={
                    u.invitationExpiresAt
                      ? `Invited — link not used yet (expires ${when.format(u.invitationExpiresAt)})`
                      : 'Invited — the link has expired without being used'
                  }
                />
              )}
              <EditUserForm user={u} divisions={divisions} isSelf={u.id === user.id} />
            </li>
          ))}
        </ul>
      </Section>
      <Section headingId="new-heading" title="Invite a person">
        <InviteUserForm divisions={divisions} />
      </Section>
    </AdminPage>
  );
}
