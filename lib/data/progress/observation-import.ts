// Observations from a CSV file into one plan (import-format.ts and import-check.ts hold the
// format and the checks): a preview of what would change, and an all-or-nothing commit in one
// transaction. Administrators of the plan's organization only.
//
// Imported values are official data an administrator loads: they are stored APPROVED, with
// approvedAt = the import's time and enteredBy = the administrator, outside any division's
// quarterly update. A closed quarter is locked (reopen it first), and a value a division
// reported in an update changes only through that update. One audit event records the import
// (file name and counts) on the plan, and one per goal records its values before → after,
// which the goal's history shows.
import 'server-only';
import crypto from 'node:crypto';
import { publicTransaction } from '@/lib/data/public-cache';
import { getDb } from '@/lib/db';
import type { Db, Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { findPlan, loadCatalog, loadStoredValues, type PlanRow } from '@/lib/data/progress/import-catalog';
import { checkObservationCsv, planObservationChanges, type ImportPlan, type PlannedChange } from '@/lib/data/progress/import-check';
import { observationImportOptionsSchema, rowKey, sortProblems, type CatalogIndex, type CsvProblem } from '@/lib/data/progress/import-format';
import type { Actor } from '@/lib/permissions';

/** At most this many problems and changes travel to the page; the counts cover them all. */
export const SHOWN_LIMIT = 200;
export const MAX_IMPORT_ROWS = 50_000;
const WRITE_CHUNK = 1_000;

export interface ImportProgress {
  phase: 'check' | 'compare' | 'write';
  done: number;
  total: number;
}

export interface ObservationImportOptions {
  fileName?: string;
  /** Called as rows are checked and written; awaited, so a stream can pass it on. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** The preview's fingerprint: the commit refuses when the stored values changed since. */
  expectedFingerprint?: string;
  now?: Date;
}

export interface ChangeRow {
  line: number;
  goalCode: string;
  measureCode: string;
  measureName: string;
  unit: string;
  decimals: number;
  group: string;
  asOf: string;
  reportedIn: string;
  before: { value: number; n: number | null } | null;
  after: { value: number; n: number | null };
}

export interface ObservationImportSummary {
  plan: { name: string; slug: string };
  fileName: string;
  rowCount: number;
  created: number;
  changed: number;
  unchanged: number;
  problemCount: number;
}

export interface ObservationImportPreview extends ObservationImportSummary {
  /** The first SHOWN_LIMIT problems, in file order. */
  problems: CsvProblem[];
  /** The first SHOWN_LIMIT changes: changed values first, then new ones. */
  changes: ChangeRow[];
  /** Identifies exactly these changes against exactly these stored values. */
  fingerprint: string;
}

export interface ObservationImportResult extends ObservationImportSummary {
  goals: number;
}

/** Refused: the file has problems. Nothing was written; `problems` lists the first of them. */
export class ObservationImportError extends AppError {
  constructor(readonly preview: ObservationImportPreview) {
    super(
      'VALIDATION',
      `The file has ${preview.problemCount.toLocaleString('en-US')} ${preview.problemCount === 1 ? 'problem' : 'problems'}; nothing was imported.`,
    );
  }
}


/** What the import route streams to the page: progress while rows are checked and written, then the outcome. */
export type ImportEvent =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'preview'; preview: ObservationImportPreview }
  | { type: 'refused'; preview: ObservationImportPreview; message: string }
  | { type: 'done'; result: ObservationImportResult }
  | { type: 'error'; code: string; message: string };

interface Analysis {
  index: CatalogIndex;
  plan: ImportPlan;
  preview: ObservationImportPreview;
}

async function analyse(db: Db | Tx, plan: PlanRow, text: string, options: ObservationImportOptions): Promise<Analysis> {
  const now = options.now ?? new Date();
  const fileName = options.fileName ?? 'observations.csv';
  const index = await loadCatalog(db, plan);
  const checked = await checkObservationCsv(text, index, now, options.onProgress && ((done, total) => options.onProgress!({ phase: 'check', done, total })));
  if (checked.rowCount > MAX_IMPORT_ROWS) {
    throw new AppError('VALIDATION', `The file has ${checked.rowCount.toLocaleString('en-US')} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} at a time.`);
  }
  await options.onProgress?.({ phase: 'compare', done: 0, total: checked.rows.length });
  const stored = await loadStoredValues(db, plan);
  const planned = planObservationChanges(checked.rows, stored, index);
  await options.onProgress?.({ phase: 'compare', done: checked.rows.length, total: checked.rows.length });
  const problems = sortProblems([...checked.problems, ...planned.problems]);
  const changes = [...planned.changed, ...planned.created];
  return {
    index,
    plan: planned,
    preview: {
      plan: { name: plan.name, slug: plan.slug },
      fileName,
      rowCount: checked.rowCount,
      created: planned.created.length,
      changed: planned.changed.length,
      unchanged: planned.unchanged,
      problemCount: problems.length,
      problems: problems.slice(0, SHOWN_LIMIT),
      changes: changes.slice(0, SHOWN_LIMIT).map((c) => changeRow(index, c)),
      fingerprint: fingerprint(changes),
    },
  };
}

function changeRow(index: CatalogIndex, c: PlannedChange): ChangeRow {
  const measure = index.measureById.get(c.row.measureId)!;
  return {
    line: c.row.line,
    goalCode: measure.goalCode,
    measureCode: measure.code,
    measureName: measure.name,
    unit: measure.unit,
    decimals: measure.decimals,
    group: index.groupById.get(c.row.studentGroupId)!.name,
    asOf: index.periodById.get(c.row.periodId)!.label,
    reportedIn: index.periodById.get(c.row.reportedPeriodId)!.label,
    before: c.before ? { value: c.before.value, n: c.before.n } : null,
    after: { value: c.row.value, n: c.row.n },
  };
}

/** A fresh row id, shaped like Prisma's cuid() defaults. */
const newId = () => `c${crypto.randomBytes(12).toString('hex')}`;

function fingerprint(changes: PlannedChange[]): string {
  const hash = crypto.createHash('sha256');
  for (const c of changes) {
    hash.update(
      JSON.stringify([rowKey(c.row), c.row.reportedPeriodId, c.row.value, c.row.n, c.before?.value, c.before?.n, c.before?.reportedPeriodId]),
    );
  }
  return hash.digest('hex').slice(0, 32);
}

function cleanOptions(options: ObservationImportOptions): ObservationImportOptions {
  const parsed = observationImportOptionsSchema.safeParse({ fileName: options.fileName, expectedFingerprint: options.expectedFingerprint });
  if (!parsed.success) throw new AppError('VALIDATION', 'The file name or the preview reference is not valid. Preview the file again.');
  return { ...options, ...parsed.data };
}

function assertImportable(plan: PlanRow) {
  if (plan.status === 'ARCHIVED') {
    throw new AppError('INVALID_STATE', `${plan.name} is archived: its values are kept as they are. Nothing was imported.`);
  }
}

/** What importing `csvText` into the plan would change; writes nothing. */
export async function previewObservationImport(
  actor: Actor | null,
  planSlug: string,
  csvText: string,
  options: ObservationImportOptions = {},
): Promise<ObservationImportPreview> {
  const db = getDb();
  const plan = await findPlan(db, actor, planSlug);
  assertImportable(plan);
  return (await analyse(db, plan, csvText, cleanOptions(options))).preview;
}

/**
 * Imports the file in one transaction: every row is checked again against the values stored
 * now, and any problem (or a change since the preview, with `expectedFingerprint`) refuses
 * the whole file, writing nothing.
 */
export async function commitObservationImport(
  actor: Actor | null,
  planSlug: string,
  csvText: string,
  options: ObservationImportOptions = {},
): Promise<ObservationImportResult> {
  const db = getDb();
  const plan = await findPlan(db, actor, planSlug);
  options = cleanOptions(options);
  const now = options.now ?? new Date();
  const actorId = actor!.id;
  assertImportable(plan);
  return publicTransaction(
    async (tx) => {
      // One import of a plan at a time: a second waits here, then sees the first one's values.
      await tx.$executeRaw`SELECT 1 FROM "Plan" WHERE "id" = ${plan.id} FOR UPDATE`;
      const { index, plan: planned, preview } = await analyse(tx, plan, csvText, { ...options, now });
      if (preview.problemCount > 0) throw new ObservationImportError(preview);
      if (options.expectedFingerprint && options.expectedFingerprint !== preview.fingerprint) {
        throw new AppError(
          'STALE',
          'The plan’s values changed after your preview (someone imported or approved values in the meantime). Nothing was imported; preview the file again.',
        );
      }
      const writes = planned.created.length + planned.changed.length;
      let written = 0;
      const progress = async () => options.onProgress?.({ phase: 'write', done: written, total: writes });
      await progress();

      for (let i = 0; i < planned.created.length; i += WRITE_CHUNK) {
        const chunk = planned.created.slice(i, i + WRITE_CHUNK);
        // One INSERT per thousand rows: Prisma's createMany takes ten times as long here.
        const values = Prisma.join(
          chunk.map(
            ({ row }) =>
              Prisma.sql`(${newId()}, ${plan.organizationId}, ${row.measureId}, ${row.periodId}, ${row.reportedPeriodId}, ${row.studentGroupId}, ${row.value}::double precision, ${row.n}::integer)`,
          ),
        );
        await tx.$executeRaw`
          INSERT INTO "Observation" ("id", "organizationId", "measureId", "periodId", "reportedPeriodId", "studentGroupId", "value", "n",
                                     "state", "approvedAt", "enteredById", "isDemo", "createdAt", "updatedAt")
          SELECT v.id, v.org, v.measure, v.period, v.reported, v.grp, v.value, v.n, 'APPROVED'::"ReviewState", ${now}, ${actorId}, false, ${now}, ${now}
          FROM (VALUES ${values}) AS v(id, org, measure, period, reported, grp, value, n)`;
        written += chunk.length;
        await progress();
      }
      for (let i = 0; i < planned.changed.length; i += WRITE_CHUNK / 2) {
        const chunk = planned.changed.slice(i, i + WRITE_CHUNK / 2);
        const values = Prisma.join(
          chunk.map(({ row, before }) => Prisma.sql`(${before!.id}, ${row.value}::double precision, ${row.n}::integer, ${row.reportedPeriodId})`),
        );
        const count = await tx.$executeRaw`
          UPDATE "Observation" AS o
          SET "value" = v.value, "n" = v.n, "reportedPeriodId" = v.reported, "state" = 'APPROVED'::"ReviewState",
              "approvedAt" = ${now}, "enteredById" = ${actorId}, "isDemo" = false, "updatedAt" = ${now}
          FROM (VALUES ${values}) AS v(id, value, n, reported)
          WHERE o."id" = v.id AND o."organizationId" = ${plan.organizationId} AND o."updateId" IS NULL`;
        if (count !== chunk.length) throw new AppError('STALE', 'Values changed during the import. Nothing was imported; preview the file again.');
        written += chunk.length;
        await progress();
      }

      // The goal pages' history: each goal's values before → after.
      const byGoal = new Map<string, PlannedChange[]>();
      for (const c of [...planned.changed, ...planned.created]) {
        const goalId = index.measureById.get(c.row.measureId)!.goalId;
        byGoal.set(goalId, [...(byGoal.get(goalId) ?? []), c]);
      }
      const audit = (v: { measureId: string; periodId: string; studentGroupId: string; value: number; n: number | null }) => ({
        measureId: v.measureId,
        periodId: v.periodId,
        studentGroupId: v.studentGroupId,
        value: v.value,
        n: v.n,
      });
      const summary = {
        fileName: preview.fileName,
        rows: preview.rowCount,
        created: preview.created,
        changed: preview.changed,
        unchanged: preview.unchanged,
      };
      await tx.auditEvent.create({
        data: {
          organizationId: plan.organizationId,
          actorId,
          action: 'observations.import',
          entityType: 'Plan',
          entityId: plan.id,
          before: Prisma.DbNull,
          after: { ...summary, goals: byGoal.size },
        },
      });
      if (byGoal.size > 0) {
        await tx.auditEvent.createMany({
          data: [...byGoal].map(([goalId, changes]) => ({
            organizationId: plan.organizationId,
            actorId,
            action: 'observations.import',
            entityType: 'Goal',
            entityId: goalId,
            before: { values: changes.filter((c) => c.before).map((c) => audit(c.before!)) },
            after: { reason: `Imported from ${preview.fileName}`, fileName: preview.fileName, values: changes.map((c) => audit(c.row)) },
          })),
        });
      }
      return {
        plan: preview.plan,
        fileName: preview.fileName,
        rowCount: preview.rowCount,
        created: preview.created,
        changed: preview.changed,
        unchanged: preview.unchanged,
        problemCount: 0,
        goals: byGoal.size,
      };
    },
    { planId: plan.id },
    { db, timeout: 300_000, maxWait: 30_000 },
  );
}
