// Account administration schemas (role, division, active), shared by the server actions, the data
// layer and tests. New people join by invitation: lib/validations/invitations.ts.
import { z } from 'zod';

export const ROLE_VALUES = ['ADMIN', 'CABINET', 'LEAD', 'STAFF'] as const;

const divisionRule = <T extends { role: string; divisionId: string | null }>(input: T) =>
  (input.role !== 'LEAD' && input.role !== 'STAFF') || input.divisionId !== null;
const divisionRuleMessage = { error: 'Division leads and staff belong to a division: choose one.', path: ['divisionId'] };

const divisionId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));

export const updateUserSchema = z
  .object({
    userId: z.string().min(1, { error: 'Unknown account.' }),
    role: z.enum(ROLE_VALUES, { error: 'Choose a role.' }),
    divisionId,
    active: z.boolean(),
  })
  .refine(divisionRule, divisionRuleMessage);

export type UpdateUserInput = z.infer<typeof updateUserSchema>;
