// Account administration schemas, shared by the server actions, the data layer and tests.
import { z } from 'zod';

export const ROLE_VALUES = ['ADMIN', 'CABINET', 'LEAD', 'STAFF'] as const;
export const PASSWORD_MIN = 12;

const divisionRule = <T extends { role: string; divisionId: string | null }>(input: T) =>
  (input.role !== 'LEAD' && input.role !== 'STAFF') || input.divisionId !== null;
const divisionRuleMessage = { error: 'Division leads and staff belong to a division: choose one.', path: ['divisionId'] };

const divisionId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));

export const createUserSchema = z
  .object({
    email: z
      .email({ error: 'Enter an email address, such as name@district.org.' })
      .max(200)
      .transform((e) => e.toLowerCase()),
    name: z.string().trim().min(1, { error: 'Enter the person’s name.' }).max(120, { error: 'Keep the name under 120 characters.' }),
    role: z.enum(ROLE_VALUES, { error: 'Choose a role.' }),
    divisionId,
    password: z
      .string()
      .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters for the first password.` })
      .max(200, { error: 'Keep the password under 200 characters.' }),
  })
  .refine(divisionRule, divisionRuleMessage);

export const updateUserSchema = z
  .object({
    userId: z.string().min(1, { error: 'Unknown account.' }),
    role: z.enum(ROLE_VALUES, { error: 'Choose a role.' }),
    divisionId,
    active: z.boolean(),
  })
  .refine(divisionRule, divisionRuleMessage);

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
