// The operator's account tools, for the command line only (`npm run org:create`,
// `npm run user:invite`): whoever runs them on the server has the database already, so there
// is no signed-in actor; audit events record no actor. App code must not import this module
// (eslint: no-restricted-imports) — pages and actions use the guarded lib/data/invitations.ts.
import 'server-only';
import { getDb } from '@/lib/db';
import { createOrganizationRecord } from '@/lib/data/organization/internal/create-organization';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseOrThrow } from '@/lib/data/core/validation';
import { inviteInTx, type IssuedInvitation } from '@/lib/data/organization/internal/invitation-records';
import { createOrganizationCliSchema, inviteSchema } from '@/lib/data/organization/fields';

/** A new organization, its All students group and its first administrator, invited: one transaction. */
export async function createOrganizationAsOperator(raw: unknown): Promise<IssuedInvitation & { organizationSlug: string }> {
  const input = parseOrThrow(createOrganizationCliSchema, raw);
  return getDb().$transaction(async (tx) => {
    const { organization } = await createOrganizationRecord(tx, { slug: input.slug, name: input.name, timeZone: input.timeZone });
    await tx.auditEvent.create({
      data: {
        organizationId: organization.id,
        actorId: null,
        action: 'organization.create',
        entityType: 'Organization',
        entityId: organization.id,
        before: Prisma.DbNull,
        after: { slug: organization.slug, name: organization.name, timeZone: organization.timeZone, via: 'org:create' },
      },
    });
    const invitation = await inviteInTx(tx, {
      organizationId: organization.id,
      actorId: null,
      input: { email: input.adminEmail, name: input.adminName ?? input.adminEmail.split('@')[0]!, role: 'ADMIN', divisionId: null },
    });
    return { ...invitation, organizationSlug: organization.slug };
  });
}

/** Invites a person into an existing organization, naming the division by its code. */
export async function inviteAsOperator(raw: {
  organizationSlug?: string;
  email?: string;
  name?: string;
  role?: string;
  divisionCode?: string;
}): Promise<IssuedInvitation> {
  return getDb().$transaction(async (tx) => {
    const organization = raw.organizationSlug ? await tx.organization.findUnique({ where: { slug: raw.organizationSlug } }) : null;
    if (!organization) {
      throw new AppError('VALIDATION', undefined, { organization: [`No organization with the address "${raw.organizationSlug ?? ''}".`] });
    }
    let divisionId: string | null = null;
    if (raw.divisionCode) {
      const division = await tx.division.findUnique({
        where: { organizationId_code: { organizationId: organization.id, code: raw.divisionCode } },
      });
      if (!division) throw new AppError('VALIDATION', undefined, { divisionId: [`${organization.slug} has no division "${raw.divisionCode}".`] });
      divisionId = division.id;
    }
    const input = parseOrThrow(inviteSchema, {
      email: raw.email,
      name: raw.name ?? (typeof raw.email === 'string' ? raw.email.split('@')[0] : undefined),
      role: raw.role,
      divisionId,
    });
    return inviteInTx(tx, { organizationId: organization.id, actorId: null, input });
  });
}
