// Schemas of the organization's own administration: divisions, student groups, reporting
// period due dates (moved out of the plan's schemas; the organization aggregate owns them).
import { z } from 'zod';
import { confirmed, isoDate, optionalText, required } from '@/lib/data/core/fields';

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
