// The plan document: one whole strategic plan as JSON (structure, measures, targets).
// Seed plans ship in this format (prisma/plans/*.json); import and export use it too.
import { z } from 'zod';

const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const code = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'letters, digits, ".", "_" or "-" only' })
  .max(40);

export const measureUnitSchema = z.enum(['PERCENT', 'COUNT', 'POINTS', 'SCALE_SCORE', 'CURRENCY', 'INDEX']);
export const directionSchema = z.enum(['INCREASE', 'DECREASE']);
export const cadenceSchema = z.enum(['QUARTERLY', 'ANNUAL']);
export const targetKindSchema = z.enum([
  'VALUE',
  'CHANGE',
  'PERCENT_CHANGE',
  'ANNUAL_CHANGE',
  'ANNUAL_PERCENT_CHANGE',
]);

export const measureDocumentSchema = z.object({
  code,
  name: z.string().min(1).max(300),
  nameEs: z.string().max(300).optional(),
  unit: measureUnitSchema,
  direction: directionSchema,
  decimals: z.int().min(0).max(4).default(1),
  dataSource: z.string().max(500).default(''),
  cadence: cadenceSchema,
  baseline: z.object({
    value: z.number().finite().nullable(),
    // The date the baseline value stands at: the end of its period (2022-06-30 for 2021-22).
    date: isoDate.nullable(),
    label: z.string().max(40).nullable(),
    // Where a stated baseline comes from, or why there is none.
    note: z.string().max(500).default(''),
  }),
  target: z.object({
    kind: targetKindSchema,
    amount: z.number().finite(),
    date: isoDate,
  }),
  interimTargets: z
    .array(z.object({ date: isoDate, label: z.string().max(40), value: z.number().finite() }))
    .default([]),
  disaggregated: z.boolean().default(false),
  studentGroups: z.array(code).default([]),
  focusGroup: code.nullable().default(null),
  referenceGroup: code.nullable().default(null),
});

export const goalDocumentSchema = z.object({
  code,
  title: z.string().min(1).max(200),
  titleEs: z.string().max(200).optional(),
  statement: z.string().min(1).max(3000),
  statementEs: z.string().max(3000).optional(),
  division: code.nullable(),
  deadline: isoDate.nullable(),
  inclusion: z.string().max(1000).default(''),
  equityFocus: z.string().max(1000).default(''),
  focusGroups: z.array(code).default([]),
  measures: z.array(measureDocumentSchema).default([]),
});

export const priorityDocumentSchema = z.object({
  name: z.string().min(1).max(200),
  nameEs: z.string().max(200).optional(),
  description: z.string().max(5000).default(''),
  descriptionEs: z.string().max(5000).optional(),
  goals: z.array(goalDocumentSchema).default([]),
});

export const objectiveDocumentSchema = z.object({
  name: z.string().min(1).max(200),
  nameEs: z.string().max(200).optional(),
  description: z.string().max(5000).default(''),
  descriptionEs: z.string().max(5000).optional(),
  priorities: z.array(priorityDocumentSchema).default([]),
});

const levelName = z.object({
  singular: z.string().min(1).max(40),
  plural: z.string().min(1).max(40),
  singularEs: z.string().min(1).max(40).optional(),
  pluralEs: z.string().min(1).max(40).optional(),
});

export const planDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  plan: z.object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'lowercase letters, digits and "-" only' }),
    name: z.string().min(1).max(200),
    nameEs: z.string().max(200).optional(),
    cycleStart: isoDate,
    cycleEnd: isoDate,
    vision: z.string().max(2000).default(''),
    mission: z.string().max(2000).default(''),
    visionEs: z.string().max(2000).optional(),
    missionEs: z.string().max(2000).optional(),
    values: z.array(z.string().max(200)).default([]),
    status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']).default('DRAFT'),
    published: z.boolean().default(false),
    atRiskThreshold: z.number().min(0).max(1).default(0.8),
    levels: z.object({ objective: levelName, priority: levelName, goal: levelName }),
    objectives: z.array(objectiveDocumentSchema).default([]),
  }),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type MeasureDocument = z.infer<typeof measureDocumentSchema>;
