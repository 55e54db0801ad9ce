// Sign-in that resists attack: throttling per account and per client address (in the database,
// so every instance counts the same failures), argon2id with bcrypt hashes replaced at sign-in,
// and sessions that end when the account signs out, is deactivated or changes role.
import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/passwords';
import { verifyCredentials } from '@/lib/auth/options';
import { endSessions, sessionIsCurrent } from '@/lib/auth/sessions';
import { lockDurationMs, THROTTLE, throttleKey } from '@/lib/auth/throttle';
import { loadActor } from '@/lib/data/current-user';
import { listUsers, unlockUser, updateUser } from '@/lib/data/organization/users';
import { refusal } from '../support/fixtures';
import { getDb } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { SIGN_IN_LOCKED } from '@/lib/errors';

const db = () => getDb();
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

async function makeUser(email: string, password: string, hash?: string) {
  const org = await db().organization.findFirstOrThrow({ where: { slug: 'lacoe' } });
  return db().user.create({
    data: { organizationId: org.id, email, name: email.split('@')[0]!, role: 'STAFF', passwordHash: hash ?? (await hashPassword(password)), divisionId: null },
  });
}

async function auditActions(userId: string) {
  const events = await db().auditEvent.findMany({ where: { entityId: userId, action: { startsWith: 'auth.' } }, orderBy: { createdAt: 'asc' } });
  return events.map((e) => e.action);
}

afterEach(() => {
  delete process.env.NORTHSTAR_TRUST_PROXY;
  reloadEnv();
});

describe('throttling', () => {
  it('locks an account after five failures, for twice as long each time, and a success clears it', async () => {
    const user = await makeUser('throttled@example.org', 'a-long-good-password');
    const t0 = new Date('2026-12-04T10:00:00Z');
    const wrong = { email: 'throttled@example.org', password: 'not-the-password' };
    for (let i = 0; i < THROTTLE.freeFailures.account - 1; i++) expect(await verifyCredentials(wrong, { now: at(t0, i) })).toBeNull();
    // The fifth failure locks the account for 30 seconds: even the right password is refused then.
    expect(await verifyCredentials(wrong, { now: at(t0, 10) })).toBeNull();
    const right = { email: 'Throttled@Example.org', password: 'a-long-good-password' };
    await expect(verifyCredentials(right, { now: at(t0, 20_000) })).rejects.toThrow(SIGN_IN_LOCKED);
    // After the lock a further failure locks it for a minute.
    expect(await verifyCredentials(wrong, { now: at(t0, 31_000) })).toBeNull();
    await expect(verifyCredentials(right, { now: at(t0, 31_000 + 59_000) })).rejects.toThrow(SIGN_IN_LOCKED);
    expect(await verifyCredentials(right, { now: at(t0, 31_000 + 61_000) })).toMatchObject({ id: user.id });
    expect(await db().signInThrottle.findUnique({ where: { key: throttleKey.account(user.email) } })).toBeNull();
    expect(await auditActions(user.id)).toEqual([
      ...Array(5).fill('auth.signin.failure'),
      'auth.lockout',
      'auth.signin.refused',
      'auth.signin.failure',
      'auth.lockout',
      'auth.signin.refused',
      'auth.signin.success',
    ]);
  });

  it('grows the lock up to 15 minutes', () => {
    expect([4, 5, 6, 7, 9, 10, 30].map((n) => lockDurationMs(n, 'account') / 1000)).toEqual([0, 30, 60, 120, 480, 900, 900]);
    expect(lockDurationMs(19, 'address')).toBe(0);
  });

  it('counts an unknown email like a known one, so a lock says nothing about who has an account', async () => {
    const t0 = new Date('2026-12-04T11:00:00Z');
    const guess = { email: 'nobody-here@example.org', password: 'whatever-123' };
    for (let i = 0; i < 5; i++) expect(await verifyCredentials(guess, { now: at(t0, i) })).toBeNull();
    await expect(verifyCredentials(guess, { now: at(t0, 100) })).rejects.toThrow(SIGN_IN_LOCKED);
  });

  it('locks a client address spraying many accounts, when a trusted proxy names it', async () => {
    process.env.NORTHSTAR_TRUST_PROXY = '1';
    reloadEnv();
    const user = await makeUser('sprayed@example.org', 'another-good-password');
    const t0 = new Date('2026-12-04T12:00:00Z');
    for (let i = 0; i < THROTTLE.freeFailures.address; i++) {
      expect(await verifyCredentials({ email: `target${i}@example.org`, password: 'Winter2026!' }, { now: at(t0, i), address: '203.0.113.9' })).toBeNull();
    }
    const right = { email: 'sprayed@example.org', password: 'another-good-password' };
    await expect(verifyCredentials(right, { now: at(t0, 1000), address: '203.0.113.9' })).rejects.toThrow(SIGN_IN_LOCKED);
    // The same person from another address is not held up.
    expect(await verifyCredentials(right, { now: at(t0, 1000), address: '198.51.100.7' })).toMatchObject({ id: user.id });
  });

  it('counts failures from two instances at once without losing one', async () => {
    await makeUser('concurrent@example.org', 'yet-another-password');
    const t0 = new Date('2026-12-04T13:00:00Z');
    const wrong = { email: 'concurrent@example.org', password: 'nope-nope-nope' };
    await Promise.all([0, 1, 2, 3].map((i) => verifyCredentials(wrong, { now: at(t0, i) })));
    const row = await db().signInThrottle.findUniqueOrThrow({ where: { key: throttleKey.account('concurrent@example.org') } });
    expect(row.failures).toBe(4);
  });
});

describe('password hashes', () => {
  it('stores argon2id and reads the whole password, however long', async () => {
    const long = 'correct horse battery staple '.repeat(4).slice(0, 100);
    const user = await makeUser('long@example.org', long);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials({ email: 'long@example.org', password: long })).toMatchObject({ id: user.id });
    expect(await verifyCredentials({ email: 'long@example.org', password: `${long.slice(0, 72)}anything else` })).toBeNull();
  });

  it('replaces a bcrypt hash with argon2id at the next sign-in, and refuses what bcrypt would have truncated', async () => {
    const long = 'x1y2z3'.repeat(15);
    const user = await makeUser('legacy@example.org', long, await bcrypt.hash(long, 4));
    expect(await verifyCredentials({ email: 'legacy@example.org', password: `${long.slice(0, 72)}-different-tail` })).toBeNull();
    expect(await verifyCredentials({ email: 'legacy@example.org', password: long })).toBeNull(); // > 72 bytes: bcrypt cannot have checked it all

    const short = await makeUser('legacy-short@example.org', 'a-legacy-password', await bcrypt.hash('a-legacy-password', 4));
    expect(await verifyCredentials({ email: 'legacy-short@example.org', password: 'a-legacy-password' })).toMatchObject({ id: short.id });
    const after = await db().user.findUniqueOrThrow({ where: { id: short.id }, select: { passwordHash: true } });
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials({ email: 'legacy-short@example.org', password: 'a-legacy-password' })).toMatchObject({ id: short.id });
    expect(user.id).toBeTruthy();
  });
});

describe('sessions that end', () => {
  it('ends every session of an account that signed out, was deactivated or changed role', async () => {
    const staff = await makeUser('sessions@example.org', 'session-password-1');
    const signedIn = await verifyCredentials({ email: 'sessions@example.org', password: 'session-password-1' });
    const token = { sub: staff.id, sv: signedIn!.sessionVersion };
    expect(await sessionIsCurrent(token)).toBe(true);

    await endSessions(db(), staff.id); // signing out
    expect(await sessionIsCurrent(token)).toBe(false);

    const fresh = { sub: staff.id, sv: (await verifyCredentials({ email: 'sessions@example.org', password: 'session-password-1' }))!.sessionVersion };
    expect(await sessionIsCurrent(fresh)).toBe(true);
    const admin = (await loadActor((await db().user.findUniqueOrThrow({ where: { email: 'admin@example.org' } })).id))!;
    const division = await db().division.findFirstOrThrow({ where: { organizationId: admin.organizationId } });
    await updateUser(admin, { userId: staff.id, role: 'LEAD', divisionId: division.id, active: true });
    expect(await sessionIsCurrent(fresh)).toBe(false);

    const lead = { sub: staff.id, sv: (await verifyCredentials({ email: 'sessions@example.org', password: 'session-password-1' }))!.sessionVersion };
    // Saving the same role and division again changes nothing, so the session goes on.
    await updateUser(admin, { userId: staff.id, role: 'LEAD', divisionId: division.id, active: true });
    expect(await sessionIsCurrent(lead)).toBe(true);
    await updateUser(admin, { userId: staff.id, role: 'LEAD', divisionId: division.id, active: false });
    expect(await sessionIsCurrent(lead)).toBe(false);
    expect(await sessionIsCurrent({ sub: staff.id, sv: (await db().user.findUniqueOrThrow({ where: { id: staff.id } })).sessionVersion })).toBe(false);
  });
});

describe('an administrator unlocking an account', () => {
  it('sees the lock and the last sign-in, unlocks it with an audit event, and only in their own organization', async () => {
    const locked = await makeUser('locked-out@example.org', 'locked-out-password');
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: 'locked-out@example.org', password: 'wrong-wrong' }, { now: t0 });
    const admin = (await loadActor((await db().user.findUniqueOrThrow({ where: { email: 'admin@example.org' } })).id))!;
    const row = (await listUsers(admin)).users.find((u) => u.id === locked.id)!;
    expect(row).toMatchObject({ failedSignIns: 5, lastSignInAt: null });
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(t0.getTime());

    // Another organization's administrator does not find the account; a division lead may not unlock.
    const other = (await loadActor((await db().user.findUniqueOrThrow({ where: { email: 'admin@smcoe.example.org' } })).id))!;
    expect((await refusal(unlockUser(other, { userId: locked.id }))).code).toBe('NOT_FOUND');
    const lead = (await loadActor((await db().user.findUniqueOrThrow({ where: { email: 'lead@example.org' } })).id))!;
    expect((await refusal(unlockUser(lead, { userId: locked.id }))).code).toBe('FORBIDDEN');
    expect((await refusal(unlockUser(admin, { userId: '' }))).code).toBe('VALIDATION');
    expect(await db().signInThrottle.count({ where: { key: throttleKey.account(locked.email) } })).toBe(1);

    await unlockUser(admin, { userId: locked.id });
    expect(await verifyCredentials({ email: 'locked-out@example.org', password: 'locked-out-password' })).toMatchObject({ id: locked.id });
    const event = await db().auditEvent.findFirstOrThrow({ where: { entityId: locked.id, action: 'user.unlock' } });
    expect(event).toMatchObject({ actorId: admin.id, before: { failedSignIns: 5 }, after: { failedSignIns: 0, lockedUntil: null } });
    expect((await listUsers(admin)).users.find((u) => u.id === locked.id)).toMatchObject({ lockedUntil: null, failedSignIns: 0 });
    expect((await listUsers(admin)).users.find((u) => u.id === locked.id)!.lastSignInAt).not.toBeNull();
  });
});
