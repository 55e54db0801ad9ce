// The round trip starts from the seed plan files themselves: each file, imported into a fresh
// organization and exported again, gives back the file (as the document schema reads it, its
// defaults applied) — so anything a file holds that export would lose shows here. An export
// imported into a second organization then publishes exactly the same figures, hiding the same
// small groups and their complements.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitObservationImport } from '@/lib/data/progress/observation-import';
import { planDocumentSchema, type PlanDocument } from '@/lib/data/plan/document';
import { exportPlanDocument, importPlanDocumentAsNewOrganization } from '@/lib/data/plan/internal/transfer';
import { getOpenData } from '@/lib/data/scorecard';
import { getDb } from '@/lib/db';
import type { Actor } from '@/lib/permissions';
import { DEMO_ORGANIZATIONS } from '@/lib/seed/demo-organizations';
import { LACOE, STUDENT_GROUPS } from '@/lib/seed/demo-data';

const PLANS_DIR = path.resolve(import.meta.dirname, '../../prisma/plans');
const files = fs.readdirSync(PLANS_DIR).filter((f) => f.endsWith('.json')).sort();

/** The file as a plan document: a next-cycle file's `plan` is one too. */
function planDocumentIn(file: string): Record<string, unknown> {
  const raw = JSON.parse(fs.readFileSync(path.join(PLANS_DIR, file), 'utf8')) as Record<string, unknown>;
  return 'previousPlan' in raw ? { schemaVersion: raw.schemaVersion, plan: raw.plan } : raw;
}

/**
 * The seed files name the divisions and groups of the demo organization they belong to, and
 * carry neither: the organization part is supplied as that organization has them (divisions in
 * code order and groups in their order, as export lists them).
 */
function withOrganization(file: string, doc: Record<string, unknown>) {
  const org = file.startsWith('lacoe-') ? LACOE : DEMO_ORGANIZATIONS.find((o) => file.startsWith(`${o.slug}-`))!;
  const divisions = [...org.divisions].sort((a, b) => a.code.localeCompare(b.code));
  return { ...doc, organization: { divisions, studentGroups: STUDENT_GROUPS } };
}

let orgs = 0;
async function freshOrganization(doc: unknown) {
  const slug = `round-trip-${++orgs}`;
  const { organizationId } = await importPlanDocumentAsNewOrganization(getDb(), { slug, name: `Round trip ${orgs}` }, doc, null);
  return { slug, organizationId };
}

async function adminOf(organizationId: string, slug: string): Promise<Actor> {
  const user = await getDb().user.create({
    data: { organizationId, email: `admin@${slug}.example.org`, name: 'Round-trip admin', role: 'ADMIN', passwordHash: 'x' },
  });
  return { id: user.id, organizationId, role: 'ADMIN', divisionId: null };
}

const disaggregated = (doc: PlanDocument) =>
  doc.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures.filter((m) => m.disaggregated).map((m) => ({ goal: g, measure: m })))));

/**
 * A year of values for every disaggregated measure: one race/ethnicity group and English
 * learners under 11 students, so the public pages hide them and, for the race/ethnicity
 * group, the smallest other group of its category too.
 */
function smallGroupCsv(doc: PlanDocument): string {
  const n: Record<string, number> = { ALL: 5000, AA: 8, PI: 12, EL: 9 };
  const lines = ['goal_code,measure_code,period,as_of_period,student_group,value,n'];
  for (const { goal, measure } of disaggregated(doc)) {
    measure.studentGroups.forEach((group, i) => {
      lines.push(`${goal.code},${measure.code},2024-25-Q4,2024-25,${group},${2400 + i},${n[group] ?? 400 + i}`);
    });
  }
  return lines.join('\r\n');
}

const seeds = files.map((file) => {
  const doc = withOrganization(file, planDocumentIn(file));
  return { file, doc, expected: planDocumentSchema.parse(doc) };
});

describe.each(seeds)('the seed plan file $file', ({ doc, expected }) => {
  it('imported into a fresh organization and exported, gives back the file', async () => {
    const first = await freshOrganization(doc);
    const exported = await exportPlanDocument(getDb(), first.organizationId, expected.plan.slug);
    expect(exported).toEqual(expected);
  });
});

// Published plans with measures by student group (the others publish no group values).
const published = seeds.filter((s) => s.expected.plan.published && disaggregated(s.expected).length > 0);

describe.each(published)('the seed plan file $file, with values', ({ doc, expected }) => {
  it('an export imported into a second organization publishes the same figures and hides the same cells', async () => {
    const first = await freshOrganization(doc);
    const admin = await adminOf(first.organizationId, first.slug);
    expect(await commitObservationImport(admin, expected.plan.slug, smallGroupCsv(expected))).toMatchObject({ problemCount: 0 });
    const exported = await exportPlanDocument(getDb(), first.organizationId, expected.plan.slug);
    const second = await freshOrganization(exported);

    for (const lang of ['en', 'es'] as const) {
      const [a, b] = await Promise.all([
        getOpenData(first.slug, expected.plan.slug, lang),
        getOpenData(second.slug, expected.plan.slug, lang),
      ]);
      expect(b.rows).toEqual(a.rows);
      expect(b.source.plan.nameEs).toBe(a.source.plan.nameEs);
      const hidden = (reason: string) => a.rows.filter((r) => r.suppressed === reason).map((r) => `${r.measure_code}/${r.student_group_code}`);
      // The check has teeth: both kinds of suppression occur, the complement in the category.
      expect(hidden('small_group')).toContain('ELA-G3/AA');
      expect(hidden('small_group')).toContain('ELA-G3/EL');
      expect(hidden('complementary')).toContain('ELA-G3/PI');
    }
  });
});
