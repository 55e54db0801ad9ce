// Invitation links: an administrator invites a person (or issues a fresh link to someone who
// has not used theirs), and the invited person, holding the link, sets their password once.
// Tenant-scoped, one transaction per change, audited; a refused call writes nothing.
import 'server-only';
import { hashPassword } from '@/lib/auth/passwords';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { parseOrThrow } from '@/lib/data/core/validation';
import { inviteInTx, issueInvitation, invitationLink, type IssuedInvitation } from '@/lib/data/organization/internal/invitation-records';
import { hashToken } from '@/lib/tokens';

export type { IssuedInvitation };
import { acceptInvitationSchema, inviteSchema, refreshInvitationSchema } from '@/lib/data/organization/fields';

export const INVITATION_LINK_INVALID =
  'This invitation link has expired, was already used or was replaced by a newer one. Ask your administrator for a new link.';

export async function inviteUser(actor: Actor | null, raw: unknown): Promise<IssuedInvitation> {
  assertAdmin(actor);
  const input = parseOrThrow(inviteSchema, raw);
  return getDb().$transaction((tx) => inviteInTx(tx, { organizationId: actor.organizationId, actorId: actor.id, input }));
}

/** A fresh link for a person of the actor's organization who has not set a password yet; the old link stops working. */
export async function refreshInvitation(actor: Actor | null, raw: unknown): Promise<IssuedInvitation> {
  assertAdmin(actor);
  const { userId } = parseOrThrow(refreshInvitationSchema, raw);
  return getDb().$transaction(async (tx) => {
    // Scoped to the organization: another tenant's account is simply not found.
    const user = await tx.user.findFirst({ where: { id: userId, organizationId: actor.organizationId }, omit: { passwordHash: false } });
    if (!user) throw new AppError('NOT_FOUND');
    if (user.passwordHash !== null) throw new AppError('INVALID_STATE', `${user.name} has already set a password and signs in with it.`);
    if (!user.active) throw new AppError('INVALID_STATE', `${user.name}'s account is deactivated: reactivate it first.`);
    const { token, expiresAt } = await issueInvitation(tx, { organizationId: actor.organizationId, userId: user.id, createdById: actor.id });
    await tx.auditEvent.create({
      data: {
        organizationId: actor.organizationId,
        actorId: actor.id,
        action: 'user.invite',
        entityType: 'User',
        entityId: user.id,
        after: { email: user.email, invitationExpiresAt: expiresAt.toISOString(), replacedEarlierLink: true },
      },
    });
    return { userId: user.id, name: user.name, email: user.email, link: invitationLink(token), expiresAt };
  });
}

const openInvitation = (tokenHash: string, now: Date) => ({
  tokenHash,
  usedAt: null,
  revokedAt: null,
  expiresAt: { gt: now },
  user: { active: true, passwordHash: null },
});

/** What the invitation page shows: whose link it is and for which organization, or null when it does not work. */
export async function invitationForPage(token: string): Promise<{ personName: string; organizationName: string } | null> {
  if (!token) return null;
  const invitation = await getDb().invitation.findFirst({
    where: openInvitation(hashToken(token), new Date()),
    include: { user: { select: { name: true } }, organization: { select: { name: true } } },
  });
  return invitation ? { personName: invitation.user.name, organizationName: invitation.organization.name } : null;
}

/**
 * The invited person sets their password. The link works once, within 72 hours, for the email
 * it was sent to, while it is the person's newest link and their account is active.
 */
export async function acceptInvitation(raw: unknown): Promise<{ userId: string; email: string }> {
  const input = parseOrThrow(acceptInvitationSchema, raw);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const tokenHash = hashToken(input.token);
    // Lock the link's row first: of two submissions at once, the second waits and then finds it used.
    await tx.$queryRaw`SELECT id FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    const invitation = await tx.invitation.findUnique({ where: { tokenHash }, include: { user: { omit: { passwordHash: false } } } });
    if (
      !invitation ||
      invitation.usedAt ||
      invitation.revokedAt ||
      invitation.expiresAt <= now ||
      !invitation.user.active ||
      invitation.user.passwordHash !== null
    ) {
      throw new AppError('LINK_INVALID', INVITATION_LINK_INVALID);
    }
    if (invitation.user.email !== input.email) {
      throw new AppError('VALIDATION', undefined, { email: ['This is not the email address the invitation was sent to.'] });
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: now } });
    await tx.user.update({ where: { id: invitation.userId }, data: { passwordHash } });
    await tx.invitation.updateMany({ where: { userId: invitation.userId, id: { not: invitation.id }, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.auditEvent.create({
      data: {
        organizationId: invitation.organizationId,
        actorId: invitation.userId,
        action: 'user.activate',
        entityType: 'User',
        entityId: invitation.userId,
        after: { email: invitation.user.email, invitationId: invitation.id },
      },
    });
    return { userId: invitation.userId, email: invitation.user.email };
  });
}
