// `npm run db:generate`: runs `prisma generate`. Prisma's CLI insists on a schema engine
// binary it cannot download here, but generate never runs it, so any existing file will do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = path.join(root, 'node_modules', '.cache', 'northstar', 'schema-engine-placeholder');
  if (!fs.existsSync(placeholder)) {
    fs.mkdirSync(path.dirname(placeholder), { recursive: true });
    // Fails loudly should any command ever try to run it as the engine.
    fs.writeFileSync(placeholder, '#!/bin/sh\necho "No native Prisma schema engine here: use npm run db:migrate / db:migration" >&2\nexit 1\n', {
      mode: 0o755,
    });
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
const prisma = path.join(root, 'node_modules', '.bin', 'prisma');
const result = spawnSync(prisma, ['generate', ...process.argv.slice(2)], { stdio: 'inherit', env, cwd: root });
if (result.error) console.error(`Could not run ${prisma}: ${result.error.message}`);
process.exit(result.status ?? 1);
