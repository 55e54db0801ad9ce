// A plan's settings as its organization's administrators edit them: everything but its
// structure (lib/data/plan/fields.ts lists the fields). A changed cycle adds periods and never
// drops one that holds data. Tenant-scoped, validated, one transaction and one audit event.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { parseOrThrow, textareaLines } from '@/lib/data/core/validation';
import {
  PLAN_SETTINGS_LISTS,
  planSettingsSchema,
  settingsColumns,
  settingsFormText,
  settingsSnapshot,
  settingsValues,
  type PlanSettingsField,
  type PlanSettingsValues,
  type PlanStatus,
} from '@/lib/data/plan/fields';
import { blockedPeriodsMessage, reconcilePeriods, statusChanges, type StatusChange } from '@/lib/data/plan/rules';
import { publicTransaction } from '@/lib/data/public-cache';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';

export interface PlanSettings {
  id: string;
  slug: string;
  version: string;
  name: string;
  status: PlanStatus;
  published: boolean;
  publishedAt: string | null;
  /** The settings as saved, one value per field of the settings form. */
  settings: PlanSettingsValues;
  /** The same as the form's text (lists one item per line). */
  form: Record<PlanSettingsField, string>;
  periods: { quarters: number; first: string | null; last: string | null };
  updates: number;
  /** Status changes open to the plan, with what each does. */
  statusChanges: StatusChange[];
  /** Other plans of the organization that are active: activating this one makes several. */
  otherActivePlans: string[];
  organizationSlug: string;
}

/** One plan's settings, by slug, for its organization's administrators. */
export async function getPlanSettings(actor: Actor | null, slug: string): Promise<PlanSettings> {
  assertAdmin(actor);
  const db = getDb();
  const plan = await db.plan.findFirst({
    where: { organizationId: actor.organizationId, slug },
    include: { organization: { select: { slug: true } } },
  });
  if (!plan) throw new AppError('NOT_FOUND');
  const [quarters, updates, others] = await Promise.all([
    db.reportingPeriod.findMany({
      where: { planId: plan.id, kind: 'QUARTER' },
      orderBy: { endDate: 'asc' },
      select: { label: true },
    }),
    db.update.count({ where: { goal: { planId: plan.id } } }),
    db.plan.findMany({
      where: { organizationId: actor.organizationId, status: 'ACTIVE', id: { not: plan.id } },
      select: { name: true },
    }),
  ]);
  const settings = settingsValues(plan);
  return {
    id: plan.id,
    slug: plan.slug,
    version: plan.updatedAt.toISOString(),
    name: plan.name,
    status: plan.status,
    published: plan.published,
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    settings,
    form: settingsFormText(settings),
    periods: { quarters: quarters.length, first: quarters[0]?.label ?? null, last: quarters.at(-1)?.label ?? null },
    updates,
    statusChanges: statusChanges(plan.status, updates > 0),
    otherActivePlans: others.map((o) => o.name),
    organizationSlug: plan.organization.slug,
  };
}

export interface SettingsResult {
  periodsAdded: string[];
  periodsRemoved: string[];
}

/**
 * Saves a plan's settings. A changed cycle adds the reporting periods it now needs and
 * removes the empty ones it no longer covers; a period that holds updates or values is never
 * removed — the save is refused and names it. A save over someone else's newer one is refused.
 */
export async function updatePlanSettings(actor: Actor | null, raw: unknown): Promise<SettingsResult> {
  assertAdmin(actor);
  const { planId, version, ...values } = parseOrThrow(planSettingsSchema, raw, textareaLines(PLAN_SETTINGS_LISTS));
  const columns = settingsColumns(values);
  const result = await publicTransaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: planId, organizationId: actor.organizationId } });
    if (!plan) throw new AppError('NOT_FOUND');
    if (plan.updatedAt.toISOString() !== version) throw new AppError('STALE');

    const { cycleStart, cycleEnd } = columns;
    let periodsAdded: string[] = [];
    let periodsRemoved: string[] = [];
    if (cycleStart.getTime() !== plan.cycleStart.getTime() || cycleEnd.getTime() !== plan.cycleEnd.getTime()) {
      const periods = await tx.reportingPeriod.findMany({ where: { planId: plan.id }, select: { id: true, code: true, label: true } });
      const counts = await Promise.all(
        periods.map(async (p) => ({
          ...p,
          updates: await tx.update.count({ where: { periodId: p.id } }),
          values: await tx.observation.count({ where: { OR: [{ periodId: p.id }, { reportedPeriodId: p.id }] } }),
        })),
      );
      const change = reconcilePeriods(counts, cycleStart, cycleEnd);
      if (change.blocked.length > 0) {
        const message = blockedPeriodsMessage(change.blocked);
        throw new AppError('VALIDATION', `${message} Nothing was changed.`, { cycleStart: [message], cycleEnd: [message] });
      }
      if (change.remove.length > 0) {
        await tx.reportingPeriod.deleteMany({ where: { planId: plan.id, code: { in: change.remove } } });
      }
      if (change.add.length > 0) {
        await tx.reportingPeriod.createMany({
          data: change.add.map((p) => ({ ...p, organizationId: plan.organizationId, planId: plan.id })),
        });
      }
      periodsAdded = change.add.filter((p) => p.kind === 'QUARTER').map((p) => p.label);
      periodsRemoved = counts.filter((p) => change.remove.includes(p.code) && p.code.includes('-Q')).map((p) => p.label);
    }

    const updated = await tx.plan.update({ where: { id: plan.id }, data: columns });
    const before = settingsSnapshot(plan);
    const after = settingsSnapshot(updated);
    const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    await recordAudit(tx, actor, {
      action: 'plan.update',
      entityType: 'Plan',
      entityId: plan.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: { ...Object.fromEntries(changed.map((k) => [k, after[k]])), periodsAdded, periodsRemoved },
    });
    return { periodsAdded, periodsRemoved, published: plan.published };
  }, (r) => (r.published ? { organizationId: actor.organizationId } : null));
  return { periodsAdded: result.periodsAdded, periodsRemoved: result.periodsRemoved };
}
