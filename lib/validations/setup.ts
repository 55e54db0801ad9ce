// The first-run setup form: the organization and its first administrator, with the one-time
// token from the link `npm start` printed. Shared by the setup page, its action and tests.
import { z } from 'zod';
import { slugify } from '@/lib/plan-admin';
import { emailSchema, organizationSchema, passwordSchema, personNameSchema, refineNewPassword } from '@/lib/validations/organization';

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
