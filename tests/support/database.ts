// Runs before each integration test file: gives the file a fresh, seeded database of
// its own and points the app's data layer at it through DATABASE_URL.
import crypto from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { createPrismaClient, type Db } from '../../lib/db/client';
import { startEmbeddedPostgres } from '../../lib/db/embedded-postgres';
import { applyMigrations } from '../../lib/db/migrate';
import { seedDemo } from '../../lib/seed/demo';
import { adminQuery, withDatabase } from './global-setup';

const templateUrl = inject('templateDatabaseUrl');

if (templateUrl) {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = template.replace(/_template$/, `_${crypto.randomBytes(4).toString('hex')}`);
  await adminQuery(templateUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  process.env.DATABASE_URL = withDatabase(templateUrl, name);
  afterAll(async () => {
    await disconnectAppDb();
    await adminQuery(templateUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
} else {
  const embedded = await startEmbeddedPostgres();
  await applyMigrations(embedded.url);
  const db = createPrismaClient(embedded.url, 2);
  await seedDemo(db);
  await db.$disconnect();
  process.env.DATABASE_URL = embedded.url;
  afterAll(async () => {
    await disconnectAppDb();
    await embedded.stop();
  });
}

async function disconnectAppDb() {
  const holder = globalThis as unknown as { northstarDb?: Db };
  await holder.northstarDb?.$disconnect();
  holder.northstarDb = undefined;
}
