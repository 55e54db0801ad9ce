// The writes behind an invitation, in the caller's transaction and without a permission
// check of their own: the guarded functions in lib/data/invitations.ts (administrators) and
// the operator's command-line tools (lib/data/operator.ts) call them after their own checks.
// App code must not import this module (eslint: no-restricted-imports).
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import type { Tx } from '@/lib/db/client';
import { publicBaseUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { uniqueClash } from '@/lib/data/core/unique';
import { hashToken, newToken } from '@/lib/tokens';
import type { InviteInput } from '@/lib/data/organization/fields';

export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

export interface IssuedInvitation {
  userId: string;
  name: string;
  email: string;
  link: string;
  expiresAt: Date;
}

export function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, publicBaseUrl()).toString();
}

const userSnapshot = (u: { email: string; name: string; role: string; divisionId: string | null; active: boolean }) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  divisionId: u.divisionId,
  active: u.active,
});

/** Revokes the person's open links and issues a new one, valid 72 hours. */
export async function issueInvitation(
  tx: Tx,
  { organizationId, userId, createdById, now = new Date() }: { organizationId: string; userId: string; createdById: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  await tx.invitation.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  await tx.invitation.create({ data: { organizationId, userId, tokenHash: hashToken(token), createdById, expiresAt } });
  return { token, expiresAt };
}

/**
 * Invites a person into an organization: a new account without a password, or — for someone
 * invited before who never set one — the same account with a fresh link (the old one stops
 * working). Someone who already has a password is refused. Audited as `user.invite`.
 */
export async function inviteInTx(
  tx: Tx,
  { organizationId, actorId, input, now = new Date() }: { organizationId: string; actorId: string | null; input: InviteInput; now?: Date },
): Promise<IssuedInvitation> {
  if (input.divisionId) {
    const division = await tx.division.findFirst({ where: { id: input.divisionId, organizationId } });
    if (!division) throw new AppError('VALIDATION', undefined, { divisionId: ['Choose a division of your organization.'] });
  }
  const divisionId = input.role === 'LEAD' || input.role === 'STAFF' ? input.divisionId : null;
  const existing = await tx.user.findUnique({ where: { email: input.email }, omit: { passwordHash: false } });
  if (existing && (existing.organizationId !== organizationId || existing.passwordHash !== null)) {
    throw new AppError('VALIDATION', undefined, { email: [`${input.email} already has an account.`] });
  }
  let user;
  try {
    user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { name: input.name, role: input.role, divisionId, active: true },
        })
      : await tx.user.create({
          data: { organizationId, email: input.email, name: input.name, role: input.role, divisionId, passwordHash: null },
        });
  } catch (error) {
    uniqueClash(error, 'email', `${input.email} already has an account.`);
  }
  const { token, expiresAt } = await issueInvitation(tx, { organizationId, userId: user.id, createdById: actorId, now });
  await recordAudit(tx, { organizationId, id: actorId }, {
    action: 'user.invite',
    entityType: 'User',
    entityId: user.id,
    before: existing ? userSnapshot(existing) : null,
    after: { ...userSnapshot(user), invitationExpiresAt: expiresAt.toISOString() },
  });
  return { userId: user.id, name: user.name, email: user.email, link: invitationLink(token), expiresAt };
}
