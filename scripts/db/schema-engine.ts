// Prisma's schema engine compiled to WebAssembly, driven through the pg driver adapter:
// creates migration SQL where the native engine cannot be downloaded. Its API is internal
// to Prisma, so the package is pinned exactly and every use of it stays in this file.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

interface DiffResult {
  exitCode: number;
  stdout: string;
}

interface WasmSchemaEngine {
  diff(params: unknown): Promise<DiffResult>;
  free(): void;
}

let loaded = false;

function loadWasm() {
  if (loaded) return;
  // Node 20 cannot `import` a .wasm file, so instantiate it the way the package's own entry would.
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm')));
  const instance = new WebAssembly.Instance(wasmModule, {
    './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
  });
  (bindings as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  loaded = true;
}

export interface SchemaFile {
  path: string;
  content: string;
}

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * The SQL that takes a database shaped by `from` (a Prisma schema, or nothing) to `to`.
 * Both sides are datamodels, so no database is read: introspecting one through the
 * adapter fails on PostgreSQL's "char" columns in this engine build.
 */
export async function diffSchemas(connectionString: string, from: SchemaFile | null, to: SchemaFile): Promise<string> {
  loadWasm();
  // The engine connects (for the server version) even when it diffs two datamodels.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const { SchemaEngine } = bindings as unknown as {
    SchemaEngine: { new: (o: unknown, log: (m: string) => void, a: unknown) => Promise<WasmSchemaEngine> };
  };
  const engine = await SchemaEngine.new({ datamodels: [[to.path, to.content]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: from ? { tag: 'schemaDatamodel', files: [from] } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [to] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout;
  } finally {
    engine.free();
  }
}
