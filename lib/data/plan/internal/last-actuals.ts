// Each measure's latest approved all-students value in a plan: what the next cycle proposes as
// its new baseline (the screen's preview, its command, and the demo's 2025-28 draft). Unguarded.
import type { Db, Tx } from '@/lib/db/client';
import { measureKey, type LastActual } from '@/lib/data/plan/next-cycle-rules';

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Each measure's latest approved all-students value in a plan, and whether it is demo data. */
export async function lastApprovedActuals(db: Db | Tx, planId: string): Promise<Map<string, LastActual>> {
  const observations = await db.observation.findMany({
    where: { state: 'APPROVED', studentGroup: { isAll: true }, measure: { goal: { planId } } },
    select: {
      value: true,
      isDemo: true,
      period: { select: { endDate: true, label: true } },
      measure: { select: { code: true, goal: { select: { code: true } } } },
    },
    orderBy: [{ period: { endDate: 'asc' } }],
  });
  const actuals = new Map<string, LastActual>();
  // Ascending by period end, so the last write per measure is its latest value.
  for (const o of observations) {
    actuals.set(measureKey(o.measure.goal.code, o.measure.code), {
      value: o.value,
      date: isoDate(o.period.endDate),
      label: o.period.label,
      isDemo: o.isDemo,
    });
  }
  return actuals;
}
