// Where `npm start` leaves the first-run setup link for the operator (and the browser tests):
// <NORTHSTAR_DATA_DIR>/setup-link, readable by its owner only, and removed as soon as it is
// stale — at the next start, or once the setup is done. Plain module: the start script runs it.
import fs from 'node:fs';
import path from 'node:path';

export function setupLinkPath(dataDir: string): string {
  return path.join(dataDir, 'setup-link');
}

export function writeSetupLink(dataDir: string, link: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = setupLinkPath(dataDir);
  // Removed first: the mode given applies only to a file being created.
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, `${link}\n`, { mode: 0o600 });
}

export function removeSetupLink(dataDir: string): void {
  fs.rmSync(setupLinkPath(dataDir), { force: true });
}
