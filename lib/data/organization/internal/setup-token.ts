// The first-run setup token: while no organization exists and demo mode is off, `npm start`
// issues one and prints the setup link. A new start replaces any unused token, so only the
// link most recently printed works. Plain module: the start script runs it.
import type { Db } from '@/lib/db/client';
import { hashToken, newToken } from '@/lib/tokens';

export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export async function issueSetupToken(db: Db, now = new Date()): Promise<string> {
  const token = newToken();
  await db.$transaction(async (tx) => {
    await tx.setupToken.deleteMany({ where: { usedAt: null } });
    await tx.setupToken.create({ data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + SETUP_TOKEN_TTL_MS) } });
  });
  return token;
}
