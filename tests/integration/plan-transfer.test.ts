// A whole plan out and in as one JSON document: the round trip is exact, a broken file is
// refused whole with every problem listed, and no administrator reaches another tenant.
import { beforeAll, describe, expect, it } from 'vitest';
import { commitObservationImport } from '@/lib/data/progress/observation-import';
import { exportPlanDocument, importPlanDocument, importPlanDocumentAsNewOrganization } from '@/lib/data/plan/internal/transfer';
import { exportPlan, importPlan, PlanDocumentError } from '@/lib/data/plan/transfer';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import type { PlanDocument } from '@/lib/data/plan/document';
import { actorFor, refusal, tableSnapshot } from '../support/fixtures';

const admin = await actorFor('admin@example.org');
let otherAdmin: Actor;
let otherOrgId: string;

/** Every row an import could write, to prove a refused one wrote nothing. */
const tenantSnapshot = () => tableSnapshot('organization', 'division', 'studentGroup', 'plan', 'objective', 'goal', 'measure', 'reportingPeriod', 'update', 'observation', 'auditEvent');

beforeAll(async () => {
  const db = getDb();
  const org = await db.organization.create({ data: { slug: 'round-trip', name: 'Round Trip COE', shortName: 'RTCOE' } });
  otherOrgId = org.id;
  const user = await db.user.create({
    data: { organizationId: org.id, email: 'admin@roundtrip.example.org', name: 'Other admin', role: 'ADMIN', passwordHash: 'x' },
  });
  otherAdmin = { id: user.id, organizationId: org.id, role: 'ADMIN', divisionId: null };
});

describe('plan export and import', () => {
  let exported: PlanDocument;

  it('exports the whole plan: structure, targets, periods, updates and every value', async () => {
    exported = await exportPlan(admin, '2022-2025');
    const goals = exported.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals));
    expect(goals).toHaveLength(12);
    const db = getDb();
    const plan = await db.plan.findFirstOrThrow({ where: { slug: '2022-2025', organization: { slug: 'lacoe' } } });
    const observations = goals.flatMap((g) => g.measures.flatMap((m) => m.observations));
    expect(observations).toHaveLength(await db.observation.count({ where: { measure: { goal: { planId: plan.id } } } }));
    expect(goals.flatMap((g) => g.updates)).toHaveLength(await db.update.count({ where: { goal: { planId: plan.id } } }));
    expect(exported.plan.periods.filter((p) => p.closed).map((p) => p.code)).toContain('2024-25-Q2');
  });

  it('imports into an empty organization and exports again identically (the round trip)', async () => {
    const result = await importPlan(otherAdmin, exported);
    expect(result).toMatchObject({ slug: '2022-2025', goals: 12, measures: 17 });
    const again = await exportPlan(otherAdmin, '2022-2025');
    expect(again).toEqual(exported);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: 'plan.import', organizationId: otherOrgId } });
    expect(audit.actorId).toBe(otherAdmin.id);
  });

  it('refuses a broken plan file whole, listing every problem with its path, and writes nothing', async () => {
    const broken = structuredClone(exported) as unknown as { plan: Record<string, unknown> & { objectives: unknown[] } };
    broken.plan.slug = '2026-2029';
    const objectives = broken.plan.objectives as {
      priorities: { goals: { code: string; division: string; measures: { target: { amount: unknown } }[] }[] }[];
    }[];
    objectives[0]!.priorities[0]!.goals[0]!.measures[0]!.target.amount = 'ten';
    objectives[4]!.priorities[2]!.goals[0]!.measures[0]!.target.amount = null;
    const before = await tenantSnapshot();
    const error = await refusal(importPlan(otherAdmin, broken));
    expect(error).toBeInstanceOf(PlanDocumentError);
    expect((error as PlanDocumentError).problems).toEqual([
      { path: 'plan.objectives[0].priorities[0].goals[0].measures[0].target.amount', message: 'expected a number' },
      { path: 'plan.objectives[4].priorities[2].goals[0].measures[0].target.amount', message: 'expected a number' },
    ]);
    expect(error.message).toBe('The plan file has 2 problems; nothing was imported.');
    expect(await tenantSnapshot()).toBe(before);

    // Valid JSON that points nowhere is refused the same way.
    const unknownCodes = structuredClone(exported);
    unknownCodes.plan.slug = '2026-2029';
    unknownCodes.organization = { divisions: [], studentGroups: [] };
    unknownCodes.plan.objectives[0]!.priorities[0]!.goals[0]!.division = 'NO-SUCH-DIVISION';
    unknownCodes.plan.objectives[1]!.priorities[0]!.goals[1]!.code = 'WB-1';
    const second = await refusal(importPlan(otherAdmin, unknownCodes));
    expect((second as PlanDocumentError).problems).toEqual([
      { path: 'plan.objectives[0].priorities[0].goals[0].division', message: 'unknown division "NO-SUCH-DIVISION"' },
      { path: 'plan.objectives[1].priorities[0].goals[1].code', message: 'goal code "WB-1" is used twice' },
    ]);
    expect(await tenantSnapshot()).toBe(before);
  });

  it('refuses a plan whose slug the organization already uses', async () => {
    const error = await refusal(importPlan(otherAdmin, exported));
    expect((error as PlanDocumentError).problems).toEqual([
      { path: 'plan.slug', message: 'the organization already has a plan "2022-2025"' },
    ]);
  });
});

describe('tenancy', () => {
  it('an administrator of another organization cannot export, or reach, LACOE’s plan by any name', async () => {
    const lacoe = await getDb().organization.findUniqueOrThrow({ where: { slug: 'lacoe' } });
    // Their own copy is theirs; LACOE's plan is not reachable through them.
    const theirs = await exportPlan(otherAdmin, '2022-2025');
    expect(theirs.organization?.divisions.length).toBeGreaterThan(0);
    await getDb().plan.updateMany({ where: { organizationId: otherOrgId }, data: { slug: 'renamed' } });
    expect((await refusal(exportPlan(otherAdmin, '2022-2025'))).code).toBe('NOT_FOUND');
    expect(await exportPlanDocument(getDb(), lacoe.id, 'renamed')).toBeNull();
  });

  it('only administrators import or export, and an import lands in the importer’s own organization', async () => {
    const before = await tenantSnapshot();
    for (const email of ['cabinet@example.org', 'lead@example.org', 'staff@example.org']) {
      const actor = await actorFor(email);
      expect((await refusal(importPlan(actor, { schemaVersion: 1 }))).code).toBe('FORBIDDEN');
      expect((await refusal(exportPlan(actor, '2022-2025'))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(importPlan(null, {}))).code).toBe('UNAUTHENTICATED');
    expect(await tenantSnapshot()).toBe(before);
  });

  it('the command-line import writes only into the organization it names', async () => {
    const doc = structuredClone(await exportPlan(admin, '2022-2025'));
    doc.plan.slug = 'cli-copy';
    const lacoePlans = await getDb().plan.count({ where: { organization: { slug: 'lacoe' } } });
    await importPlanDocument(getDb(), otherOrgId, doc, null);
    expect(await getDb().plan.count({ where: { organization: { slug: 'lacoe' } } })).toBe(lacoePlans);
    expect(await getDb().plan.count({ where: { organizationId: otherOrgId, slug: 'cli-copy' } })).toBe(1);
  });
});

describe('All students and group categories', () => {
  it('an export carries each group’s category, and an import into another organization keeps it', async () => {
    const exported = await exportPlan(admin, '2022-2025');
    const groups = exported.organization!.studentGroups;
    expect(groups.find((g) => g.code === 'AA')).toMatchObject({ category: 'RACE_ETHNICITY', isAll: false });
    expect(groups.find((g) => g.isAll)).toMatchObject({ code: 'ALL', category: null });
    const copied = await getDb().studentGroup.findMany({ where: { organizationId: otherOrgId }, orderBy: { position: 'asc' } });
    expect(copied.map((g) => [g.code, g.category])).toEqual(groups.map((g) => [g.code, g.category]));
  });

  it('a plan imported as a new organization has one All students group, and a CSV value for ALL imports into it', async () => {
    const doc = await exportPlan(admin, '2022-2025');
    const result = await importPlanDocumentAsNewOrganization(getDb(), { slug: 'lacoe-copy', name: 'LACOE copy' }, doc, null);
    const db = getDb();
    const groups = await db.studentGroup.findMany({ where: { organizationId: result.organizationId } });
    expect(groups.filter((g) => g.isAll).map((g) => g.code)).toEqual(['ALL']);
    expect(groups).toHaveLength(doc.organization!.studentGroups.length);
    const audit = await db.auditEvent.findMany({ where: { organizationId: result.organizationId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((e) => e.action).sort()).toEqual(['organization.create', 'plan.import']);

    const user = await db.user.create({
      data: { organizationId: result.organizationId, email: 'admin@lacoe-copy.example.org', name: 'Copy admin', role: 'ADMIN', passwordHash: 'x' },
    });
    const copyAdmin: Actor = { id: user.id, organizationId: result.organizationId, role: 'ADMIN', divisionId: null };
    const csv = 'goal_code,measure_code,period,as_of_period,student_group,value,n\r\nSO-1,ELA-G3,2024-25-Q4,2024-25,ALL,2440,5100';
    expect(await commitObservationImport(copyAdmin, '2022-2025', csv)).toMatchObject({ problemCount: 0 });
    const value = await db.observation.findFirstOrThrow({
      where: { organizationId: result.organizationId, value: 2440, period: { code: '2024-25' } },
      include: { studentGroup: true },
    });
    expect(value.studentGroup).toMatchObject({ code: 'ALL', isAll: true });
  });

  it('a document’s All students group maps onto the organization’s own, whatever its code, never a second', async () => {
    const doc = structuredClone(await exportPlan(admin, '2022-2025'));
    doc.plan.slug = 'all-students-mapped';
    const all = doc.organization!.studentGroups.find((g) => g.isAll)!;
    all.code = 'TODOS';
    for (const m of doc.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures)))) {
      for (const o of m.observations) if (o.group === 'ALL') o.group = 'TODOS';
    }
    const db = getDb();
    const org = await db.organization.findUniqueOrThrow({ where: { slug: 'lacoe-copy' }, include: { studentGroups: true } });
    const own = org.studentGroups.find((g) => g.isAll)!;
    const result = await importPlanDocument(db, org.id, doc, null);
    const groups = await db.studentGroup.findMany({ where: { organizationId: org.id } });
    expect(groups.filter((g) => g.isAll).map((g) => g.id)).toEqual([own.id]);
    expect(groups.some((g) => g.code === 'TODOS')).toBe(false);
    const allValues = await db.observation.count({ where: { measure: { goal: { planId: result.planId } }, studentGroupId: own.id } });
    expect(allValues).toBeGreaterThan(0);
  });

  it('refuses a document with two All students groups', async () => {
    const doc = structuredClone(await exportPlan(admin, '2022-2025'));
    doc.plan.slug = 'two-all';
    doc.organization!.studentGroups.push({ code: 'EVERYONE', name: 'Everyone', nameEs: null, isAll: true, category: null });
    const index = doc.organization!.studentGroups.length - 1;
    const error = await refusal(importPlanDocument(getDb(), otherOrgId, doc, null));
    expect((error as PlanDocumentError).problems).toEqual([
      { path: `organization.studentGroups[${index}].isAll`, message: 'a second All students group; a plan has one' },
    ]);
  });
});
