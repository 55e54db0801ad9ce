// The public scorecard's reads: published plans only, approved values only, no login.
// Anything unpublished or unknown is NOT_FOUND, so existence never leaks. Reads are cached
// in-process and shared by every visitor (lib/data/public-cache.ts); every write a visitor could
// see runs in publicTransaction(), which empties them in every process once it commits.
import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { findPlanTree } from '@/lib/data/structure/internal/plan-tree';
import { buildOverview, type PlanOverview } from '@/lib/data/structure/overview';
import { cachedPublicRead, orgTag, planTag, TAG_ALL, TAG_LISTS } from '@/lib/data/public-cache';
import { openDataCsv, openDataJson, openDataRows, type OpenDataRow } from '@/lib/open-data';
import { LIVE } from '@/lib/data/core/archived';
import {
  buildGoalView,
  buildScorecardView,
  FORMAT_LOCALE,
  type GoalView,
  type Lang,
  type PublicPlanSource,
  type ScorecardView,
} from '@/lib/public-scorecard';

// The invalidation helper lives with the caches; writers import it from here or from there.
export { invalidatePublicScorecard } from '@/lib/data/public-cache';

/** Slugs come from the URL: anything that is not a plausible slug is simply not found. */
function slugOrNotFound(value: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) throw new AppError('NOT_FOUND');
  return value.toLowerCase();
}

async function loadPlanSource(orgSlug: string, planSlug: string): Promise<PublicPlanSource | null> {
  const db = getDb();
  const plan = await findPlanTree(db, { slug: planSlug, published: true, organization: { slug: orgSlug } });
  if (!plan) return null;
  const [observations, studentGroups, updates] = await Promise.all([
    db.observation.findMany({
      where: { organizationId: plan.organizationId, measure: { ...LIVE, goal: { planId: plan.id } }, state: 'APPROVED' },
      orderBy: [{ period: { endDate: 'asc' } }],
      select: {
        measureId: true,
        studentGroupId: true,
        value: true,
        n: true,
        state: true,
        approvedAt: true,
        updatedAt: true,
        period: { select: { code: true, label: true, endDate: true } },
        reportedPeriod: { select: { code: true, label: true } },
      },
    }),
    db.studentGroup.findMany({
      where: { organizationId: plan.organizationId },
      orderBy: { position: 'asc' },
      select: { id: true, code: true, name: true, nameEs: true, isAll: true, category: true },
    }),
    db.update.findMany({
      where: { organizationId: plan.organizationId, goal: { planId: plan.id, ...LIVE }, state: 'APPROVED' },
      orderBy: [{ period: { endDate: 'desc' } }],
      select: {
        goalId: true,
        narrative: true,
        reportedStatus: true,
        reviewedAt: true,
        period: { select: { label: true, endDate: true } },
      },
    }),
  ]);
  const latestNarratives = new Map<string, (typeof updates)[number]>();
  for (const u of updates) if (!latestNarratives.has(u.goalId) && u.narrative.trim()) latestNarratives.set(u.goalId, u);
  return { plan, observations, studentGroups, latestNarratives };
}

/** The published plan's content and approved values, from the cache when nothing changed. */
export async function getPublicPlanSource(orgSlug: string, planSlug: string): Promise<PublicPlanSource> {
  const org = slugOrNotFound(orgSlug);
  const slug = slugOrNotFound(planSlug);
  // A miss is cached too, filed with the lists, so a publication clears it.
  const source = await cachedPublicRead(
    `plan:${org}/${slug}`,
    (loaded: PublicPlanSource | null) =>
      loaded ? [TAG_ALL, planTag(loaded.plan.id), orgTag(loaded.plan.organizationId)] : [TAG_ALL, TAG_LISTS],
    () => loadPlanSource(org, slug),
  );
  if (!source) throw new AppError('NOT_FOUND');
  return source;
}

/** The plan's overview (status per goal and measure) as the dashboard computes it, from approved values. */
export async function getPublicScorecard(orgSlug: string, planSlug: string, locale = 'en-US'): Promise<PlanOverview> {
  const source = await getPublicPlanSource(orgSlug, planSlug);
  return overviewOf(source, locale);
}

export function overviewOf(source: PublicPlanSource, locale: string): PlanOverview {
  const allId = source.studentGroups.find((g) => g.isAll)?.id;
  return buildOverview(
    source.plan,
    source.observations.filter((o) => o.studentGroupId === allId),
    locale,
  );
}

// What is built from a cached source is kept with it, and goes when the source is dropped.
const derived = new WeakMap<PublicPlanSource, Map<string, unknown>>();
function memo<T>(source: PublicPlanSource, key: string, build: () => T): T {
  let views = derived.get(source);
  if (!views) derived.set(source, (views = new Map()));
  if (!views.has(key)) views.set(key, build());
  return views.get(key) as T;
}

/** The plan page in one language. */
export async function getScorecardView(orgSlug: string, planSlug: string, lang: Lang): Promise<ScorecardView> {
  const source = await getPublicPlanSource(orgSlug, planSlug);
  return memo(source, `plan:${lang}`, () => buildScorecardView(source, overviewOf(source, FORMAT_LOCALE[lang]), lang));
}

/** One goal's page in one language; NOT_FOUND for a goal the published plan does not have. */
export async function getGoalView(orgSlug: string, planSlug: string, goalCode: string, lang: Lang): Promise<GoalView> {
  const source = await getPublicPlanSource(orgSlug, planSlug);
  const code = goalCode.toUpperCase();
  // Checked first, so that addresses of goals that do not exist are not remembered.
  const exists = source.plan.objectives.some((o) => o.priorities.some((p) => p.goals.some((g) => g.code.toUpperCase() === code)));
  if (!exists) throw new AppError('NOT_FOUND');
  return memo(source, `goal:${lang}:${code}`, () => buildGoalView(source, overviewOf(source, FORMAT_LOCALE[lang]), code, lang)!);
}

/** Every published figure of the plan, as the downloads carry it. */
export async function getOpenData(
  orgSlug: string,
  planSlug: string,
  lang: Lang = 'en',
): Promise<{ source: PublicPlanSource; rows: OpenDataRow[] }> {
  const source = await getPublicPlanSource(orgSlug, planSlug);
  return { source, rows: memo(source, `open-data:${lang}`, () => openDataRows(source, lang)) };
}

/** An open-data download as it is sent: its bytes and validator are made once per cached plan. */
export interface OpenDataFile {
  filename: string;
  format: 'csv' | 'json';
  body: string;
  etag: string;
}

export async function getOpenDataFile(orgSlug: string, planSlug: string, format: 'csv' | 'json', lang: Lang = 'en'): Promise<OpenDataFile> {
  const { source, rows } = await getOpenData(orgSlug, planSlug, lang);
  return memo(source, `open-data-file:${format}:${lang}`, () => {
    const body = format === 'csv' ? openDataCsv(rows) : JSON.stringify(openDataJson(source, rows, lang));
    return {
      filename: `${source.plan.organization.slug}-${source.plan.slug}${lang === 'en' ? '' : `-${lang}`}.${format}`,
      format,
      body,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    };
  });
}

export interface PublishedPlanListing {
  slug: string;
  name: string;
  nameEs: string | null;
  cycleStart: Date;
  cycleEnd: Date;
  organization: { slug: string; name: string; shortName: string };
}

function listPublished(where: { organization?: { slug: string } }): Promise<PublishedPlanListing[]> {
  return getDb().plan.findMany({
    where: { published: true, ...where },
    orderBy: [{ organization: { name: 'asc' } }, { cycleStart: 'desc' }],
    select: {
      slug: true,
      name: true,
      nameEs: true,
      cycleStart: true,
      cycleEnd: true,
      organization: { select: { slug: true, name: true, shortName: true } },
    },
  });
}

/** Every published plan of every organization. */
export async function listPublishedScorecards(): Promise<PublishedPlanListing[]> {
  return cachedPublicRead('list:all', [TAG_ALL, TAG_LISTS], () => listPublished({}));
}

/** An organization's published plans; NOT_FOUND when it has none (or does not exist). */
export async function listPublishedPlansOf(orgSlug: string): Promise<PublishedPlanListing[]> {
  const org = slugOrNotFound(orgSlug);
  const plans = await cachedPublicRead(`list:${org}`, [TAG_ALL, TAG_LISTS], () =>
    listPublished({ organization: { slug: org } }),
  );
  if (plans.length === 0) throw new AppError('NOT_FOUND');
  return plans;
}
