// Accounts of an organization, as its administrators manage them: list (with who has not used
// their invitation yet), change role and division, deactivate (a deactivated person loses access at their next request, since every
// request loads the account afresh). Tenant-scoped and audited.
import 'server-only';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { parseOrThrow } from '@/lib/data/core/validation';
import { recordAudit } from '@/lib/data/audit';
import { updateUserSchema, userIdSchema } from '@/lib/data/organization/fields';
import { throttleKey } from '@/lib/auth/throttle';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: 'ADMIN' | 'CABINET' | 'LEAD' | 'STAFF';
  divisionId: string | null;
  divisionName: string | null;
  active: boolean;
  /** Invited, and no password set yet: they cannot sign in until they use their link. */
  invited: boolean;
  /** When the person's newest unused link stops working (null: no usable link). */
  invitationExpiresAt: Date | null;
  /** Sign-in refused until then after repeated wrong passwords (null: not locked). */
  lockedUntil: Date | null;
  /** Wrong passwords in a row since the last success. */
  failedSignIns: number;
  lastSignInAt: Date | null;
}

export async function listUsers(actor: Actor | null) {
  assertAdmin(actor);
  const db = getDb();
  const now = new Date();
  const [users, divisions, organization] = await Promise.all([
    db.user.findMany({
      where: { organizationId: actor.organizationId },
      orderBy: [{ active: 'desc' }, { name: 'asc' }],
      omit: { passwordHash: false },
      include: {
        division: { select: { name: true } },
        invitations: { where: { usedAt: null, revokedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' }, take: 1 },
      },
    }),
    db.division.findMany({ where: { organizationId: actor.organizationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { timeZone: true } }),
  ]);
  const [throttles, signIns] = await Promise.all([
    db.signInThrottle.findMany({ where: { key: { in: users.map((u) => throttleKey.account(u.email)) } } }),
    db.auditEvent.groupBy({
      by: ['entityId'],
      where: { organizationId: actor.organizationId, entityType: 'User', action: 'auth.signin.success' },
      _max: { createdAt: true },
    }),
  ]);
  const throttleOf = new Map(throttles.map((t) => [t.key, t]));
  const lastSignIn = new Map(signIns.map((s) => [s.entityId, s._max.createdAt]));
  return {
    users: users.map(
      (u): UserRow => ({
        id: u.id,
        email: u.email,
        name: u.name,
        role: u.role,
        divisionId: u.divisionId,
        divisionName: u.division?.name ?? null,
        active: u.active,
        // Only whether a password exists leaves this function, never the hash.
        invited: u.passwordHash === null,
        invitationExpiresAt: u.invitations[0]?.expiresAt ?? null,
        ...signInState(throttleOf.get(throttleKey.account(u.email)), now),
        lastSignInAt: lastSignIn.get(u.id) ?? null,
      }),
    ),
    divisions,
    timeZone: organization.timeZone,
  };
}

function signInState(throttle: { failures: number; lockedUntil: Date | null } | undefined, now: Date) {
  const lockedUntil = throttle?.lockedUntil && throttle.lockedUntil > now ? throttle.lockedUntil : null;
  return { lockedUntil, failedSignIns: throttle?.failures ?? 0 };
}

const snapshot = (u: { email: string; name: string; role: string; divisionId: string | null; active: boolean }) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  divisionId: u.divisionId,
  active: u.active,
});

async function assertDivision(tx: Tx, organizationId: string, divisionId: string | null) {
  if (!divisionId) return;
  const division = await tx.division.findFirst({ where: { id: divisionId, organizationId } });
  if (!division) throw new AppError('VALIDATION', undefined, { divisionId: ['Choose a division of your organization.'] });
}

export async function updateUser(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(updateUserSchema, raw);
  await getDb().$transaction(async (tx) => {
    // Scoped to the organization: another tenant's account is simply not found.
    const user = await tx.user.findFirst({ where: { id: input.userId, organizationId: actor.organizationId } });
    if (!user) throw new AppError('NOT_FOUND');
    if (user.id === actor.id && (!input.active || input.role !== 'ADMIN')) {
      throw new AppError('VALIDATION', 'You cannot deactivate your own account or remove your own administrator role.', {
        role: ['Ask another administrator to change your own account.'],
      });
    }
    await assertDivision(tx, actor.organizationId, input.divisionId);
    const divisionId = input.role === 'LEAD' || input.role === 'STAFF' ? input.divisionId : null;
    // A new role, division or a deactivation ends the person's sessions: they sign in again as who they now are.
    const accessChanged = user.role !== input.role || user.divisionId !== divisionId || user.active !== input.active;
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, divisionId, active: input.active, ...(accessChanged && { sessionVersion: { increment: 1 } }) },
    });
    await recordAudit(tx, actor, {
      action: user.active && !input.active ? 'user.deactivate' : !user.active && input.active ? 'user.reactivate' : 'user.update',
      entityType: 'User',
      entityId: user.id,
      before: snapshot(user),
      after: snapshot(updated),
    });
  });
}

/** Lets a person locked out by wrong passwords sign in again at once (their count starts over). */
export async function unlockUser(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(userIdSchema, raw);
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, organizationId: actor.organizationId } });
    if (!user) throw new AppError('NOT_FOUND');
    const key = throttleKey.account(user.email);
    const throttle = await tx.signInThrottle.findUnique({ where: { key } });
    await tx.signInThrottle.deleteMany({ where: { key } });
    await recordAudit(tx, actor, {
      action: 'user.unlock',
      entityType: 'User',
      entityId: user.id,
      before: { failedSignIns: throttle?.failures ?? 0, lockedUntil: throttle?.lockedUntil?.toISOString() ?? null },
      after: { failedSignIns: 0, lockedUntil: null },
    });
  });
}
