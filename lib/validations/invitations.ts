// Invitations: who an administrator (or the operator, from the command line) invites, and
// what the invited person types to activate their account. Shared by actions, data layer,
// command-line tools and tests.
import { z } from 'zod';
import { emailSchema, organizationSchema, passwordSchema, personNameSchema, refineNewPassword } from '@/lib/validations/organization';
import { ROLE_VALUES } from '@/lib/validations/users';

const optionalId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));

export const inviteSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: z.enum(ROLE_VALUES, { error: 'Choose a role: ADMIN, CABINET, LEAD or STAFF.' }),
    divisionId: optionalId,
  })
  .refine((input) => (input.role !== 'LEAD' && input.role !== 'STAFF') || input.divisionId !== null, {
    error: 'Division leads and staff belong to a division: choose one.',
    path: ['divisionId'],
  });

export const refreshInvitationSchema = z.object({ userId: z.string().min(1, { error: 'Unknown account.' }) });

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1, { error: 'The invitation link is missing its token.' }),
    email: emailSchema,
    password: passwordSchema(),
    confirmPassword: z.string({ error: 'Type the password again.' }),
  })
  .superRefine(refineNewPassword);

/** `npm run org:create`: a new organization and its first administrator (who gets an invitation). */
export const createOrganizationCliSchema = organizationSchema.extend({
  adminEmail: emailSchema,
  adminName: personNameSchema.optional(),
});

export type InviteInput = z.infer<typeof inviteSchema>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
