// Integration tests' database: with DATABASE_URL (real PostgreSQL), build one migrated
// and seeded template database per run; each test file then gets its own copy of it.
// Without DATABASE_URL, each test file starts its own in-memory embedded PostgreSQL.
import crypto from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPrismaClient } from '../../lib/db/client';
import { applyMigrations } from '../../lib/db/migrate';
import { seedDemo } from '../../lib/seed/demo';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string | null;
  }
}

export function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

export async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL;
  if (!base) {
    project.provide('templateDatabaseUrl', null);
    return;
  }
  const run = crypto.randomBytes(4).toString('hex');
  const template = `ns_test_${run}_template`;
  await adminQuery(base, `CREATE DATABASE "${template}"`);
  const templateUrl = withDatabase(base, template);
  await applyMigrations(templateUrl);
  const db = createPrismaClient(templateUrl, 2);
  await seedDemo(db);
  await db.$disconnect();
  project.provide('templateDatabaseUrl', templateUrl);

  return async () => {
    const { rows } = await adminQuery(
      base,
      `SELECT datname FROM pg_database WHERE datname LIKE 'ns_test_${run}_%'`,
    );
    for (const row of rows as { datname: string }[]) {
      await adminQuery(base, `DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    }
  };
}
