// Accounts: administrators invite people and change their accounts within their own organization only; bad
// input changes nothing; a deactivated person is refused at their very next request.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { loadActor } from '@/lib/data/current-user';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { acceptInvitation, inviteUser } from '@/lib/data/organization/invitations';
import { listUsers, updateUser } from '@/lib/data/organization/users';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { actorFor, goalByCode, periodByCode, refusal, tableSnapshot } from '../support/fixtures';

const admin = await actorFor('admin@example.org');
let cis: string;

const usersSnapshot = () => tableSnapshot('user', 'invitation', 'auditEvent');

beforeAll(async () => {
  cis = (await getDb().division.findFirstOrThrow({ where: { code: 'CIS' } })).id;
});

describe('adding people by invitation', () => {
  it('an administrator invites a division lead, who signs in once they have set their password', async () => {
    const { userId, link } = await inviteUser(admin, { email: 'New.Lead@Example.org', name: 'Noor Haddad', role: 'LEAD', divisionId: cis });
    const user = await getDb().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email: 'new.lead@example.org', role: 'LEAD', divisionId: cis, active: true });
    expect(await verifyCredentials({ email: 'new.lead@example.org', password: 'first-password-123' })).toBeNull();
    await acceptInvitation({
      token: link.split('/invite/')[1],
      email: 'new.lead@example.org',
      password: 'first-password-123',
      confirmPassword: 'first-password-123',
    });
    expect(await verifyCredentials({ email: 'new.lead@example.org', password: 'first-password-123' })).toMatchObject({ id: userId });
    const audit = await getDb().auditEvent.findMany({ where: { entityId: userId } });
    // The refused sign-in before the password was set, and the one after, are recorded too.
    expect(audit.map((a) => a.action).sort()).toEqual(['auth.signin.failure', 'auth.signin.success', 'user.activate', 'user.invite']);
    expect(JSON.stringify(audit)).not.toContain('first-password');
  });

  it.each([
    [{ email: 'not-an-email' }, 'email', 'Enter an email address, such as name@district.org.'],
    [{ email: 'lead@example.org' }, 'email', 'lead@example.org already has an account.'],
    [{ role: 'STAFF', divisionId: '' }, 'divisionId', 'Division leads and staff belong to a division: choose one.'],
    [{ divisionId: 'another-orgs-division' }, 'divisionId', 'Choose a division of your organization.'],
    [{ role: 'OWNER' }, 'role', 'Choose a role: ADMIN, CABINET, LEAD or STAFF.'],
    [{ name: '  ' }, 'name', 'Enter the person’s name.'],
  ])('refuses %j with a message beside %s, writing nothing', async (change, field, message) => {
    const before = await usersSnapshot();
    const error = await refusal(inviteUser(admin, { email: 'x@example.org', name: 'X', role: 'LEAD', divisionId: cis, ...change }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await usersSnapshot()).toBe(before);
  });

  it('only administrators manage accounts', async () => {
    const before = await usersSnapshot();
    for (const email of ['cabinet@example.org', 'lead@example.org', 'staff@example.org']) {
      const actor = await actorFor(email);
      const input = { email: 'y@example.org', name: 'Y', role: 'ADMIN', divisionId: null };
      expect((await refusal(inviteUser(actor, input))).code).toBe('FORBIDDEN');
      expect((await refusal(updateUser(actor, { userId: actor.id, role: 'ADMIN', divisionId: null, active: true }))).code).toBe('FORBIDDEN');
      expect((await refusal(listUsers(actor))).code).toBe('FORBIDDEN');
    }
    expect(await usersSnapshot()).toBe(before);
  });
});

describe('changing and deactivating accounts', () => {
  it('a deactivated person is refused at their next request, and cannot sign in again', async () => {
    const staff = await actorFor('staff@example.org');
    expect(await loadActor(staff.id)).not.toBeNull();
    await updateUser(admin, { userId: staff.id, role: 'STAFF', divisionId: cis, active: false });
    // The next request loads the account afresh: no actor, so every data-layer call is refused.
    const next = await loadActor(staff.id);
    expect(next).toBeNull();
    const goal = await goalByCode('SO-1');
    const q3 = await periodByCode('2024-25-Q3');
    expect(
      (await refusal(recordProgress(next, { goalId: goal.id, periodId: q3.id, intent: 'draft', version: 0, narrative: 'x' }))).code,
    ).toBe('UNAUTHENTICATED');
    expect(await verifyCredentials({ email: 'staff@example.org', password: 'northstar-demo' })).toBeNull();
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: staff.id, action: 'user.deactivate' } });
    expect(audit.actorId).toBe(admin.id);
    await updateUser(admin, { userId: staff.id, role: 'STAFF', divisionId: cis, active: true });
    expect(await loadActor(staff.id)).not.toBeNull();
  });

  it('a changed role takes effect at the next request', async () => {
    const lead2 = await actorFor('lead2@example.org');
    await updateUser(admin, { userId: lead2.id, role: 'CABINET', divisionId: null, active: true });
    expect(await loadActor(lead2.id)).toMatchObject({ role: 'CABINET', divisionId: null });
  });

  it('an administrator cannot lock themselves out', async () => {
    const before = await usersSnapshot();
    const error = await refusal(updateUser(admin, { userId: admin.id, role: 'ADMIN', divisionId: null, active: false }));
    expect(error.code).toBe('VALIDATION');
    expect(await usersSnapshot()).toBe(before);
  });

  it('an administrator of another organization cannot change a LACOE account, by any id', async () => {
    const db = getDb();
    const org = await db.organization.create({ data: { slug: 'elsewhere', name: 'Elsewhere USD', shortName: 'EUSD' } });
    const other = await db.user.create({
      data: { organizationId: org.id, email: 'admin@elsewhere.example.org', name: 'Other', role: 'ADMIN', passwordHash: 'x' },
    });
    const otherAdmin: Actor = { id: other.id, organizationId: org.id, role: 'ADMIN', divisionId: null };
    const lead = await actorFor('lead@example.org');
    const before = await usersSnapshot();
    expect((await refusal(updateUser(otherAdmin, { userId: lead.id, role: 'CABINET', divisionId: null, active: false }))).code).toBe('NOT_FOUND');
    const listed = await listUsers(otherAdmin);
    expect(listed.users.map((u) => u.email)).toEqual(['admin@elsewhere.example.org']);
    expect(listed.divisions).toEqual([]);
    expect(await usersSnapshot()).toBe(before);
  });
});
