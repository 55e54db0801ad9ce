// The one place that reads process.env: every setting, validated once with zod.
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' }).optional(),
  // Read replicas for signed-in pages' reads, comma-separated postgres:// URLs (lib/db/index.ts).
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, { error: 'each must be a postgres:// URL' }))),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NORTHSTAR_DATA_DIR: z.string().min(1).default('.data'),
  // Unset: on with the embedded database (the try-it-now path), off with DATABASE_URL.
  NORTHSTAR_DEMO: flag.optional(),
  NORTHSTAR_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Next.js's key for server-action ids and closures: one value on every instance (else a form
  // rendered by one instance fails on another). Next reads it itself; checked here at start.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((v) => [16, 24, 32].includes(Buffer.from(v, 'base64').length), { error: 'must be 16, 24 or 32 bytes in base64' })
    .optional(),
  // Behind a reverse proxy that sets X-Forwarded-For (and terminates TLS): the client address
  // sign-in throttling counts is the proxy's first entry. Off: nobody's header is believed.
  NORTHSTAR_TRUST_PROXY: flag.default(false),
  // A session ends after this many minutes (signing in again starts a new one).
  NORTHSTAR_SESSION_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(8 * 60),
  // Set by `npm start` when it serves the embedded database: one app process, nobody else writes.
  NORTHSTAR_EMBEDDED: flag.default(false),
  // How many app processes serve this database (behind a load balancer): more than one needs
  // the shared keys every instance must agree on (see `npm start`).
  NORTHSTAR_INSTANCES: z.coerce.number().int().min(1).max(1000).default(1),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/**
 * Demo mode: the demo plans and accounts load into an empty database, and demo accounts
 * (whose password is published) may sign in. On by default only with the embedded database;
 * a real deployment (DATABASE_URL) must ask for it with NORTHSTAR_DEMO=1. `npm start` passes
 * its decision on to the app explicitly, since the app always sees a DATABASE_URL.
 */
export function demoMode(settings: Pick<Env, 'NORTHSTAR_DEMO' | 'DATABASE_URL'> = env()): boolean {
  return settings.NORTHSTAR_DEMO ?? !settings.DATABASE_URL;
}

/** Forgets the parsed settings, after process.env changed (a CLI that started its own database, a test). */
export function reloadEnv(): void {
  cached = undefined;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.');
  return url;
}

/** The app's public address, for absolute links in shared-page metadata (OpenGraph, canonical). */
export function publicBaseUrl(): URL {
  const settings = env();
  return new URL(settings.NEXTAUTH_URL ?? `http://localhost:${settings.PORT}`);
}

/** The app is reached over https (its NEXTAUTH_URL): HSTS, Secure cookies, no http subresources. */
export function servedOverHttps(): boolean {
  return publicBaseUrl().protocol === 'https:';
}
