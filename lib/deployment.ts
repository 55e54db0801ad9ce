// What a deployment must set itself before `npm start` serves it. Pure.
import type { Env } from '@/lib/env';

const MAKE_A_KEY = 'Make one with `openssl rand -base64 32` and give every instance the same value.';

/**
 * The settings a deployment must choose itself. A real deployment (a database server, demo off)
 * signs sessions with its own NEXTAUTH_SECRET: a key generated into one machine's data directory
 * would sign everyone out on a move and reject sessions made by another instance. Several
 * instances (NORTHSTAR_INSTANCES > 1) also share NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, so a form
 * rendered by one posts to another. Returns what is missing, in words.
 */
export function missingDeploymentSettings(
  settings: Pick<Env, 'NEXTAUTH_SECRET' | 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY' | 'DATABASE_URL' | 'NORTHSTAR_INSTANCES'>,
  { demo, production }: { demo: boolean; production: boolean },
): string[] {
  const missing: string[] = [];
  const several = settings.NORTHSTAR_INSTANCES > 1;
  if (!settings.NEXTAUTH_SECRET && (several || (production && settings.DATABASE_URL && !demo))) {
    missing.push(`NEXTAUTH_SECRET is not set: it signs the session cookies. ${MAKE_A_KEY}`);
  }
  if (several && !settings.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
    missing.push(
      `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set, and NORTHSTAR_INSTANCES=${settings.NORTHSTAR_INSTANCES}: every instance must encrypt server actions with the same key. ${MAKE_A_KEY}`,
    );
  }
  return missing;
}
