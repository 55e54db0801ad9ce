// `npm run db:generate`: runs `prisma generate`. Prisma's CLI insists on a schema engine
// binary it cannot download here; generate never runs it, so any existing file will do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.join(root, 'node_modules', '.cache', 'northstar', 'schema-engine-placeholder');
  fs.mkdirSync(path.dirname(placeholder), { recursive: true });
  if (!fs.existsSync(placeholder)) fs.writeFileSync(placeholder, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['generate'], { stdio: 'inherit', env, cwd: root });
process.exit(result.status ?? 1);
