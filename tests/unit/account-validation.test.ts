// The account forms' rules, without a database: the password policy with its confirmation,
// the organization address suggested from a name, and the setup form's field errors.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acceptInvitationSchema, inviteSchema } from '@/lib/data/organization/fields';
import { passwordContainsEmail } from '@/lib/data/organization/fields';
import { setupSchema, suggestOrganizationSlug } from '@/lib/data/organization/fields';

const errorsOf = (schema: z.ZodType, raw: unknown) => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe('suggestOrganizationSlug', () => {
  it.each([
    ['Riverside Unified School District', 'riverside-unified-school-district'],
    ['Distrito Escolar de Álamo', 'distrito-escolar-de-alamo'],
    ['  LA County Office of Education (LACOE) ', 'la-county-office-of-education-lacoe'],
    ['A very long name for a school district that goes on and on', 'a-very-long-name-for-a-school-district'],
  ])('%s → %s', (name, slug) => {
    expect(suggestOrganizationSlug(name)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(40);
  });
});

describe('passwordContainsEmail', () => {
  it.each([
    ['rosa.diaz-2030!', 'rosa.diaz@riverside.org', true],
    ['ROSA.DIAZ-2030!', 'rosa.diaz@riverside.org', true],
    ['riverside-plans', 'rosa.diaz@riverside.org', false],
    ['bo-and-more-words', 'bo@x.org', false],
  ])('%s with %s → %s', (password, email, expected) => expect(passwordContainsEmail(password, email)).toBe(expected));
});

describe('setupSchema', () => {
  const good = {
    token: 't',
    name: 'Riverside USD',
    slug: '',
    timeZone: 'America/New_York',
    adminName: 'Rosa',
    email: 'rosa@riverside.org',
    password: 'riverside-plans-2030',
    confirmPassword: 'riverside-plans-2030',
  };
  it('fills an empty address from the name and lowercases the email', () => {
    expect(setupSchema.parse({ ...good, email: 'Rosa@Riverside.org' })).toMatchObject({ slug: 'riverside-usd', email: 'rosa@riverside.org' });
  });
  it('reports every field at once, each beside its field, once', () => {
    expect(errorsOf(setupSchema, { ...good, name: '', slug: 'Bad!', password: 'short', confirmPassword: 'other', email: 'x' })).toEqual({
      name: ['Enter the organization’s name.'],
      slug: ['Use lowercase letters, digits and hyphens only, such as riverside-usd.'],
      email: ['Enter an email address, such as name@district.org.'],
      password: ['Use at least 12 characters.'],
      confirmPassword: ['The two passwords differ: type the same password twice.'],
    });
  });
});

describe('invitation schemas', () => {
  it('a lead or staff member needs a division; an administrator or cabinet member does not', () => {
    expect(errorsOf(inviteSchema, { email: 'a@b.org', name: 'A', role: 'STAFF', divisionId: '' })).toEqual({
      divisionId: ['Division leads and staff belong to a division: choose one.'],
    });
    expect(inviteSchema.parse({ email: 'A@B.org', name: 'A', role: 'CABINET', divisionId: '' })).toEqual({ email: 'a@b.org', name: 'A', role: 'CABINET', divisionId: null });
  });
  it('accepting refuses the email inside the password', () => {
    expect(errorsOf(acceptInvitationSchema, { token: 't', email: 'marcus@x.org', password: 'marcus-2030-ok', confirmPassword: 'marcus-2030-ok' })).toEqual({
      password: ['Do not use your email address in the password.'],
    });
  });
});
