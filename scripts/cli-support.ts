// What the command-line loads share: their arguments, a migrated database (DATABASE_URL, or
// the embedded one in NORTHSTAR_DATA_DIR: stop `npm start` first), and a one-line failure.
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrate';
import { env, reloadEnv } from '@/lib/env';

/** `--name value` flags, bare `--switches`, and the positional arguments between them. */
export function parseArgs(args: string[], valueFlags: readonly string[]) {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const positional = args.filter((a, i) => !a.startsWith('--') && !valueFlags.includes(args[i - 1] ?? ''));
  return { flag, has: (name: string) => args.includes(name), positional };
}

/** Runs `work` with DATABASE_URL pointing at a migrated database, stopping an embedded one after. */
export async function withDatabase(work: () => Promise<void>): Promise<void> {
  let embedded: EmbeddedPostgres | undefined;
  let url = env().DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(path.resolve(env().NORTHSTAR_DATA_DIR), 'pglite') });
    url = embedded.url;
  }
  process.env.DATABASE_URL = url;
  // The settings were read before the embedded database existed: read them again.
  reloadEnv();
  try {
    await applyMigrations(url);
    await work();
    const { getDb } = await import('@/lib/db');
    await getDb().$disconnect();
  } finally {
    await embedded?.stop();
  }
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
