// What an observation import takes besides the file: its name (for the audit trail and the
// messages) and the preview's fingerprint. The file itself is checked row by row in
// lib/observation-csv.ts.
import { z } from 'zod';

export const observationImportOptionsSchema = z.object({
  // Only the file's own name, never a path the browser or the shell passed along.
  fileName: z
    .string()
    .max(300)
    .transform((name) => name.split(/[\\/]/).pop()!.trim().slice(0, 120) || 'observations.csv')
    .optional(),
  expectedFingerprint: z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: 'expected the preview’s reference' })
    .optional(),
});

export const observationImportRequestSchema = z.object({
  planSlug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(80),
  mode: z.enum(['preview', 'commit']),
  fileName: z.string().max(300).optional(),
  expectedFingerprint: z.string().max(64).optional(),
});
