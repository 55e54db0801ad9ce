// The file that starts a plan's next cycle (prisma/plans/lacoe-2025-2028.json): the new plan's
// own text and structure, and which goals of the previous plan carry over, and where to.
import { z } from 'zod';
import { planDocumentSchema } from '@/lib/data/plan/document';

export const carryOverSchema = z.strictObject({
  /** The goal's code in the previous plan. */
  goal: z.string().min(1),
  /** The new plan's objective it goes under (by name). */
  objective: z.string().min(1),
  /** The priority it goes under (by name); created under that objective when the plan names none. */
  priority: z.string().min(1).max(200),
});

export const nextCycleDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** The slug of the plan the new cycle follows, in the same organization. */
  previousPlan: z.string().min(1),
  plan: planDocumentSchema.shape.plan,
  carryOver: z.array(carryOverSchema).default([]),
});

export type NextCycleDocument = z.infer<typeof nextCycleDocumentSchema>;
