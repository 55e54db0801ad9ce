// The organization and first-account fields, shared by the setup page, `npm run org:create`,
// `npm run user:invite`, the invitation page and their tests.
import { z } from 'zod';

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
