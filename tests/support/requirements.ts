// What the several-instance tests need from the machine beyond Node: nginx, PostgreSQL's server
// binaries (clusters of their own) and a real PostgreSQL (DATABASE_URL). `.ci/run` installs them, so
// in CI a missing one is an error; elsewhere the test runners leave those files out and say so
// (vitest.config.ts, playwright.config.ts), rather than report them as passed. No test imports.
import fs from 'node:fs';
import path from 'node:path';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));

function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const version = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  const bin = version && path.join(root, version, 'bin');
  return bin && fs.existsSync(path.join(bin, 'initdb')) ? bin : undefined;
}
export const POSTGRES_BIN = postgresBin();

/** initdb refuses root: as root, the clusters run as the postgres user through runuser. */
const clustersPossible = !!POSTGRES_BIN && (process.getuid?.() !== 0 || fs.existsSync('/usr/sbin/runuser'));

const NEEDS = {
  'a real PostgreSQL (DATABASE_URL)': () => !!process.env.DATABASE_URL,
  nginx: () => !!NGINX,
  'PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup)': () => clustersPossible,
} as const;

/**
 * The files among `needs` this machine cannot run, to leave out of the run: each with what it
 * lacks, printed once. In CI nothing may be left out: it throws instead.
 */
export function filesToLeaveOut(needs: Record<string, (keyof typeof NEEDS)[]>, runner: string): string[] {
  const out: string[] = [];
  for (const [file, wanted] of Object.entries(needs)) {
    const missing = wanted.filter((need) => !NEEDS[need]());
    if (missing.length === 0) continue;
    if (process.env.CI) throw new Error(`${runner}: ${file} needs ${missing.join(' and ')}, which CI must provide (.ci/run installs them).`);
    console.warn(`[${runner}] not run here: ${file} (needs ${missing.join(' and ')})`);
    out.push(file);
  }
  return out;
}
