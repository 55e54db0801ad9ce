// The demo's other tenants: San Mateo County Office of Education and Los Angeles Unified,
// each with its own divisions, student groups, administrator and published seed plan.
// Their plans' texts state no measures, so there is no progress to invent for them.
import type { Tx } from '@/lib/db/client';
import { createOrganizationRecord } from '@/lib/data/organization/internal/create-organization';
import { STUDENT_GROUPS } from '@/lib/seed/demo-data';
import { createPlanFromDocument } from '@/lib/data/plan/internal/create-from-document';
import type { PlanDocument } from '@/lib/data/plan/document';

export interface DemoOrganization {
  slug: string;
  name: string;
  shortName: string;
  planFile: string;
  divisions: { code: string; name: string }[];
  users: { email: string; name: string; role: 'ADMIN' | 'CABINET' | 'LEAD' | 'STAFF'; division: string | null }[];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: 'smcoe',
    name: 'San Mateo County Office of Education',
    shortName: 'SMCOE',
    planFile: 'smcoe-2023-2028.json',
    divisions: [
      { code: 'SUPT', name: 'Office of the Superintendent' },
      { code: 'ES', name: 'Educational Services' },
      { code: 'SS', name: 'Student Services' },
      { code: 'HR', name: 'Human Resources' },
      { code: 'BS', name: 'Business Services' },
    ],
    users: [{ email: 'admin@smcoe.example.org', name: 'Elena Marquez', role: 'ADMIN', division: null }],
  },
  {
    slug: 'lausd',
    name: 'Los Angeles Unified School District',
    shortName: 'LAUSD',
    planFile: 'lausd-2022-2026.json',
    divisions: [
      { code: 'SUPT', name: 'Office of the Superintendent' },
      { code: 'DOI', name: 'Division of Instruction' },
      { code: 'SHHS', name: 'Student Health and Human Services' },
      { code: 'FACE', name: 'Family and Community Engagement' },
      { code: 'OPS', name: 'Business and Operations' },
      { code: 'HR', name: 'Human Resources' },
    ],
    users: [{ email: 'admin@lausd.example.org', name: 'Samuel Okafor', role: 'ADMIN', division: null }],
  },
];

export interface DemoTenant {
  organizationId: string;
  divisionIdsByCode: Map<string, string>;
  studentGroupIdsByCode: Map<string, string>;
  userIdsByEmail: Map<string, string>;
}

/** Creates an organization with its divisions, the California student groups and its accounts. */
export async function createDemoTenant(
  tx: Tx,
  org: {
    slug: string;
    name: string;
    shortName: string;
    divisions: readonly DemoOrganization['divisions'][number][];
    users: readonly DemoOrganization['users'][number][];
  },
  passwordHash: string,
): Promise<DemoTenant> {
  const { organization: row, allStudents } = await createOrganizationRecord(tx, { slug: org.slug, name: org.name, shortName: org.shortName });
  const divisionIdsByCode = new Map<string, string>();
  for (const division of org.divisions) {
    const created = await tx.division.create({ data: { ...division, organizationId: row.id } });
    divisionIdsByCode.set(division.code, created.id);
  }
  const studentGroupIdsByCode = new Map<string, string>([[allStudents.code, allStudents.id]]);
  for (const [position, group] of STUDENT_GROUPS.entries()) {
    if (group.isAll) continue;
    const created = await tx.studentGroup.create({
      data: { organizationId: row.id, position, ...group, isAll: group.isAll ?? false },
    });
    studentGroupIdsByCode.set(group.code, created.id);
  }
  const userIdsByEmail = new Map<string, string>();
  for (const user of org.users) {
    const created = await tx.user.create({
      data: {
        organizationId: row.id,
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash,
        isDemo: true,
        divisionId: user.division ? (divisionIdsByCode.get(user.division) ?? null) : null,
      },
    });
    userIdsByEmail.set(user.email, created.id);
  }
  return { organizationId: row.id, divisionIdsByCode, studentGroupIdsByCode, userIdsByEmail };
}

/** Creates one organization with its divisions, student groups, accounts and plan. */
export async function seedOrganization(tx: Tx, org: DemoOrganization, doc: PlanDocument, passwordHash: string) {
  const tenant = await createDemoTenant(tx, org, passwordHash);
  const row = { id: tenant.organizationId };
  const { divisionIdsByCode, studentGroupIdsByCode } = tenant;
  const imported = await createPlanFromDocument(tx, doc, { organizationId: row.id, divisionIdsByCode, studentGroupIdsByCode });
  await tx.auditEvent.create({
    data: {
      organizationId: row.id,
      action: 'seed.demo',
      entityType: 'Plan',
      entityId: imported.planId,
      after: { plan: doc.plan.name, goals: imported.goalIdsByCode.size },
    },
  });
  return { organizationId: row.id, planId: imported.planId };
}

/** The San Mateo COE and LAUSD tenants, read from their plan files. */
export async function seedDemoOrganizations(tx: Tx, passwordHash: string, readPlan: (file: string) => PlanDocument) {
  for (const org of DEMO_ORGANIZATIONS) await seedOrganization(tx, org, readPlan(org.planFile), passwordHash);
}
