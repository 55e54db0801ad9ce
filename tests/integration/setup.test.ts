// First-run setup: on a database with no organization, the holder of the one-time token that
// `npm start` printed creates the organization (with its All students group) and its first
// administrator, in one transaction. A wrong, expired or used token, bad input, or an
// organization that already exists is refused, and nothing is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { completeSetup, SETUP_DONE, SETUP_LINK_INVALID, setupIsOpen, setupTokenIsValid } from '@/lib/data/organization/setup';
import { getDb } from '@/lib/db';
import { issueSetupToken } from '@/lib/data/organization/internal/setup-token';
import { reloadEnv } from '@/lib/env';
import { setupLinkPath, writeSetupLink } from '@/lib/setup-link';
import { refusal, tableSnapshot } from '../support/fixtures';

const PASSWORD = 'riverside-plans-2030';
let usedToken = '';
const form = (token: string, change: Record<string, string> = {}) => ({
  token,
  name: 'Riverside Unified School District',
  slug: 'riverside-usd',
  timeZone: 'America/Denver',
  adminName: 'Rosa Díaz',
  email: 'Rosa.Diaz@Riverside.example.org',
  password: PASSWORD,
  confirmPassword: PASSWORD,
  ...change,
});

const snapshot = () => tableSnapshot('organization', 'user', 'studentGroup', 'setupToken', 'auditEvent');

beforeAll(async () => {
  // This file's own copy of the demo database, emptied: a first start with demo mode off.
  await getDb().organization.deleteMany({});
});

describe('first-run setup', () => {
  it('is open while no organization exists, and the page checks the token it was given', async () => {
    expect(await setupIsOpen()).toBe(true);
    const token = await issueSetupToken(getDb());
    expect(await setupTokenIsValid(token)).toBe(true);
    expect(await setupTokenIsValid('wrong')).toBe(false);
    expect(await setupTokenIsValid(undefined)).toBe(false);
  });

  it('a wrong token is refused and writes nothing', async () => {
    await issueSetupToken(getDb());
    const before = await snapshot();
    const error = await refusal(completeSetup(form('not-the-token')));
    expect(error).toMatchObject({ code: 'LINK_INVALID', message: SETUP_LINK_INVALID });
    expect(await snapshot()).toBe(before);
  });

  it('an expired token is refused and writes nothing', async () => {
    const token = await issueSetupToken(getDb(), new Date(Date.now() - 25 * 60 * 60 * 1000));
    expect(await setupTokenIsValid(token)).toBe(false);
    const before = await snapshot();
    expect((await refusal(completeSetup(form(token)))).code).toBe('LINK_INVALID');
    expect(await snapshot()).toBe(before);
  });

  it('a token replaced by a newer start no longer works', async () => {
    const old = await issueSetupToken(getDb());
    await issueSetupToken(getDb());
    const before = await snapshot();
    expect((await refusal(completeSetup(form(old)))).code).toBe('LINK_INVALID');
    expect(await snapshot()).toBe(before);
  });

  it.each([
    [{ password: 'short', confirmPassword: 'short' }, 'password', 'Use at least 12 characters.'],
    [{ password: 'password1234', confirmPassword: 'password1234' }, 'password', 'That password is too common; choose another.'],
    [{ password: 'rosa.diaz-2030!', confirmPassword: 'rosa.diaz-2030!' }, 'password', 'Do not use your email address in the password.'],
    [{ confirmPassword: 'riverside-plans-2031' }, 'confirmPassword', 'The two passwords differ: type the same password twice.'],
    [{ slug: 'Riverside USD!' }, 'slug', 'Use lowercase letters, digits and hyphens only, such as riverside-usd.'],
    [{ slug: 'admin' }, 'slug', 'That address is reserved; choose another.'],
    [{ name: ' ' }, 'name', 'Enter the organization’s name.'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'Choose a time zone from the list, such as America/Los_Angeles.'],
    [{ email: 'rosa' }, 'email', 'Enter an email address, such as name@district.org.'],
    [{ adminName: '' }, 'adminName', 'Enter the person’s name.'],
  ])('refuses %j with a message beside %s, writing nothing', async (change, field, message) => {
    const token = await issueSetupToken(getDb());
    const before = await snapshot();
    const error = await refusal(completeSetup(form(token, change)));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await snapshot()).toBe(before);
    expect(await setupTokenIsValid(token)).toBe(true);
  });

  it('the right token creates the organization, its All students group and its administrator, once', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-setup-'));
    const previousDataDir = process.env.NORTHSTAR_DATA_DIR;
    process.env.NORTHSTAR_DATA_DIR = dataDir;
    reloadEnv();
    try {
      const token = (usedToken = await issueSetupToken(getDb()));
      writeSetupLink(dataDir, `http://localhost:3000/setup?token=${token}`);
      expect((fs.statSync(setupLinkPath(dataDir)).mode & 0o777).toString(8)).toBe('600');
      // Two submissions at once (a double click): one sets up, the other finds the token used.
      const results = await Promise.allSettled([completeSetup(form(token)), completeSetup(form(token))]);
      expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as { code: string }).code)).sort()).toEqual(['LINK_INVALID', 'ok']);
      expect(results.find((r) => r.status === 'fulfilled')).toMatchObject({ value: { organizationSlug: 'riverside-usd', email: 'rosa.diaz@riverside.example.org' } });
      // The link `npm start` left for the operator is spent, so it is gone.
      expect(fs.existsSync(setupLinkPath(dataDir))).toBe(false);
    } finally {
      if (previousDataDir === undefined) delete process.env.NORTHSTAR_DATA_DIR;
      else process.env.NORTHSTAR_DATA_DIR = previousDataDir;
      reloadEnv();
    }

    const db = getDb();
    const orgs = await db.organization.findMany({ include: { studentGroups: true, users: true } });
    expect(orgs).toHaveLength(1);
    const org = orgs[0]!;
    expect(org).toMatchObject({ slug: 'riverside-usd', name: 'Riverside Unified School District', timeZone: 'America/Denver' });
    expect(org.studentGroups.map((g) => [g.code, g.name, g.isAll])).toEqual([['ALL', 'All students', true]]);
    expect(org.users.map((u) => [u.email, u.name, u.role, u.divisionId, u.active, u.isDemo])).toEqual([
      ['rosa.diaz@riverside.example.org', 'Rosa Díaz', 'ADMIN', null, true, false],
    ]);
    const admin = org.users[0]!;
    const hash = (await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { passwordHash: true } })).passwordHash!;
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials({ email: 'rosa.diaz@riverside.example.org', password: PASSWORD })).toMatchObject({ id: admin.id });
    const audit = await db.auditEvent.findMany({ orderBy: { action: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId, a.organizationId])).toEqual([
      ['auth.signin.success', admin.id, org.id],
      ['organization.create', admin.id, org.id],
      ['user.create', admin.id, org.id],
    ]);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    expect(await db.setupToken.count({ where: { usedAt: { not: null } } })).toBe(1);
    expect(await setupIsOpen()).toBe(false);
  });

  it('once an organization exists, setup is refused even with a fresh token, and nothing is written', async () => {
    const token = await issueSetupToken(getDb());
    const before = await snapshot();
    const error = await refusal(completeSetup(form(token, { slug: 'second-district', email: 'other@example.org' })));
    expect(error).toMatchObject({ code: 'INVALID_STATE', message: SETUP_DONE });
    expect(await snapshot()).toBe(before);
  });

  it('the used token is refused again, even for a different address, and nothing is written', async () => {
    const before = await snapshot();
    expect((await refusal(completeSetup(form(usedToken, { slug: 'riverside-again' })))).code).toBe('LINK_INVALID');
    expect(await setupTokenIsValid(usedToken)).toBe(false);
    expect(await snapshot()).toBe(before);
  });
});

describe('an empty address', () => {
  it('is made from the organization name', async () => {
    await getDb().organization.deleteMany({});
    const token = await issueSetupToken(getDb());
    const done = await completeSetup(form(token, { slug: '', name: 'Distrito Escolar Unificado de Álamo' }));
    expect(done.organizationSlug).toBe('distrito-escolar-unificado-de-alamo');
  });
});
