// The /admin overview: an administrator's counts come from their own organization only, and
// what to do next follows from them; nobody else may read it.
import { describe, expect, it } from 'vitest';
import { getAdminOverview } from '@/lib/data/admin-overview';
import { createOrganizationRecord } from '@/lib/data/organization/internal/create-organization';
import { getDb } from '@/lib/db';
import { actorFor, refusal } from '../support/fixtures';

describe('the administration overview', () => {
  it('counts LACOE’s plans, people and groups, and points at the overdue quarters', async () => {
    const db = getDb();
    const admin = await actorFor('admin@example.org');
    const { counts, nextSteps } = await getAdminOverview(admin, new Date('2025-07-01T00:00:00Z'));
    const org = { organizationId: admin.organizationId };
    expect(counts.plans).toEqual({
      total: await db.plan.count({ where: org }),
      active: await db.plan.count({ where: { ...org, status: 'ACTIVE' } }),
      draft: await db.plan.count({ where: { ...org, status: 'DRAFT' } }),
      archived: 0,
      published: await db.plan.count({ where: { ...org, published: true } }),
    });
    expect(counts.currentPlan).toMatchObject({ slug: '2022-2025', status: 'ACTIVE', published: true, goals: 12 });
    expect(counts.people.active).toBe(await db.user.count({ where: { ...org, active: true } }));
    expect(counts.studentGroups).toBe(await db.studentGroup.count({ where: org }));
    // The demo leaves 2024-25 Q3 and Q4 open; by July 2025 Q3 is past due.
    expect(counts.periods.overdue).toBe(1);
    expect(nextSteps.map((s) => s.key)).toContain('overdue');
  });

  it('a new organization with only its administrator is told to add a plan, divisions and people', async () => {
    const db = getDb();
    const { organization } = await db.$transaction((tx) => createOrganizationRecord(tx, { slug: 'riverside', name: 'Riverside USD' }));
    const user = await db.user.create({
      data: { organizationId: organization.id, email: 'first@riverside.example.org', name: 'Ana Ruiz', role: 'ADMIN', passwordHash: 'x' },
    });
    const overview = await getAdminOverview({ id: user.id, organizationId: organization.id, role: 'ADMIN', divisionId: null });
    expect(overview.nextSteps.map((s) => s.key)).toEqual(['first-plan', 'divisions', 'people']);
    expect(overview.counts.studentGroups).toBe(1);
    expect(overview.counts.people).toEqual({ active: 1, invited: 0, deactivated: 0 });
    expect(overview.recentImports).toEqual([]);
  });

  it('cabinet members and leads may not read it', async () => {
    for (const email of ['cabinet@example.org', 'lead@example.org']) {
      expect((await refusal(getAdminOverview(await actorFor(email)))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(getAdminOverview(null))).code).toBe('UNAUTHENTICATED');
  });
});
