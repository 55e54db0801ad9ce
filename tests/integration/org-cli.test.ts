// The operator's commands, run as the operator would run them (child processes on this file's
// database): `org:create` makes an organization, its All students group and its first
// administrator with a one-time link; `user:invite` invites anyone into an existing one. The
// printed link then works; bad input exits 1 with the reasons and writes nothing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { acceptInvitation } from '@/lib/data/organization/invitations';
import { getDb } from '@/lib/db';
import { tableSnapshot } from '../support/fixtures';

const run = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', '--conditions=react-server', 'scripts/org-cli.ts', ...args], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_URL: 'https://plans.example.org' },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const linkIn = (stdout: string) => /https:\/\/plans\.example\.org\/invite\/([A-Za-z0-9_-]+)/.exec(stdout)?.[1];

const snapshot = () => tableSnapshot('organization', 'user', 'studentGroup', 'invitation', 'auditEvent');

describe('npm run org:create', () => {
  it('creates the organization and its first administrator, and prints a link that sets their password', async () => {
    const out = await cli(['create', '--slug', 'bayview-usd', '--name', 'Bayview Unified', '--admin-email', 'Chief@Bayview.example.org', '--admin-name', 'Dana Chief', '--time-zone', 'America/Chicago']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Created the organization bayview-usd and its administrator chief@bayview.example.org.');
    expect(out.stdout).toContain('valid 72 hours');
    const token = linkIn(out.stdout)!;
    expect(token).toHaveLength(43);

    const db = getDb();
    const org = await db.organization.findUniqueOrThrow({ where: { slug: 'bayview-usd' }, include: { studentGroups: true, users: { omit: { passwordHash: false } } } });
    expect(org).toMatchObject({ name: 'Bayview Unified', timeZone: 'America/Chicago' });
    expect(org.studentGroups.map((g) => g.code)).toEqual(['ALL']);
    expect(org.users.map((u) => [u.email, u.name, u.role, u.passwordHash])).toEqual([['chief@bayview.example.org', 'Dana Chief', 'ADMIN', null]]);
    const audit = await db.auditEvent.findMany({ where: { organizationId: org.id }, orderBy: { action: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['organization.create', null],
      ['user.invite', null],
    ]);

    await acceptInvitation({ token, email: 'chief@bayview.example.org', password: 'harbor-lights-2030', confirmPassword: 'harbor-lights-2030' });
    expect(await verifyCredentials({ email: 'chief@bayview.example.org', password: 'harbor-lights-2030' })).toMatchObject({ id: org.users[0]!.id });
  });

  it.each([
    [['--slug', 'Bad Slug!', '--name', 'Somewhere', '--admin-email', 'a@somewhere.example.org'], '--slug: Use lowercase letters, digits and hyphens only'],
    [['--slug', 'lacoe', '--name', 'Again', '--admin-email', 'a@again.example.org'], '--slug: An organization with the address "lacoe" already exists.'],
    [['--slug', 'somewhere', '--name', 'Somewhere', '--admin-email', 'lead@example.org'], '--admin-email: lead@example.org already has an account.'],
    [['--slug', 'somewhere', '--name', 'Somewhere'], '--admin-email: Enter an email address'],
    [['--slug', 'somewhere', '--name', 'Somewhere', '--admin-email', 'a@somewhere.example.org', '--time-zone', 'Nowhere/Else'], '--time-zone: Choose a time zone'],
  ])('refuses %j with exit 1 and writes nothing', async (args, message) => {
    const before = await snapshot();
    const out = await cli(['create', ...args]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('Nothing was written');
    expect(out.stderr).toContain(message);
    expect(out.stdout).not.toContain('/invite/');
    expect(await snapshot()).toBe(before);
  });
});

describe('npm run user:invite', () => {
  it('invites a division lead into an existing organization, by division code, with a working link', async () => {
    const out = await cli(['invite', '--org', 'lacoe', '--email', 'new.lead@example.org', '--role', 'lead', '--division', 'CIS', '--name', 'Noor Haddad']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Invited new.lead@example.org.');
    const db = getDb();
    const user = await db.user.findUniqueOrThrow({ where: { email: 'new.lead@example.org' }, include: { division: true, organization: true } });
    expect([user.name, user.role, user.division?.code, user.organization.slug]).toEqual(['Noor Haddad', 'LEAD', 'CIS', 'lacoe']);
    await acceptInvitation({ token: linkIn(out.stdout)!, email: 'new.lead@example.org', password: 'reading-garden-77', confirmPassword: 'reading-garden-77' });
    expect(await verifyCredentials({ email: 'new.lead@example.org', password: 'reading-garden-77' })).toMatchObject({ id: user.id });
  });

  it.each([
    [['--org', 'nowhere', '--email', 'x@example.org', '--role', 'STAFF'], '--org: No organization with the address "nowhere".'],
    [['--org', 'lacoe', '--email', 'x@example.org', '--role', 'STAFF', '--division', 'NOPE'], '--division: lacoe has no division "NOPE".'],
    [['--org', 'lacoe', '--email', 'x@example.org', '--role', 'STAFF'], '--division: Division leads and staff belong to a division: choose one.'],
    [['--org', 'lacoe', '--email', 'x@example.org', '--role', 'OWNER'], '--role: Choose a role: ADMIN, CABINET, LEAD or STAFF.'],
    [['--org', 'lacoe', '--email', 'cabinet@example.org', '--role', 'CABINET'], '--email: cabinet@example.org already has an account.'],
  ])('refuses %j with exit 1 and writes nothing', async (args, message) => {
    const before = await snapshot();
    const out = await cli(['invite', ...args]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(message);
    expect(await snapshot()).toBe(before);
  });

  it('the package script runs the same command', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'user:invite', '--', '--org', 'lacoe', '--email', 'via.npm@example.org', '--role', 'CABINET'], {
      env: { ...process.env, NEXTAUTH_URL: 'https://plans.example.org' },
      timeout: 60_000,
    });
    expect(linkIn(stdout)).toHaveLength(43);
    expect(await getDb().user.findUniqueOrThrow({ where: { email: 'via.npm@example.org' } })).toMatchObject({ name: 'via.npm', role: 'CABINET' });
  });
});

describe('the operator commands without DATABASE_URL', () => {
  it('run on the embedded database in NORTHSTAR_DATA_DIR, one after another on the same data', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-cli-'));
    const embedded = async (args: string[]) => {
      const env: NodeJS.ProcessEnv = { ...process.env, NORTHSTAR_DATA_DIR: dataDir, NEXTAUTH_URL: 'https://plans.example.org' };
      delete env.DATABASE_URL;
      return run('npx', ['tsx', '--conditions=react-server', 'scripts/org-cli.ts', ...args], { env, timeout: 90_000 });
    };
    try {
      const created = await embedded(['create', '--slug', 'lakeside', '--name', 'Lakeside USD', '--admin-email', 'admin@lakeside.example.org']);
      expect(linkIn(created.stdout)).toHaveLength(43);
      const invited = await embedded(['invite', '--org', 'lakeside', '--email', 'cab@lakeside.example.org', '--role', 'CABINET']);
      expect(linkIn(invited.stdout)).toHaveLength(43);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
