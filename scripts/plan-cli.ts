// Scripted plan loads, as the operator (no sign-in): the same import and export as the app.
//   npm run plan:export -- <organization> <plan> [--out file.json]   (stdout by default)
//   npm run plan:import -- <file.json> --org <organization> [--create "Organization name"]
// Uses DATABASE_URL, or the embedded database in NORTHSTAR_DATA_DIR (stop `npm start` first).
import fs from 'node:fs';
import { parseArgs, runCli, withDatabase } from './cli-support';

const [command, ...rest] = process.argv.slice(2);
const { flag, positional } = parseArgs(rest, ['--out', '--org', '--create']);

function usage(): never {
  console.error(
    'usage: plan-cli export <organization> <plan> [--out file.json]\n       plan-cli import <file.json> --org <organization> [--create "Organization name"]',
  );
  process.exit(2);
}

/** The file's JSON, read before the database is touched: a missing or broken file changes nothing. */
function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${file}: file not found`);
    throw new Error(`${file}: cannot be read (${code ?? String(error)})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main() {
  let raw: unknown;
  if (command === 'import') {
    const [file] = positional;
    if (!file || !flag('--org')) usage();
    raw = readJsonFile(file);
  }
  await withDatabase(async () => {
    const { getDb } = await import('@/lib/db');
    const { exportPlanDocument, importPlanDocument, importPlanDocumentAsNewOrganization } = await import('@/lib/data/plan/internal/transfer');
    const { PlanDocumentError } = await import('@/lib/data/plan/document-check');
    const { AppError } = await import('@/lib/errors');
    const db = getDb();
    const org = async (slug: string | undefined) => {
      if (!slug) usage();
      const found = await db.organization.findUnique({ where: { slug } });
      if (!found) throw new Error(`No organization "${slug}".`);
      return found;
    };
    if (command === 'export') {
      const [orgSlug, planSlug] = positional;
      if (!planSlug) usage();
      const doc = await exportPlanDocument(db, (await org(orgSlug)).id, planSlug);
      if (!doc) throw new Error(`No plan "${planSlug}" in ${orgSlug}.`);
      const json = `${JSON.stringify(doc, null, 2)}\n`;
      const out = flag('--out');
      if (out) {
        fs.writeFileSync(out, json);
        console.error(`Wrote ${out}`);
      } else process.stdout.write(json);
    } else if (command === 'import') {
      const slug = flag('--org')!;
      const create = flag('--create');
      try {
        if (create !== undefined) {
          // The organization and the plan in one transaction: a refused file creates neither.
          const result = await importPlanDocumentAsNewOrganization(db, { slug, name: create }, raw, null);
          console.log(
            `Created the organization ${slug} and imported "${result.slug}": ${result.goals} goals, ${result.measures} measures, ${result.observations} values.`,
          );
        } else {
          const target = await org(slug);
          const result = await importPlanDocument(db, target.id, raw, null);
          console.log(
            `Imported "${result.slug}" into ${target.slug}: ${result.goals} goals, ${result.measures} measures, ${result.observations} values.`,
          );
        }
      } catch (error) {
        if (error instanceof PlanDocumentError) {
          console.error(error.message);
          for (const p of error.problems) console.error(`  ${p.path}: ${p.message}`);
          process.exitCode = 1;
        } else if (error instanceof AppError && error.code === 'CONFLICT') {
          throw new Error(`organization ${slug} already exists; drop --create to import into it`);
        } else throw error;
      }
    } else usage();
  });
}

runCli(main);
