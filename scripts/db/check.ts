// `npm run db:check`: lists the rows that break the database's invariants (lib/db/invariants.ts),
// each with the rule in words; exit code 1 when any does. Uses DATABASE_URL, or the embedded
// database in NORTHSTAR_DATA_DIR (stop `npm start` first). Changes nothing.
import pg from 'pg';
import { findViolations } from '@/lib/db/invariants';
import { runCli, withDatabase } from '../cli-support';

runCli(() =>
  withDatabase(async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const violations = await findViolations(async (sql) => (await client.query<{ id: string; detail: string }>(sql)).rows);
      if (violations.length === 0) {
        console.log('Every invariant holds.');
        return;
      }
      for (const { invariant, count, rows } of violations) {
        console.log(`${invariant.name}: ${count} row(s) break the rule that ${invariant.rule}`);
        for (const row of rows) console.log(`  ${row.id}: ${row.detail}`);
        if (count > rows.length) console.log(`  … and ${count - rows.length} more`);
      }
      process.exitCode = 1;
    } finally {
      await client.end();
    }
  }),
);
