// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter: it
// writes migration SQL where the native engine cannot be downloaded. Its API is internal to
// Prisma, so the package is pinned exactly and every use of it stays in this file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { migrationFolderNames } from '../../lib/db/migrate';

export interface SchemaFile {
  path: string;
  content: string;
}

let loaded = false;
let lastPanic: string | undefined;

function loadWasm() {
  if (loaded) return;
  // The engine reports a Rust panic here just before it aborts with a bare "unreachable",
  // sometimes from a callback where no caller can catch it: print the reason right away.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => {
      lastPanic = message;
      console.error(`Prisma schema engine panicked: ${message}`);
    },
  };
  // The package's entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node
  // cannot do; instantiate the module by hand exactly as that entry would.
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(wasmModule, {
    './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  loaded = true;
}

/** The slice of @prisma/adapter-pg's queryables (adapter and transactions) patched below. */
interface PgQueryable {
  performIO(query: object): Promise<pg.QueryResult>;
  queryRaw(query: object): Promise<{ columnTypes: number[] }>;
  startTransaction?: (...args: unknown[]) => Promise<PgQueryable>;
}

/**
 * The engine reads pg_constraint.contype and similar columns of PostgreSQL's one-byte `"char"`
 * type (OID 18) as characters, but @prisma/adapter-pg has no mapping for that type and fails
 * ("Column type 'char' could not be deserialized"). Such columns are passed through as text
 * and then declared Character, the type the engine asks for; their values are one-letter strings.
 * The introspection query result is paired with its columns by the query object both calls share.
 */
function readCharColumns<T extends PgQueryable>(queryable: T): T {
  const charColumns = new WeakMap<object, number[]>();
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const columns = result.fields.flatMap((field, i) => (field.dataTypeID === 18 ? [i] : []));
    if (columns.length > 0) {
      charColumns.set(query, columns);
      for (const i of columns) result.fields[i]!.dataTypeID = 25;
    }
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) queryable.startTransaction = async (...args) => readCharColumns(await startTransaction(...args));
  return queryable;
}

function adapterFactory(pool: pg.Pool) {
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => readCharColumns((await connect()) as unknown as PgQueryable) as never;
  return bindMigrationAwareSqlAdapterFactory(factory);
}

const noFilters = { externalTables: [], externalEnums: [] };

async function withEngine<T>(
  connectionString: string,
  schemaFiles: SchemaFile[],
  run: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  loadWasm();
  lastPanic = undefined;
  const pool = new pg.Pool({ connectionString, max: 2 });
  try {
    const adapter = adapterFactory(pool);
    const datamodels = schemaFiles.map((f): [string, string] => [f.path, f.content]);
    const engine = await bindings.SchemaEngine.new({ datamodels }, () => {}, adapter);
    try {
      return await run(engine);
    } catch (error) {
      if (lastPanic) throw new Error(`The schema engine panicked: ${lastPanic}`, { cause: error });
      throw error;
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

/**
 * The SQL script that takes the live database at `connectionString` to the Prisma schema.
 * Reads the database itself (never a shadow database), so it is right for any migration
 * history, and for an empty database it leaves out the `CREATE SCHEMA "public"` that a diff
 * from nothing would add.
 */
export async function diffToSchema(connectionString: string, schemaFiles: SchemaFile[], configDir: string): Promise<string> {
  return withEngine(connectionString, schemaFiles, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files: schemaFiles, configDir },
      to: { tag: 'schemaDatamodel', files: schemaFiles },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = result.stdout ?? '';
    // The engine qualifies some names it read back from the database (`DROP TYPE "public"."X_old"`
    // in an enum rewrite) while every other statement relies on the search_path; unqualified, the
    // script works in whatever schema the connection uses. Multi-schema models need the prefixes.
    const multiSchema = schemaFiles.some((f) => /^\s*schemas\s*=/m.test(f.content));
    return multiSchema ? sql : sql.replaceAll(/"public"\.(?=")/g, '');
  });
}

export interface MigrationHistoryStatus {
  editedMigrationNames: string[];
  failedMigrationNames: string[];
  /** Names in the folder that the database has not applied (Prisma's "database is behind"). */
  unappliedMigrationNames: string[];
  /** null when folder and database agree; otherwise Prisma's diagnostic name. */
  diagnostic: string | null;
}

/**
 * What Prisma Migrate itself concludes about the database's _prisma_migrations history against
 * a migrations folder: the same checks `prisma migrate deploy` / `migrate status` make.
 */
export async function migrationHistoryStatus(
  connectionString: string,
  migrationsDir: string,
  schemaFiles: SchemaFile[],
): Promise<MigrationHistoryStatus> {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const migrationsList = {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: migrationFolderNames(migrationsDir).map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const content = fs.existsSync(file)
        ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
        : { tag: 'error' as const, value: `${file} does not exist` };
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  };
  return withEngine(connectionString, schemaFiles, async (engine) => {
    const result = await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters });
    const history = result.history;
    return {
      editedMigrationNames: result.editedMigrationNames,
      failedMigrationNames: result.failedMigrationNames,
      unappliedMigrationNames: history && 'unappliedMigrationNames' in history ? history.unappliedMigrationNames : [],
      diagnostic: history?.diagnostic ?? null,
    };
  });
}

/** True for a script with nothing but comments, such as the engine's "-- This is an empty migration.". */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}
