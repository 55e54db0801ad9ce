// First-run setup: while no organization exists, whoever holds the one-time token that
// `npm start` printed creates the organization and its first administrator. Everything is
// one transaction; a wrong, expired or used token, or an existing organization, writes nothing.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import path from 'node:path';
import { hashPassword } from '@/lib/auth/passwords';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { createOrganizationRecord } from '@/lib/data/organization/internal/create-organization';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/data/core/validation';
import { removeSetupLink } from '@/lib/setup-link';
import { hashToken } from '@/lib/tokens';
import { setupSchema } from '@/lib/data/organization/fields';

export const SETUP_LINK_INVALID =
  'This setup link does not work: it is incomplete, expired (links last 24 hours) or already used. Restart `npm start` on the server and open the new link it prints.';
export const SETUP_DONE = 'This Northstar is already set up. Sign in, or ask an administrator for an invitation.';

/** Whether the first-run setup is still open: it closes for good once an organization exists. */
export async function setupIsOpen(): Promise<boolean> {
  return (await getDb().organization.count()) === 0;
}

async function usableSetupToken(tx: Tx, token: string, now: Date) {
  if (!token) return null;
  const found = await tx.setupToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return found && !found.usedAt && found.expiresAt > now ? found : null;
}

/** For the setup page: whether the link's token works now (checked again, under a lock, on submit). */
export async function setupTokenIsValid(token: string | undefined): Promise<boolean> {
  return Boolean(await usableSetupToken(getDb(), token ?? '', new Date()));
}

export async function completeSetup(raw: unknown): Promise<{ organizationSlug: string; email: string }> {
  const input = parseOrThrow(setupSchema, raw);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  const done = await getDb().$transaction(async (tx) => {
    // One setup at a time, whatever token it carries; a second waits and then finds the organization.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('northstar:first-run-setup'))`;
    const tokenHash = hashToken(input.token);
    await tx.$queryRaw`SELECT id FROM "SetupToken" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    const token = await usableSetupToken(tx, input.token, now);
    if (!token) throw new AppError('LINK_INVALID', SETUP_LINK_INVALID);
    if ((await tx.organization.count()) > 0) throw new AppError('INVALID_STATE', SETUP_DONE);

    const { organization } = await createOrganizationRecord(tx, { slug: input.slug, name: input.name, timeZone: input.timeZone });
    const admin = await tx.user.create({
      data: { organizationId: organization.id, email: input.email, name: input.adminName, role: 'ADMIN', passwordHash },
    });
    await tx.setupToken.update({ where: { id: token.id }, data: { usedAt: now } });
    const audit = (action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) =>
      recordAudit(tx, { organizationId: organization.id, id: admin.id }, { action, entityType, entityId, after });
    await audit('organization.create', 'Organization', organization.id, {
      slug: organization.slug,
      name: organization.name,
      timeZone: organization.timeZone,
      via: 'setup',
    });
    await audit('user.create', 'User', admin.id, { email: admin.email, name: admin.name, role: admin.role, divisionId: null, active: true });
    return { organizationSlug: organization.slug, email: admin.email };
  });
  // The link `npm start` left for the operator is spent.
  removeSetupLink(path.resolve(env().NORTHSTAR_DATA_DIR));
  return done;
}
