// The dashboard's URL filters (period, objective, division, status). Anything malformed is
// dropped rather than refused: a shared link with a stale filter still opens the dashboard.
import { z } from 'zod';
import type { DashboardFilters } from '@/lib/dashboard-view';

export const MEASURE_STATUSES = ['MET', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'] as const;

const id = z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const dashboardFiltersSchema = z.object({
  plan: id.optional().catch(undefined),
  period: z.string().trim().regex(/^\d{4}-\d{2}(-Q[1-4])?$/).optional().catch(undefined),
  objective: id.optional().catch(undefined),
  division: id.optional().catch(undefined),
  status: z.enum(MEASURE_STATUSES).optional().catch(undefined),
});

export type DashboardSearch = DashboardFilters & { plan?: string };

/** Reads Next's searchParams (a value may be repeated: the first one wins). */
export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): DashboardSearch {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = dashboardFiltersSchema.parse({
    plan: first(params.plan),
    period: first(params.period),
    objective: first(params.objective),
    division: first(params.division),
    status: first(params.status),
  });
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as DashboardSearch;
}

/** The dashboard URL for a set of filters, keeping only those that are set. */
export function dashboardHref(filters: DashboardSearch, path = '/dashboard', hash = ''): string {
  const query = new URLSearchParams();
  for (const key of ['plan', 'period', 'objective', 'division', 'status'] as const) {
    const value = filters[key];
    if (value) query.set(key, value);
  }
  const qs = query.toString();
  return `${path}${qs ? `?${qs}` : ''}${hash}`;
}
