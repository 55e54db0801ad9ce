// The observation import page's files and facts: what the page shows beside the upload, the
// plan's template and its approved values in the import's own format. Administrators only.
import 'server-only';
import { getDb } from '@/lib/db';
import { findPlan, loadCatalog, templateQuarter } from '@/lib/data/progress/import-catalog';
import { observationCsv, type CatalogIndex, type TemplateRow } from '@/lib/data/progress/import-format';
import type { Actor } from '@/lib/permissions';


export interface ObservationImportPage {
  plan: { name: string; slug: string; status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED' };
  /** The quarter the template proposes, or null when no quarter is open. */
  templatePeriod: string | null;
  openQuarters: string[];
  closedQuarters: string[];
  measureCount: number;
  approvedValueCount: number;
}

/** What the import page shows beside the upload: the plan, its open and closed quarters. */
export async function getObservationImportPage(actor: Actor | null, planSlug: string, now = new Date()): Promise<ObservationImportPage> {
  const db = getDb();
  const plan = await findPlan(db, actor, planSlug);
  const index = await loadCatalog(db, plan);
  const approvedValueCount = await db.observation.count({
    where: { organizationId: plan.organizationId, state: 'APPROVED', measure: { goal: { planId: plan.id } } },
  });
  const quarters = index.catalog.periods.filter((p) => p.kind === 'QUARTER');
  return {
    plan: { name: plan.name, slug: plan.slug, status: plan.status },
    templatePeriod: templateQuarter(index, now)?.label ?? null,
    openQuarters: quarters.filter((p) => !p.closed && p.startDate.getTime() <= now.getTime()).map((p) => p.label),
    closedQuarters: quarters.filter((p) => p.closed).map((p) => p.label),
    measureCount: index.catalog.measures.filter((m) => !m.archived).length,
    approvedValueCount,
  };
}

function groupsOf(index: CatalogIndex, measureGroupIds: ReadonlySet<string>, disaggregated: boolean) {
  const all = index.allGroup ? [index.allGroup] : [];
  if (!disaggregated) return all;
  return [...all, ...index.catalog.groups.filter((g) => !g.isAll && measureGroupIds.has(g.id))];
}

/**
 * The plan's template: a row per measure and student group for the template quarter (annual
 * measures as of the latest school year ended by then), value and n empty.
 */
export async function observationTemplateCsv(actor: Actor | null, planSlug: string, now = new Date()): Promise<{ fileName: string; csv: string }> {
  const db = getDb();
  const plan = await findPlan(db, actor, planSlug);
  const index = await loadCatalog(db, plan);
  const quarter = templateQuarter(index, now);
  const rows: TemplateRow[] = [];
  if (quarter) {
    const year = index.catalog.periods.filter((p) => p.kind === 'SCHOOL_YEAR' && p.endDate.getTime() <= quarter.endDate.getTime()).at(-1);
    for (const m of index.catalog.measures) {
      if (m.archived) continue;
      const asOf = m.cadence === 'QUARTERLY' ? quarter : year;
      // An annual measure has nothing to report before its plan's first school year ends.
      if (!asOf) continue;
      for (const g of groupsOf(index, m.groupIds, m.disaggregated)) {
        rows.push({
          goalCode: m.goalCode,
          measureCode: m.code,
          measureName: m.name,
          period: quarter.code,
          asOf: asOf.code,
          groupCode: g.code,
          groupName: g.name,
        });
      }
    }
  }
  return { fileName: `${plan.slug}-observations-template.csv`, csv: observationCsv(rows) };
}

/** The plan's approved values in the import's format: importing the file again changes nothing. */
export async function observationValuesCsv(actor: Actor | null, planSlug: string): Promise<{ fileName: string; csv: string }> {
  const db = getDb();
  const plan = await findPlan(db, actor, planSlug);
  const index = await loadCatalog(db, plan);
  const observations = await db.observation.findMany({
    where: { organizationId: plan.organizationId, state: 'APPROVED', measure: { goal: { planId: plan.id } } },
    select: { measureId: true, periodId: true, reportedPeriodId: true, studentGroupId: true, value: true, n: true },
  });
  const measureOrder = new Map(index.catalog.measures.map((m, i) => [m.id, i]));
  const periodOrder = new Map(index.catalog.periods.map((p, i) => [p.id, i]));
  const groupOrder = new Map(index.catalog.groups.map((g, i) => [g.id, i]));
  observations.sort(
    (a, b) =>
      measureOrder.get(a.measureId)! - measureOrder.get(b.measureId)! ||
      periodOrder.get(a.periodId)! - periodOrder.get(b.periodId)! ||
      groupOrder.get(a.studentGroupId)! - groupOrder.get(b.studentGroupId)!,
  );
  const rows = observations.map((o): TemplateRow => {
    const m = index.measureById.get(o.measureId)!;
    const g = index.groupById.get(o.studentGroupId)!;
    return {
      goalCode: m.goalCode,
      measureCode: m.code,
      measureName: m.name,
      period: index.periodById.get(o.reportedPeriodId)!.code,
      asOf: index.periodById.get(o.periodId)!.code,
      groupCode: g.code,
      groupName: g.name,
      value: o.value,
      n: o.n,
    };
  });
  return { fileName: `${plan.slug}-observations.csv`, csv: observationCsv(rows) };
}
