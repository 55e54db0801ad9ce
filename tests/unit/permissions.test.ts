import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { assertCan, can, PERMISSIONS, ROLES, type Action, type Actor, type Role } from '@/lib/permissions';

const ORG = 'org-1';
const actor = (role: Role, divisionId: string | null = null, organizationId = ORG): Actor => ({
  id: `${role}-user`,
  organizationId,
  role,
  divisionId,
});

describe('the permission table', () => {
  const cases: [Action, Role[]][] = [
    ['plan:read', ['ADMIN', 'CABINET', 'LEAD', 'STAFF']],
    ['plan:manage', ['ADMIN']],
    ['progress:review', ['ADMIN', 'CABINET']],
    ['progress:reopen', ['ADMIN']],
    ['period:manage', ['ADMIN']],
  ];
  it.each(cases)('%s is allowed exactly for %j within the organization', (action, allowed) => {
    for (const role of ROLES) {
      expect(can(actor(role), action, { organizationId: ORG })).toBe(allowed.includes(role));
    }
  });

  it('lists every action with at least one role', () => {
    for (const roles of Object.values(PERMISSIONS)) expect(roles.length).toBeGreaterThan(0);
  });
});

describe('division-scoped writes', () => {
  const goal = { organizationId: ORG, divisionId: 'div-literacy' };

  it('a lead may draft and submit for a goal their division owns', () => {
    expect(can(actor('LEAD', 'div-literacy'), 'progress:draft', goal)).toBe(true);
    expect(can(actor('LEAD', 'div-literacy'), 'progress:submit', goal)).toBe(true);
  });

  it('staff may draft but not submit for their own division', () => {
    expect(can(actor('STAFF', 'div-literacy'), 'progress:draft', goal)).toBe(true);
    expect(can(actor('STAFF', 'div-literacy'), 'progress:submit', goal)).toBe(false);
  });

  it('a lead cannot write to a goal owned by another division', () => {
    expect(can(actor('LEAD', 'div-court'), 'progress:draft', goal)).toBe(false);
    expect(can(actor('LEAD', 'div-court'), 'progress:submit', goal)).toBe(false);
  });

  it('a lead without a division, or a goal without one, cannot be written', () => {
    expect(can(actor('LEAD', null), 'progress:draft', goal)).toBe(false);
    expect(can(actor('LEAD', 'div-literacy'), 'progress:draft', { organizationId: ORG, divisionId: null })).toBe(false);
    expect(can(actor('LEAD', 'div-literacy'), 'progress:draft')).toBe(false);
  });

  it('cabinet and administrators do not record progress', () => {
    expect(can(actor('CABINET'), 'progress:draft', goal)).toBe(false);
    expect(can(actor('ADMIN'), 'progress:draft', goal)).toBe(false);
  });
});

describe('tenancy', () => {
  it('nobody acts on another organization, whatever their role', () => {
    for (const role of ROLES) {
      expect(can(actor(role, 'div-literacy', 'org-2'), 'plan:read', { organizationId: ORG })).toBe(false);
      expect(can(actor(role, 'div-literacy', 'org-2'), 'progress:draft', { organizationId: ORG, divisionId: 'div-literacy' })).toBe(false);
    }
  });
});

describe('assertCan', () => {
  it('throws UNAUTHENTICATED for no actor and FORBIDDEN for a refused one', () => {
    expect(() => assertCan(null, 'plan:read')).toThrowError(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    const refused = (() => {
      try {
        assertCan(actor('STAFF'), 'plan:manage');
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('FORBIDDEN');
  });
});
