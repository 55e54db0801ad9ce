// `npm run plan:import` as an operator runs it, in a child process against this file's
// database: a missing or refused file, or --create for an address already taken, leaves every
// table as it was; a good file with --create makes the organization, its one All students
// group and the plan together.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlanDocument } from '@/lib/data/plan/internal/transfer';
import { getDb } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

const root = path.resolve(import.meta.dirname, '../..');
const seedFile = (name: string) => path.join(root, 'prisma/plans', name);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-cli-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, content: string) {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, content);
  return file;
}

async function planCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', '--conditions=react-server', 'scripts/plan-cli.ts', 'import', ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL }, timeout: 120_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every row of every table, so a refused import is shown to have changed nothing at all. */
async function databaseSnapshot(): Promise<string> {
  const db = getDb();
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const rows: Record<string, unknown> = {};
  for (const { tablename } of tables) {
    // Names come from pg_tables, not from input; still, only plain identifiers are quoted in.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tablename)) throw new Error(`unexpected table name ${tablename}`);
    rows[tablename] = await db.$queryRaw(Prisma.sql`SELECT * FROM ${Prisma.raw(`"${tablename}"`)} ORDER BY 1`);
  }
  return JSON.stringify(rows, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Runs plan:import with these arguments: refused (exit 1), saying each of `says`, and the database as it was. */
async function expectRefused(args: string[], says: string[]) {
  const before = await databaseSnapshot();
  const run = await planCli(...args);
  expect(run.code).toBe(1);
  for (const words of says) expect(run.stderr).toContain(words);
  expect(await databaseSnapshot()).toBe(before);
  return run;
}

describe('plan:import from the command line', () => {
  it('a missing file says "file not found", exits with 1 and changes nothing', async () => {
    const missing = path.join(scratch, 'no-such-plan.json');
    const run = await expectRefused([missing, '--org', 'new-coe', '--create', 'New COE'], [`${missing}: file not found`]);
    expect(run.stderr).not.toContain('readable JSON');
  });

  it('a file that is not JSON keeps its JSON message and creates nothing', async () => {
    const file = writeScratch('broken.json', '{ "schemaVersion": 1, ');
    await expectRefused([file, '--org', 'new-coe', '--create', 'New COE'], [`${file} is not readable JSON:`]);
  });

  it('a refused file with --create creates no organization, and lists every problem in one round', async () => {
    // An export carries the divisions and groups it names: only the three faults below are wrong.
    const lacoe = await getDb().organization.findUniqueOrThrow({ where: { slug: 'lacoe' } });
    const doc = (await exportPlanDocument(getDb(), lacoe.id, '2022-2025'))!;
    const goal = doc.plan.objectives[0]!.priorities[0]!.goals[0]!;
    goal.division = 'NO-SUCH-DIVISION';
    Object.assign(goal.measures[0]!, { decimals: 'one', interim_targets: [] });
    const file = writeScratch('refused.json', JSON.stringify(doc));
    const at = 'plan.objectives[0].priorities[0].goals[0]';
    await expectRefused(
      [file, '--org', 'new-coe', '--create', 'New COE'],
      [
        'The plan file has 3 problems; nothing was imported.',
        `${at}.measures[0].decimals: expected a number`,
        `${at}.measures[0].interim_targets: unknown field; did you mean "interimTargets"?`,
        `${at}.division: unknown division "NO-SUCH-DIVISION"`,
      ],
    );
    expect(await getDb().organization.findUnique({ where: { slug: 'new-coe' } })).toBeNull();
  });

  it('refuses --create for an organization that already exists, changing nothing', async () => {
    await expectRefused([seedFile('smcoe-2023-2028.json'), '--org', 'lacoe', '--create', 'LACOE again'], ['organization lacoe already exists; drop --create to import into it']);
  });

  it('refuses --create with an address or name the organization form would refuse', async () => {
    await expectRefused(
      [seedFile('smcoe-2023-2028.json'), '--org', 'Not a slug!', '--create', 'X'],
      ['The organization cannot be created:', 'Use lowercase letters, digits and hyphens only', 'Enter the organization’s name.'],
    );
  });

  it('a good file with --create makes the organization with one All students group, and the plan, audited', async () => {
    const run = await planCli(seedFile('smcoe-2023-2028.json'), '--org', 'smcoe-copy', '--create', 'San Mateo COE (copy)');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created the organization smcoe-copy and imported "2023-2028"');
    const db = getDb();
    const org = await db.organization.findUniqueOrThrow({
      where: { slug: 'smcoe-copy' },
      include: { studentGroups: true, plans: true, auditEvents: { orderBy: { createdAt: 'asc' } } },
    });
    expect(org.name).toBe('San Mateo COE (copy)');
    expect(org.studentGroups.filter((g) => g.isAll)).toEqual([expect.objectContaining({ code: 'ALL', name: 'All students' })]);
    expect(org.plans.map((p) => p.slug)).toEqual(['2023-2028']);
    expect(org.auditEvents.map((e) => e.action).sort()).toEqual(['organization.create', 'plan.import']);

    // The database itself refuses a second All students group.
    const second = db.studentGroup.create({ data: { organizationId: org.id, code: 'TODOS', name: 'Todos', isAll: true } });
    await expect(second).rejects.toSatisfy((e) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002');
  });
});
