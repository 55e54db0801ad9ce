// Scripted loads of observation values from CSV, the same preview and import as the app:
//   npm run observations:import -- <file.csv> --org <organization> --plan <plan> [--dry-run]
// Runs as the organization's first active administrator (the import records who entered the
// values). --dry-run prints what would change and writes nothing. Exit code 1 when the file
// is refused. Uses DATABASE_URL, or the embedded database in NORTHSTAR_DATA_DIR (stop
// `npm start` first).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, runCli, withDatabase } from './cli-support';

const { flag, has, positional } = parseArgs(process.argv.slice(2), ['--org', '--plan']);
const dryRun = has('--dry-run');

function usage(): never {
  console.error('usage: npm run observations:import -- <file.csv> --org <organization> --plan <plan> [--dry-run]');
  process.exit(2);
}

async function main() {
  const [file] = positional;
  const orgSlug = flag('--org');
  const planSlug = flag('--plan');
  if (!file || !orgSlug || !planSlug) usage();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} is not readable: ${error instanceof Error ? error.message : String(error)}`);
  }

  await withDatabase(async () => {
    const { getDb } = await import('@/lib/db');
    const { commitObservationImport, previewObservationImport, ObservationImportError } = await import('@/lib/data/progress/observation-import');
    const { isAppError } = await import('@/lib/errors');
    const db = getDb();
    const org = await db.organization.findUnique({ where: { slug: orgSlug } });
    if (!org) throw new Error(`No organization "${orgSlug}".`);
    const admin = await db.user.findFirst({
      where: { organizationId: org.id, role: 'ADMIN', active: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    if (!admin) throw new Error(`${org.name} has no active administrator to import as.`);
    const actor = { id: admin.id, organizationId: org.id, role: admin.role, divisionId: admin.divisionId };
    const fileName = path.basename(file);
    let lastShown = 0;
    const onProgress = (p: { phase: string; done: number; total: number }) => {
      // One line per 10% on a terminal that is watching; silent for small files.
      if (p.total < 5_000 || !process.stderr.isTTY) return;
      const step = Math.floor((p.done / p.total) * 10);
      if (step !== lastShown || p.done === 0) process.stderr.write(`  ${p.phase}: ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}\n`);
      lastShown = step;
    };
    try {
      const preview = await previewObservationImport(actor, planSlug, text, { fileName, onProgress });
      const counts = `${preview.rowCount} rows: ${preview.created} new, ${preview.changed} changed, ${preview.unchanged} unchanged`;
      if (preview.problemCount > 0) throw new ObservationImportError(preview);
      if (dryRun) {
        console.log(`Dry run of ${fileName} into ${org.slug}/${planSlug} as ${admin.email}: ${counts}. Nothing was written.`);
        for (const c of preview.changes) {
          const before = c.before ? `${c.before.value}${c.before.n === null ? '' : ` (n=${c.before.n})`}` : 'new';
          const after = `${c.after.value}${c.after.n === null ? '' : ` (n=${c.after.n})`}`;
          console.log(`  line ${c.line}: ${c.goalCode} ${c.measureCode} · ${c.group} · ${c.asOf}: ${before} → ${after}`);
        }
        const more = preview.created + preview.changed - preview.changes.length;
        if (more > 0) console.log(`  … and ${more} more.`);
      } else {
        const result = await commitObservationImport(actor, planSlug, text, { fileName, expectedFingerprint: preview.fingerprint, onProgress });
        console.log(
          `Imported ${fileName} into ${org.slug}/${planSlug} as ${admin.email}: ${result.rowCount} rows, ${result.created} new, ${result.changed} changed, ${result.unchanged} unchanged.`,
        );
      }
    } catch (error) {
      if (error instanceof ObservationImportError) {
        console.error(error.message);
        for (const p of error.preview.problems) console.error(`  ${p.line === 0 ? 'file' : `line ${p.line}`}${p.column ? `, ${p.column}` : ''}: ${p.message}`);
        if (error.preview.problemCount > error.preview.problems.length) {
          console.error(`  … and ${error.preview.problemCount - error.preview.problems.length} more.`);
        }
        process.exitCode = 1;
      } else if (isAppError(error)) {
        console.error(error.message);
        process.exitCode = 1;
      } else throw error;
    }
  });
}

runCli(main);
