// Sign-in throttling, per account and per client address, kept in PostgreSQL so that every app
// instance counts the same failures. After a few free failures each further one locks the key
// for twice as long as the one before (30 s, 1 min, 2 min … up to 15 min); a success clears the
// account's count, a day without failures forgets it, and an administrator can unlock.
import 'server-only';
import type { Db } from '@/lib/db/client';

export const THROTTLE = {
  /** Failures allowed before the first lock: an account, and one client address (many people share a school's). */
  freeFailures: { account: 5, address: 20 },
  firstLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
} as const;

export type ThrottleKind = keyof typeof THROTTLE.freeFailures;

export const throttleKey = {
  account: (email: string) => `account:${email.trim().toLowerCase()}`,
  address: (address: string) => `address:${address}`,
};

const kindOf = (key: string): ThrottleKind => (key.startsWith('address:') ? 'address' : 'account');

/** How long a key stays locked after its n-th failure in a row (0: not locked). Pure. */
export function lockDurationMs(failures: number, kind: ThrottleKind): number {
  const over = failures - THROTTLE.freeFailures[kind];
  if (over < 0) return 0;
  return Math.min(THROTTLE.maxLockMs, THROTTLE.firstLockMs * 2 ** over);
}

/** The latest moment any of the keys is locked until, or null when none is locked now. */
export async function lockedUntil(db: Db, keys: string[], now: Date): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

/**
 * Counts one failure against each key, atomically (two instances failing at once both count),
 * and locks the keys past their free failures. Returns the account's new lock, if this failure
 * started one.
 */
export async function recordFailure(db: Db, keys: string[], now: Date): Promise<{ locked: Date | null; failures: number }> {
  const forgetBefore = new Date(now.getTime() - THROTTLE.forgetAfterMs);
  let result: { locked: Date | null; failures: number } = { locked: null, failures: 0 };
  for (const key of keys) {
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt", "updatedAt")
      VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."lastFailureAt" < ${forgetBefore} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "lastFailureAt" = ${now},
        "updatedAt" = ${now}
      RETURNING "failures"`;
    const failures = row?.failures ?? 1;
    const lockMs = lockDurationMs(failures, kindOf(key));
    const locked = lockMs > 0 ? new Date(now.getTime() + lockMs) : null;
    if (locked) await db.signInThrottle.update({ where: { key }, data: { lockedUntil: locked } });
    if (kindOf(key) === 'account') result = { locked, failures };
  }
  return result;
}

/** Forgets a key's failures (a successful sign-in, an administrator's unlock). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
