// Bulk loading for the benches: rows streamed into PostgreSQL with COPY … FROM STDIN (text
// format), and a table's indexes and foreign keys set aside during a load and restored,
// exactly as the migrations defined them, afterwards.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Cell } from './county-data';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** COPY's text format: backslash escapes for the separators, \N for null. */
function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : text;
}

function arrayLiteral(items: string[]): string {
  return `{${items.map((item) => `"${item.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

export function encodeCell(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeText(arrayLiteral(value));
}

function* encodeRows(rows: Iterable<Cell[]>, counter: { rows: number }): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + encodeCell(row[i]!);
    chunk += `${line}\n`;
    counter.rows++;
    if (chunk.length > 1 << 18) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Streams rows into a table with one COPY; returns how many rows went in. */
export async function copyInto(client: pg.Client, table: string, columns: readonly string[], rows: Iterable<Cell[]>): Promise<number> {
  const counter = { rows: 0 };
  const sql = `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`;
  await pipeline(Readable.from(encodeRows(rows, counter)), client.query(copyFrom(sql)));
  return counter.rows;
}

/** Rows given as objects, all with the same keys (the first row's). */
export async function copyObjects(client: pg.Client, table: string, rows: Record<string, Cell>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  return copyInto(client, table, columns, (function* () {
    for (const row of rows) yield columns.map((c) => row[c]!);
  })());
}

export interface SetAside {
  /** Statements that put everything back, in order: indexes (parallel-safe), then constraints. */
  indexes: string[];
  constraints: string[];
}

/**
 * Drops a table's primary key, other indexes and outgoing foreign keys, returning the
 * statements that recreate them as the migrations defined them (pg_get_indexdef and
 * pg_get_constraintdef), so a bulk load writes the heap only and the keys are built and
 * checked once, afterwards.
 */
export async function setAsideKeys(client: pg.Client, table: string): Promise<SetAside> {
  const rel = quoteIdent(table);
  const { rows: constraints } = await client.query<{ name: string; type: string; def: string; index: string | null }>(
    `SELECT c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS def, i.relname AS index
       FROM pg_constraint c LEFT JOIN pg_class i ON i.oid = c.conindid AND c.contype = 'p'
      WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'f') ORDER BY c.contype DESC, c.conname`,
    [rel],
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT ic.relname AS name, pg_get_indexdef(x.indexrelid) AS def
       FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
      WHERE x.indrelid = $1::regclass AND NOT x.indisprimary ORDER BY ic.relname`,
    [rel],
  );
  const primary = constraints.find((c) => c.type === 'p');
  const restore: SetAside = { indexes: indexes.map((i) => i.def), constraints: [] };
  if (primary) {
    // The key's index is built with the others; the constraint then adopts it.
    const { rows } = await client.query<{ def: string }>(`SELECT pg_get_indexdef($1::regclass) AS def`, [quoteIdent(primary.index!)]);
    restore.indexes.unshift(rows[0]!.def.replace(/^CREATE INDEX/, 'CREATE UNIQUE INDEX'));
    restore.constraints.push(`ALTER TABLE ${rel} ADD CONSTRAINT ${quoteIdent(primary.name)} PRIMARY KEY USING INDEX ${quoteIdent(primary.index!)}`);
  }
  for (const c of constraints.filter((x) => x.type === 'f')) {
    restore.constraints.push(`ALTER TABLE ${rel} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.def}`);
    await client.query(`ALTER TABLE ${rel} DROP CONSTRAINT ${quoteIdent(c.name)}`);
  }
  if (primary) await client.query(`ALTER TABLE ${rel} DROP CONSTRAINT ${quoteIdent(primary.name)}`);
  for (const i of indexes) await client.query(`DROP INDEX ${quoteIdent(i.name)}`);
  return restore;
}

/** Rebuilds what `setAsideKeys` dropped: the indexes on `clients.length` connections at once, then the constraints. */
export async function restoreKeys(clients: pg.Client[], aside: SetAside): Promise<void> {
  const queue = [...aside.indexes];
  await Promise.all(
    clients.map(async (client) => {
      for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
    }),
  );
  for (const statement of aside.constraints) await clients[0]!.query(statement);
}
