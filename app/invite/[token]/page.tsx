import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountShell, LinkProblem } from '@/components/account-shell';
import { AcceptInvitationForm } from '@/components/account-forms';
import { INVITATION_LINK_INVALID, invitationForPage } from '@/lib/data/organization/invitations';

// The token is in the address: never send it on to another site.
export const metadata: Metadata = { title: 'Accept your invitation', referrer: 'no-referrer', robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationForPage(token);
  if (!invitation) {
    return (
      <AccountShell title="Accept your invitation">
        <LinkProblem>{INVITATION_LINK_INVALID}</LinkProblem>
        <p className="mt-4 text-sm">
          Already set your password? <Link href="/login">Sign in</Link>.
        </p>
      </AccountShell>
    );
  }
  return (
    <AccountShell
      title={`Join ${invitation.organizationName}`}
      intro={
        <p>
          Welcome, <strong>{invitation.personName}</strong>. You have been invited to {invitation.organizationName}&apos;s
          strategic plan on Northstar. Confirm your email and choose a password; this link then stops working.
        </p>
      }
    >
      <AcceptInvitationForm token={token} />
    </AccountShell>
  );
}
