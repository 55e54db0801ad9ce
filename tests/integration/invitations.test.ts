// Invitation links: an administrator invites a person and gets a one-time link; the person
// sets a password with it once, within 72 hours, for the invited email only. Every refusal
// writes nothing; people of another organization neither see nor refresh these links.
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { acceptInvitation, invitationForPage, INVITATION_LINK_INVALID, inviteUser, refreshInvitation } from '@/lib/data/organization/invitations';
import { listUsers } from '@/lib/data/organization/users';
import { getDb } from '@/lib/db';
import { actorFor, refusal, tableSnapshot } from '../support/fixtures';

const admin = await actorFor('admin@example.org');
let cis: string;
const PASSWORD = 'a-river-of-numbers';

const INVITATION_LINK_INVALID_ERROR = `AppError: ${INVITATION_LINK_INVALID}`;
const tokenOf = (link: string) => link.split('/invite/')[1]!;
const accept = (token: string, email: string, password = PASSWORD) => acceptInvitation({ token, email, password, confirmPassword: password });

/** Every row an invitation or its acceptance touches, password hashes included. */
const snapshot = () => tableSnapshot('user', 'invitation', 'auditEvent');

beforeAll(async () => {
  cis = (await getDb().division.findFirstOrThrow({ where: { code: 'CIS', organization: { slug: 'lacoe' } } })).id;
});

describe('inviting', () => {
  it('an administrator invites a person and gets a one-time link valid for 72 hours', async () => {
    const before = Date.now();
    const invited = await inviteUser(admin, { email: 'Ana.Ruiz@Example.org', name: 'Ana Ruiz', role: 'STAFF', divisionId: cis });
    expect(invited.link).toMatch(/^http:\/\/localhost:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
    const hours = (invited.expiresAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThan(72.1);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: invited.userId }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email: 'ana.ruiz@example.org', role: 'STAFF', divisionId: cis, passwordHash: null, active: true });
    // Only the token's hash is kept.
    const stored = await getDb().invitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(tokenOf(invited.link));
    expect(stored.createdById).toBe(admin.id);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'user.invite' } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(tokenOf(invited.link));
    // The invited person cannot sign in before setting a password, whatever they type.
    expect(await verifyCredentials({ email: 'ana.ruiz@example.org', password: 'no-such-user' })).toBeNull();
    expect(await verifyCredentials({ email: 'ana.ruiz@example.org', password: '' })).toBeNull();
    // The list says so, with the link's expiry.
    const row = (await listUsers(admin)).users.find((u) => u.id === user.id)!;
    expect(row).toMatchObject({ invited: true, invitationExpiresAt: stored.expiresAt });
    expect((await listUsers(admin)).users.find((u) => u.email === 'admin@example.org')).toMatchObject({ invited: false });
  });

  it('the invitation page shows the organization and the invited person, and nothing for a wrong token', async () => {
    const invited = await inviteUser(admin, { email: 'page@example.org', name: 'Pat Page', role: 'CABINET', divisionId: null });
    expect(await invitationForPage(tokenOf(invited.link))).toEqual({ personName: 'Pat Page', organizationName: 'Los Angeles County Office of Education' });
    expect(await invitationForPage('not-a-token')).toBeNull();
    expect(await invitationForPage('')).toBeNull();
  });

  it('a lead, staff member or cabinet member cannot invite', async () => {
    const before = await snapshot();
    for (const email of ['lead@example.org', 'staff@example.org', 'cabinet@example.org']) {
      const actor = await actorFor(email);
      expect((await refusal(inviteUser(actor, { email: 'z@example.org', name: 'Z', role: 'ADMIN', divisionId: null }))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(inviteUser(null, { email: 'z@example.org', name: 'Z', role: 'ADMIN' }))).code).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toBe(before);
  });

  it('inviting someone who already has a password is refused: "already has an account"', async () => {
    const before = await snapshot();
    const error = await refusal(inviteUser(admin, { email: 'LEAD@example.org', name: 'Again', role: 'LEAD', divisionId: cis }));
    expect(error.fieldErrors?.email).toEqual(['lead@example.org already has an account.']);
    // Also when the account belongs to another organization (emails are unique across Northstar).
    const other = await refusal(inviteUser(admin, { email: 'admin@smcoe.example.org', name: 'X', role: 'ADMIN', divisionId: null }));
    expect(other.fieldErrors?.email).toEqual(['admin@smcoe.example.org already has an account.']);
    expect(await snapshot()).toBe(before);
  });

  it('inviting a person again, before they used their link, issues a fresh link and the old one stops working', async () => {
    const first = await inviteUser(admin, { email: 'twice@example.org', name: 'Tw Ice', role: 'STAFF', divisionId: cis });
    const second = await inviteUser(admin, { email: 'twice@example.org', name: 'Twyla Ice', role: 'LEAD', divisionId: cis });
    expect(second.userId).toBe(first.userId);
    expect(await getDb().user.findUniqueOrThrow({ where: { id: first.userId } })).toMatchObject({ name: 'Twyla Ice', role: 'LEAD' });
    const before = await snapshot();
    const error = await refusal(accept(tokenOf(first.link), 'twice@example.org'));
    expect(error).toMatchObject({ code: 'LINK_INVALID', message: INVITATION_LINK_INVALID });
    expect(await snapshot()).toBe(before);
    await accept(tokenOf(second.link), 'twice@example.org');
    expect(await verifyCredentials({ email: 'twice@example.org', password: PASSWORD })).toMatchObject({ id: first.userId });
  });

  it('"New link" revokes the old link and gives one that works', async () => {
    const first = await inviteUser(admin, { email: 'refresh@example.org', name: 'Rae Fresh', role: 'CABINET', divisionId: null });
    const fresh = await refreshInvitation(admin, { userId: first.userId });
    expect(fresh.link).not.toBe(first.link);
    expect(await invitationForPage(tokenOf(first.link))).toBeNull();
    expect((await refusal(accept(tokenOf(first.link), 'refresh@example.org'))).code).toBe('LINK_INVALID');
    await accept(tokenOf(fresh.link), 'refresh@example.org');
    // Once the password is set there is nothing left to refresh.
    expect((await refusal(refreshInvitation(admin, { userId: first.userId }))).code).toBe('INVALID_STATE');
  });

  it("another organization's administrator neither sees nor refreshes this organization's invitations", async () => {
    const invited = await inviteUser(admin, { email: 'private@example.org', name: 'Priv Ate', role: 'CABINET', divisionId: null });
    const smcoe = await actorFor('admin@smcoe.example.org');
    const before = await snapshot();
    expect((await listUsers(smcoe)).users.map((u) => u.email)).not.toContain('private@example.org');
    expect((await refusal(refreshInvitation(smcoe, { userId: invited.userId }))).code).toBe('NOT_FOUND');
    expect((await refusal(refreshInvitation(await actorFor('lead@example.org'), { userId: invited.userId }))).code).toBe('FORBIDDEN');
    expect(await snapshot()).toBe(before);
  });
});

describe('accepting', () => {
  it('the link sets the password once; the person then signs in, and the same link is refused', async () => {
    const invited = await inviteUser(admin, { email: 'once@example.org', name: 'Wen Once', role: 'STAFF', divisionId: cis });
    const done = await accept(tokenOf(invited.link), 'ONCE@example.org');
    expect(done).toEqual({ userId: invited.userId, email: 'once@example.org' });
    expect(await verifyCredentials({ email: 'once@example.org', password: PASSWORD })).toMatchObject({ id: invited.userId });
    const used = await getDb().invitation.findFirstOrThrow({ where: { userId: invited.userId } });
    expect(used.usedAt).not.toBeNull();
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: invited.userId, action: 'user.activate' } });
    expect(audit.actorId).toBe(invited.userId);
    expect((await listUsers(admin)).users.find((u) => u.id === invited.userId)).toMatchObject({ invited: false });

    const before = await snapshot();
    const again = await refusal(accept(tokenOf(invited.link), 'once@example.org', 'another-good-password'));
    expect(again.code).toBe('LINK_INVALID');
    expect(await snapshot()).toBe(before);
    expect(await verifyCredentials({ email: 'once@example.org', password: 'another-good-password' })).toBeNull();
  });

  it('two submissions of one link at the same moment: one sets the password, the other is refused', async () => {
    const invited = await inviteUser(admin, { email: 'race@example.org', name: 'Ray Race', role: 'STAFF', divisionId: cis });
    const results = await Promise.allSettled([
      accept(tokenOf(invited.link), 'race@example.org', 'first-runner-pass-1'),
      accept(tokenOf(invited.link), 'race@example.org', 'second-runner-pass-2'),
    ]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')).sort()).toEqual([INVITATION_LINK_INVALID_ERROR, 'ok']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'LINK_INVALID' });
    expect(await getDb().auditEvent.count({ where: { entityId: invited.userId, action: 'user.activate' } })).toBe(1);
  });

  it('an expired link is refused and writes nothing', async () => {
    const invited = await inviteUser(admin, { email: 'late@example.org', name: 'Lee Late', role: 'STAFF', divisionId: cis });
    await getDb().invitation.updateMany({ where: { userId: invited.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await invitationForPage(tokenOf(invited.link))).toBeNull();
    expect((await listUsers(admin)).users.find((u) => u.id === invited.userId)).toMatchObject({ invited: true, invitationExpiresAt: null });
    const before = await snapshot();
    expect((await refusal(accept(tokenOf(invited.link), 'late@example.org'))).code).toBe('LINK_INVALID');
    expect(await snapshot()).toBe(before);
  });

  it('the wrong email is refused beside the email field and writes nothing; the link still works after', async () => {
    const invited = await inviteUser(admin, { email: 'right@example.org', name: 'Rita Right', role: 'STAFF', divisionId: cis });
    const before = await snapshot();
    const error = await refusal(accept(tokenOf(invited.link), 'wrong@example.org'));
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.email).toEqual(['This is not the email address the invitation was sent to.']);
    expect(await snapshot()).toBe(before);
    await accept(tokenOf(invited.link), 'right@example.org');
  });

  it('a link of a deactivated person no longer works', async () => {
    const invited = await inviteUser(admin, { email: 'gone@example.org', name: 'Gon E', role: 'STAFF', divisionId: cis });
    await getDb().user.update({ where: { id: invited.userId }, data: { active: false } });
    const before = await snapshot();
    expect((await refusal(accept(tokenOf(invited.link), 'gone@example.org'))).code).toBe('LINK_INVALID');
    expect(await snapshot()).toBe(before);
  });

  it.each([
    [{ password: 'short' }, 'password', 'Use at least 12 characters.'],
    [{ password: 'aaaaaaaaaaaaaa', confirmPassword: 'aaaaaaaaaaaaaa' }, 'password', 'Use more than three different characters.'],
    [{ password: 'password1234', confirmPassword: 'password1234' }, 'password', 'That password is too common; choose another.'],
    [{ password: 'policy.person-99', confirmPassword: 'policy.person-99' }, 'password', 'Do not use your email address in the password.'],
    [{ confirmPassword: 'something-else-entirely' }, 'confirmPassword', 'The two passwords differ: type the same password twice.'],
    [{ email: 'nope' }, 'email', 'Enter an email address, such as name@district.org.'],
  ])('refuses %j with a message beside %s, writing nothing', async (change, field, message) => {
    const invited = await inviteUser(admin, { email: 'policy.person@example.org', name: 'Poli Sea', role: 'STAFF', divisionId: cis });
    const before = await snapshot();
    const error = await refusal(
      acceptInvitation({ token: tokenOf(invited.link), email: 'policy.person@example.org', password: PASSWORD, confirmPassword: PASSWORD, ...change }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await snapshot()).toBe(before);
  });
});
