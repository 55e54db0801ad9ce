// `npm start`: the whole app from one command. Uses DATABASE_URL when set, otherwise an
// embedded PostgreSQL (PGlite) in .data/; applies migrations, seeds an empty database
// with the demo, builds when the sources changed, and runs Next.js until Ctrl-C.
//   --dev       run `next dev` instead of a production build
//   --fresh     start from an empty database (drops the embedded data or the DATABASE_URL database)
//   --no-build  serve the build that is there (`npm run build` once, then start every instance
//               with this): several instances on one machine never build over each other
// If the Next.js server dies, it is started again (after 1 s, then 2 s … at most 30 s).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrate';
import { SEED_LOCK_KEY, withAdvisoryLock } from '@/lib/db/advisory-lock';
import { missingDeploymentSettings } from '@/lib/deployment';
import { demoMode, env } from '@/lib/env';
import { removeSetupLink, setupLinkPath, writeSetupLink } from '@/lib/setup-link';
import { recreateDatabase } from './db/recreate';

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const fresh = args.has('--fresh');
const noBuild = args.has('--no-build');
const root = process.cwd();
const log = (msg: string) => console.log(`[northstar] ${msg}`);

function authSecret(dataDir: string): string {
  const fromEnv = env().NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  // Kept in the data directory so sessions survive restarts without any setup.
  const file = path.join(dataDir, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(full)) {
    if (child === 'generated') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'public', 'messages', 'i18n', 'next.config.ts', 'package-lock.json', 'prisma/schema.prisma', 'proxy.ts', 'instrumentation.ts'];
  return sources.every((s) => newestMtime(s) <= built);
}

function run(command: string, commandArgs: string[]) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root, env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

/**
 * The Prisma client in lib/generated/ is built from the schema, not committed: `npm ci`
 * generates it (postinstall), and this covers an install that skipped scripts. Everything
 * that imports it is loaded only after this.
 */
function ensurePrismaClient() {
  if (fs.existsSync(path.join(root, 'lib', 'generated', 'prisma', 'client.ts'))) return;
  log('Generating the database client…');
  run('npm', ['run', '--silent', 'db:generate']);
}

async function main() {
  const settings = env();
  const demo = demoMode(settings);
  const missing = missingDeploymentSettings(settings, { demo, production: !dev });
  if (missing.length > 0) throw new Error(`Refusing to start:\n  - ${missing.join('\n  - ')}`);
  ensurePrismaClient();
  const { createPrismaClient } = await import('@/lib/db/client');
  const { isDatabaseEmpty, seedDemo } = await import('@/lib/seed/demo');
  const { issueSetupToken } = await import('@/lib/data/organization/internal/setup-token');
  const dataDir = path.resolve(root, settings.NORTHSTAR_DATA_DIR);
  let embedded: EmbeddedPostgres | undefined;
  let child: ChildProcess | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
    await embedded?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  let databaseUrl = settings.DATABASE_URL;
  if (databaseUrl) {
    if (fresh) await recreateDatabase(databaseUrl);
    log(`Using the PostgreSQL database in DATABASE_URL (${new URL(databaseUrl).host}).`);
  } else {
    const pgliteDir = path.join(dataDir, 'pglite');
    if (fresh) fs.rmSync(pgliteDir, { recursive: true, force: true });
    log(`No DATABASE_URL: starting the embedded PostgreSQL in ${path.relative(root, pgliteDir)}/`);
    embedded = await startEmbeddedPostgres({ dataDir: pgliteDir });
    databaseUrl = embedded.url;
  }

  const { applied } = await applyMigrations(databaseUrl, { log });
  log(applied.length ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.');

  const port = settings.PORT;
  const publicUrl = (settings.NEXTAUTH_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  // Instances starting together take turns: the first seeds, the others find the data there.
  const setupLink = await withAdvisoryLock(databaseUrl, SEED_LOCK_KEY, async () => {
    const db = createPrismaClient(databaseUrl, 2);
    try {
      if (!(await isDatabaseEmpty(db))) return undefined;
      if (!demo) return `${publicUrl}/setup?token=${await issueSetupToken(db)}`;
      log('Empty database: loading the demo plans and accounts…');
      await seedDemo(db);
      log('Demo data loaded.');
      return undefined;
    } finally {
      await db.$disconnect();
    }
  });
  // Only the link printed now works: an older file is stale, and none is left once an organization exists.
  if (setupLink) writeSetupLink(dataDir, setupLink);
  else removeSetupLink(dataDir);

  const childEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: authSecret(dataDir),
    NEXTAUTH_URL: settings.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NORTHSTAR_DEMO: demo ? '1' : '0',
    NORTHSTAR_EMBEDDED: embedded ? '1' : '0',
    PORT: String(port),
  };
  const nextBin = path.join(root, 'node_modules', '.bin', 'next');
  if (!dev && !buildIsCurrent()) {
    if (noBuild) {
      if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('--no-build: there is no build in .next/. Run `npm run build` first.');
      log('--no-build: serving the build in .next/ (the sources changed since; run `npm run build` to include them).');
    } else {
      log('Building the app (first start, or the sources changed)…');
      run(nextBin, ['build']);
    }
  }
  const startServer = () =>
    dev
      ? spawn(nextBin, ['dev', '-p', String(port)], { stdio: 'inherit', env: childEnv })
      : spawn(nextBin, ['start', '-p', String(port)], { stdio: 'inherit', env: { ...childEnv, NODE_ENV: 'production' } });
  // A server that dies is started again; one that keeps dying waits longer each time.
  let restarts = 0;
  let startedAt = 0;
  let everStarted = false;
  const supervise = () => {
    startedAt = Date.now();
    child = startServer();
    child.on('exit', (code, signal) => {
      if (stopping) return;
      // Dying at once on the very first start is a setting (a port in use), not a crash: say so and stop.
      if (!everStarted && Date.now() - startedAt < 10_000) return void stop(code || 1);
      everStarted = true;
      if (Date.now() - startedAt > 60_000) restarts = 0;
      const delay = Math.min(30_000, 1_000 * 2 ** restarts);
      restarts += 1;
      log(`The Next.js server stopped (${signal ?? `exit code ${code}`}); starting it again in ${delay / 1000} s.`);
      setTimeout(() => {
        if (!stopping) supervise();
      }, delay);
    });
  };
  supervise();
  setTimeout(() => (everStarted = true), 10_000).unref();
  log(`Northstar is starting on http://localhost:${port}${demo ? ' (demo mode: demo accounts can sign in)' : ''}`);
  if (setupLink) {
    log('No organization yet. Set up yours (name, address, first administrator) at this one-time link:');
    log(`  ${setupLink}`);
    log(`(also in ${path.relative(root, setupLinkPath(dataDir)) || setupLinkPath(dataDir)})`);
    log('It works once, for 24 hours; restart `npm start` for a new one. Or run `npm run org:create`.');
  }
}

main().catch(async (error: unknown) => {
  console.error(`[northstar] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
