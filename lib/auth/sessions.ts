// Sessions that end: the session token carries the account's session version; anything that
// must end the account's sessions (signing out, deactivation, a change of role or division)
// increments it, and every request compares.
import 'server-only';
import type { JWT } from 'next-auth/jwt';
import type { Tx } from '@/lib/db/client';
import { getDb } from '@/lib/db';
import { demoMode } from '@/lib/env';

export class SessionEnded extends Error {
  constructor() {
    super('The session has ended.');
    this.name = 'SessionEnded';
  }
}

/** Whether the token still opens the account: it exists, is active, and the token's version is its current one. */
export async function sessionIsCurrent(token: JWT): Promise<boolean> {
  if (!token.sub) return false;
  const user = await getDb().user.findUnique({ where: { id: token.sub }, select: { sessionVersion: true, active: true, isDemo: true } });
  if (!user || !user.active || (user.isDemo && !demoMode())) return false;
  return (token.sv ?? 0) === user.sessionVersion;
}

/** Ends every session of the account at its next request (in the caller's transaction when given one). */
export async function endSessions(db: Tx, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
