// The organization aggregate's field lists: the organization itself, the people in it (accounts,
// invitations, the first administrator at setup), its divisions, student groups and period due
// dates, with their limits and messages. Shared by the pages, server actions, data layer,
// command-line tools and tests; pure, so forms may import it.
import { z } from 'zod';
import { confirmed, isoDate, optionalText, required, slugify } from '@/lib/data/core/fields';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

// Addresses the app itself uses at the top of /scorecard/<org>.
const RESERVED_ORGANIZATION_SLUGS = new Set(['admin', 'api', 'es', 'en', 'login', 'logout', 'setup', 'invite', 'new']);

export const organizationSlugSchema = z
  .string({ error: 'Enter the organization’s address.' })
  .trim()
  .toLowerCase()
  .min(2, { error: 'Use at least 2 characters for the address.' })
  .max(40, { error: 'Keep the address under 40 characters.' })
  .regex(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/, {
    error: 'Use lowercase letters, digits and hyphens only, such as riverside-usd.',
  })
  .refine((s) => !RESERVED_ORGANIZATION_SLUGS.has(s), { error: 'That address is reserved; choose another.' });

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, { error: 'Choose a time zone.' })
  .refine((tz) => timeZones.has(tz) || tz === 'UTC', { error: 'Choose a time zone from the list, such as America/Los_Angeles.' });

export const organizationSchema = z.object({
  name: z
    .string({ error: 'Enter the organization’s name.' })
    .trim()
    .min(2, { error: 'Enter the organization’s name.' })
    .max(120, { error: 'Keep the name under 120 characters.' }),
  slug: organizationSlugSchema,
  timeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
});

export const emailSchema = z
  .email({ error: 'Enter an email address, such as name@district.org.' })
  .max(200, { error: 'Keep the email under 200 characters.' })
  .transform((e) => e.toLowerCase());

export const personNameSchema = z
  .string({ error: 'Enter the person’s name.' })
  .trim()
  .min(1, { error: 'Enter the person’s name.' })
  .max(120, { error: 'Keep the name under 120 characters.' });

// Passwords people are known to pick first; the policy refuses them whatever their length.
const COMMON_PASSWORDS = new Set([
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  '1234567890123',
  'qwertyuiopas',
  'qwerty123456',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'administrator',
  'northstar-demo',
  'changeme1234',
]);

const PASSWORD_HAS_EMAIL = 'Do not use your email address in the password.';

/** Whether the password contains the email's name part (when that is long enough to matter). */
export function passwordContainsEmail(password: string, email: string): boolean {
  const local = email.toLowerCase().split('@')[0] ?? '';
  return local.length >= 4 && password.toLowerCase().includes(local);
}

/** The password policy: 12 to 200 characters, not one repeated character, not a known first choice, not the email. */
export function passwordSchema(email?: string) {
  return z
    .string({ error: `Choose a password of at least ${PASSWORD_MIN} characters.` })
    .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
    .max(PASSWORD_MAX, { error: `Keep the password under ${PASSWORD_MAX} characters.` })
    .refine((p) => new Set(p).size > 3, { error: 'Use more than three different characters.' })
    .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), { error: 'That password is too common; choose another.' })
    .refine((p) => !email || !passwordContainsEmail(p, email), { error: PASSWORD_HAS_EMAIL });
}

/** A new password typed twice (setup, invitation): the email rule and the confirmation, each beside its field. */
export function refineNewPassword(
  input: { email: string; password: string; confirmPassword: string },
  ctx: z.RefinementCtx,
): void {
  // The rest of the policy is checked on the field itself (passwordSchema()); zod runs this either way.
  if (passwordContainsEmail(input.password, input.email)) {
    ctx.addIssue({ code: 'custom', message: PASSWORD_HAS_EMAIL, path: ['password'] });
  }
  if (input.password !== input.confirmPassword) {
    ctx.addIssue({ code: 'custom', message: 'The two passwords differ: type the same password twice.', path: ['confirmPassword'] });
  }
}

export const PASSWORD_RULE = `At least ${PASSWORD_MIN} characters, more than three different ones, not a common password and not your email.`;

// ─── People ──────────────────────────────────────────────────────────────────────────────────

export const ROLE_VALUES = ['ADMIN', 'CABINET', 'LEAD', 'STAFF'] as const;

const optionalId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));

/** Division leads and staff belong to a division; administrators and cabinet may have none. */
const needsDivision = (input: { role: string; divisionId: string | null }) =>
  (input.role !== 'LEAD' && input.role !== 'STAFF') || input.divisionId !== null;
const needsDivisionMessage = { error: 'Division leads and staff belong to a division: choose one.', path: ['divisionId'] };

export const updateUserSchema = z
  .object({
    userId: z.string().min(1, { error: 'Unknown account.' }),
    role: z.enum(ROLE_VALUES, { error: 'Choose a role.' }),
    divisionId: optionalId,
    active: z.boolean(),
  })
  .refine(needsDivision, needsDivisionMessage);

export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const inviteSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: z.enum(ROLE_VALUES, { error: 'Choose a role: ADMIN, CABINET, LEAD or STAFF.' }),
    divisionId: optionalId,
  })
  .refine(needsDivision, needsDivisionMessage);

/** An action on one account (a new invitation link, an unlock). */
export const userIdSchema = z.object({ userId: z.string().min(1, { error: 'Unknown account.' }) });
export const refreshInvitationSchema = userIdSchema;

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

// ─── First-run setup ─────────────────────────────────────────────────────────────────────────

/** The address suggested for an organization's name (the form fills it in; an empty one falls back to it). */
export function suggestOrganizationSlug(name: string): string {
  const slug = slugify(name);
  if (slug.length <= 40) return slug;
  // Too long for an address: end at the last whole word that fits.
  const cut = slug.slice(0, 41);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, 40)).replace(/-+$/, '');
}

export const setupSchema = z
  .preprocess(
    (raw) => {
      if (!raw || typeof raw !== 'object') return raw;
      const r = raw as Record<string, unknown>;
      const slug = typeof r.slug === 'string' ? r.slug.trim() : r.slug;
      return { ...r, slug: slug === '' && typeof r.name === 'string' ? suggestOrganizationSlug(r.name) : slug };
    },
    z.object({
      token: z.string({ error: 'The setup link is missing its token.' }).min(1, { error: 'The setup link is missing its token.' }),
      name: organizationSchema.shape.name,
      slug: organizationSchema.shape.slug,
      timeZone: organizationSchema.shape.timeZone,
      adminName: personNameSchema,
      email: emailSchema,
      password: passwordSchema(),
      confirmPassword: z.string({ error: 'Type the password again.' }),
    }),
  )
  .superRefine(refineNewPassword);

export type SetupInput = z.infer<typeof setupSchema>;

// ---- Divisions, student groups and reporting period due dates ----------------------------

const code = (what: string) =>
  z
    .string({ error: `Enter the ${what}’s code.` })
    .trim()
    .min(1, { error: `Enter the ${what}’s code.`, abort: true })
    .max(20, { error: 'Keep the code under 20 characters.' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'Use letters, digits, ".", "_" or "-" only, such as CIS.' })
    .transform((c) => c.toUpperCase());

export const createDivisionSchema = z.object({
  code: code('division'),
  name: required(200, 'the division’s name'),
});

export const renameDivisionSchema = z.object({
  divisionId: z.string().min(1),
  name: required(200, 'the division’s name'),
});

export const deleteByIdSchema = z.object({ id: z.string().min(1), confirm: confirmed });

const category = z
  .string()
  .trim()
  .max(40, { error: 'Keep the category under 40 characters.' })
  .regex(/^[A-Za-z0-9_ -]*$/, { error: 'Use letters, digits, spaces, "_" or "-" only, such as RACE_ETHNICITY.' })
  .nullish()
  .transform((v) => (v ? v.toUpperCase().replace(/[\s-]+/g, '_') : null));

export const createStudentGroupSchema = z.object({
  code: code('group'),
  name: required(200, 'the group’s name'),
  nameEs: optionalText(200, 'the Spanish name'),
  category,
});

export const updateStudentGroupSchema = z.object({
  groupId: z.string().min(1),
  name: required(200, 'the group’s name'),
  nameEs: optionalText(200, 'the Spanish name'),
  category,
});

export const moveSchema = z.object({
  id: z.string().min(1),
  direction: z.enum(['up', 'down'], { error: 'Choose up or down.' }),
});

export const periodDueDateSchema = z.object({
  periodId: z.string().min(1),
  dueDate: isoDate('due date'),
});
