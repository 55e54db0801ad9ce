// A whole plan in and out as one JSON document (lib/data/plan/document.ts): export writes
// everything a plan holds; import is all-or-nothing — any problem refuses the whole file and
// lists every problem with its path. Unguarded: for the command line (scripts/plan-cli.ts, as
// the operator), the next cycle and the guarded wrappers in lib/data/plan/transfer.ts.
import 'server-only';
import { z } from 'zod';
import { updateFieldsOf } from '@/lib/data/progress/fields';
import { publicTransaction, type PublicChangeScope } from '@/lib/data/public-cache';
import type { Db, Tx } from '@/lib/db/client';
import { createOrganizationRecord } from '@/lib/data/organization/internal/create-organization';
import { AppError, type FieldErrors } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { DEFAULT_DUE_DAYS } from '@/lib/periods';
import { parsePlanDocument, PlanDocumentError } from '@/lib/data/plan/document-check';
import { createPlanFromDocument } from '@/lib/data/plan/internal/create-from-document';
import { goalToDocument, itemToDocument, measureToDocument, targetVersionToDocument, type ReferencesOut } from '@/lib/data/structure/document';
import { changeOf, goalValues, measureValues, targetOf } from '@/lib/data/structure/fields';
import { organizationSchema } from '@/lib/data/organization/fields';
import {
  DIVISION_DOCUMENT_KEYS,
  pickFields,
  PLAN_DOCUMENT_VERSION,
  STUDENT_GROUP_DOCUMENT_KEYS,
  type PlanDocument,
} from '@/lib/data/plan/document';
import { planDocumentFromColumns } from '@/lib/data/plan/fields';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The plan `planSlug` of an organization as a plan document, or null when there is none. */
export async function exportPlanDocument(db: Db | Tx, organizationId: string, planSlug: string): Promise<PlanDocument | null> {
  const plan = await db.plan.findFirst({
    where: { organizationId, slug: planSlug },
    include: {
      periods: { orderBy: [{ endDate: 'asc' }, { kind: 'asc' }] },
      objectives: {
        orderBy: { position: 'asc' },
        include: {
          priorities: {
            orderBy: { position: 'asc' },
            include: {
              goals: {
                orderBy: { position: 'asc' },
                include: {
                  focusGroups: true,
                  updates: { include: { period: true } },
                  measures: {
                    orderBy: { position: 'asc' },
                    include: {
                      interimTargets: { orderBy: { date: 'asc' } },
                      targetVersions: true,
                      studentGroups: true,
                      observations: { include: { period: true, reportedPeriod: true, studentGroup: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!plan) return null;
  const [divisions, groups] = await Promise.all([
    db.division.findMany({ where: { organizationId }, orderBy: { code: 'asc' } }),
    db.studentGroup.findMany({ where: { organizationId }, orderBy: { position: 'asc' } }),
  ]);
  const groupOrder = new Map(groups.map((g, i) => [g.code, i]));
  const byGroup = (a: string, b: string) => (groupOrder.get(a) ?? 0) - (groupOrder.get(b) ?? 0);
  const divisionCodes = new Map(divisions.map((d) => [d.id, d.code]));
  const groupCodes = new Map(groups.map((g) => [g.id, g.code]));
  const refs: ReferencesOut = {
    divisionCode: (id) => divisionCodes.get(id)!,
    groupCodes: (ids) => ids.map((id) => groupCodes.get(id)!).sort(byGroup),
  };
  const generatedDue = (p: (typeof plan.periods)[number]) => p.endDate.getTime() + DEFAULT_DUE_DAYS * 86_400_000;

  return {
    schemaVersion: PLAN_DOCUMENT_VERSION,
    organization: {
      divisions: divisions.map((d) => pickFields(d, DIVISION_DOCUMENT_KEYS)),
      studentGroups: groups.map((g) => pickFields(g, STUDENT_GROUP_DOCUMENT_KEYS)),
    },
    plan: {
      ...planDocumentFromColumns(plan),
      // Only what differs from the generated periods.
      periods: plan.periods
        .filter((p) => p.closed || p.dueDate.getTime() !== generatedDue(p))
        .map((p) => ({ code: p.code, dueDate: isoDay(p.dueDate), closed: p.closed })),
      objectives: plan.objectives.map((o) => ({
        ...itemToDocument(o),
        archivedAt: o.archivedAt?.toISOString(),
        priorities: o.priorities.map((pr) => ({
          ...itemToDocument(pr),
          archivedAt: pr.archivedAt?.toISOString(),
          goals: pr.goals.map((g) => ({
            ...goalToDocument(goalValues(g, g.focusGroups.map((f) => f.studentGroupId)), refs),
            archivedAt: g.archivedAt?.toISOString(),
            updates: [...g.updates]
              .sort((a, b) => a.period.endDate.getTime() - b.period.endDate.getTime())
              .map((u) => ({
                period: u.period.code,
                state: u.state,
                ...updateFieldsOf(u),
                submittedAt: u.submittedAt?.toISOString() ?? null,
                reviewedAt: u.reviewedAt?.toISOString() ?? null,
                isDemo: u.isDemo,
              })),
            measures: g.measures.map((m) => ({
              ...measureToDocument(
                { ...measureValues(m, targetOf(m), m.studentGroups.map((s) => s.studentGroupId)), baselineIsDemo: m.baselineIsDemo },
                refs,
              ),
              targetHistory: [...m.targetVersions]
                .sort((a, b) => (a.effectiveFrom?.getTime() ?? -Infinity) - (b.effectiveFrom?.getTime() ?? -Infinity))
                .map((v) => targetVersionToDocument(targetOf(v), changeOf(v))),
              archivedAt: m.archivedAt?.toISOString(),
              observations: [...m.observations]
                .sort(
                  (a, b) =>
                    a.period.endDate.getTime() - b.period.endDate.getTime() || byGroup(a.studentGroup.code, b.studentGroup.code),
                )
                .map((o) => ({
                  asOf: o.period.code,
                  reportedIn: o.reportedPeriod.code,
                  group: o.studentGroup.code,
                  value: o.value,
                  n: o.n,
                  state: o.state,
                  approvedAt: o.approvedAt?.toISOString() ?? null,
                  isDemo: o.isDemo,
                })),
            })),
          })),
        })),
      })),
    },
  };
}

export interface ImportResult {
  planId: string;
  slug: string;
  goals: number;
  measures: number;
  observations: number;
}

/**
 * Imports a plan document into an organization in one transaction, creating the divisions
 * and student groups it names that the organization lacks. Refuses the whole file, writing
 * nothing, when anything is wrong (PlanDocumentError lists every problem).
 */
export async function importPlanDocument(db: Db, organizationId: string, raw: unknown, actorId: string | null): Promise<ImportResult> {
  // An imported plan may be published: the public pages must show it at once.
  return inImportTransaction(db, { organizationId }, (tx) => importIntoOrganization(tx, organizationId, raw, actorId));
}

/**
 * Creates an organization (with its All students group) and imports a plan document into
 * it, all in one transaction: a refused file, or an address already taken, creates nothing.
 */
export async function importPlanDocumentAsNewOrganization(
  db: Db,
  input: { slug: string; name: string },
  raw: unknown,
  actorId: string | null,
): Promise<ImportResult & { organizationId: string }> {
  const parsed = organizationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
    throw new AppError('VALIDATION', `The organization cannot be created: ${Object.values(fieldErrors).flat().join(' ')}`, fieldErrors);
  }
  const { slug, name, timeZone } = parsed.data;
  return inImportTransaction(db, (r) => ({ organizationId: r.organizationId }), async (tx) => {
    if (await tx.organization.findUnique({ where: { slug }, select: { id: true } })) {
      throw new AppError('CONFLICT', `An organization "${slug}" already exists.`, { slug: [`An organization "${slug}" already exists.`] });
    }
    const { organization } = await createOrganizationRecord(tx, { slug, name, timeZone });
    await tx.auditEvent.create({
      data: {
        organizationId: organization.id,
        actorId,
        action: 'organization.create',
        entityType: 'Organization',
        entityId: organization.id,
        before: Prisma.DbNull,
        after: { slug, name, shortName: organization.shortName, timeZone: organization.timeZone, via: 'plan.import' },
      },
    });
    return { organizationId: organization.id, ...(await importIntoOrganization(tx, organization.id, raw, actorId)) };
  });
}

async function inImportTransaction<T>(
  db: Db,
  scope: PublicChangeScope | ((result: NoInfer<T>) => PublicChangeScope),
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await publicTransaction(work, scope, { db, timeout: 120_000, maxWait: 30_000 });
  } catch (error) {
    // A code referenced but not caught by the checks (a race with another import) is still a refusal.
    if (error instanceof Error && /^Unknown (division|student group|period) /.test(error.message)) {
      throw new PlanDocumentError([{ path: '(document)', message: error.message }]);
    }
    throw error;
  }
}

async function importIntoOrganization(tx: Tx, organizationId: string, raw: unknown, actorId: string | null): Promise<ImportResult> {
  const [divisions, groups, plans] = await Promise.all([
    tx.division.findMany({ where: { organizationId } }),
    tx.studentGroup.findMany({ where: { organizationId } }),
    tx.plan.findMany({ where: { organizationId }, select: { slug: true } }),
  ]);
  const parsed = parsePlanDocument(raw, {
    divisions: new Set(divisions.map((d) => d.code)),
    studentGroups: new Set(groups.map((g) => g.code)),
    planSlugs: new Set(plans.map((p) => p.slug)),
  });
  if (!parsed.ok) throw new PlanDocumentError(parsed.problems);
  const doc = parsed.document;

  const divisionIdsByCode = new Map(divisions.map((d) => [d.code, d.id]));
  for (const d of doc.organization?.divisions ?? []) {
    if (divisionIdsByCode.has(d.code)) continue;
    const row = await tx.division.create({ data: { ...pickFields(d, DIVISION_DOCUMENT_KEYS), organizationId } });
    divisionIdsByCode.set(d.code, row.id);
  }
  const studentGroupIdsByCode = new Map(groups.map((g) => [g.code, g.id]));
  let allStudentsId = groups.find((g) => g.isAll)?.id;
  let position = groups.length;
  for (const g of doc.organization?.studentGroups ?? []) {
    if (studentGroupIdsByCode.has(g.code)) continue;
    // Every organization has exactly one All students group (the database refuses a second):
    // the document's is the organization's own, whatever its code there.
    if (g.isAll && allStudentsId) {
      studentGroupIdsByCode.set(g.code, allStudentsId);
      continue;
    }
    const row = await tx.studentGroup.create({
      data: { ...pickFields(g, STUDENT_GROUP_DOCUMENT_KEYS), category: g.isAll ? null : g.category, organizationId, position: position++ },
    });
    if (g.isAll) allStudentsId = row.id;
    studentGroupIdsByCode.set(g.code, row.id);
  }

  const imported = await createPlanFromDocument(tx, doc, { organizationId, divisionIdsByCode, studentGroupIdsByCode });
  const measures = doc.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures)));
  const result = {
    planId: imported.planId,
    slug: doc.plan.slug,
    goals: imported.goalIdsByCode.size,
    measures: measures.length,
    observations: measures.reduce((n, m) => n + m.observations.length, 0),
  };
  await tx.auditEvent.create({
    data: {
      organizationId,
      actorId,
      action: 'plan.import',
      entityType: 'Plan',
      entityId: imported.planId,
      before: Prisma.DbNull,
      after: { name: doc.plan.name, ...result },
    },
  });
  return result;
}
