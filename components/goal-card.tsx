import Link from 'next/link';
import { StatusBadge } from '@/components/status-badge';
import type { GoalSummary } from '@/lib/data/structure/overview';
import { formatValue } from '@/lib/format';
import { REVIEW_STATE_LABELS } from '@/lib/labels';

/** One goal with each measure's latest value against its target in words. */
export function GoalCard({
  goal,
  href,
  showPending,
  context,
}: {
  goal: GoalSummary;
  href?: string;
  showPending: boolean;
  /** Where the goal sits, e.g. "Priority area: Literacy". */
  context?: string;
}) {
  return (
    <article className="card flex flex-col gap-3 p-4 sm:p-5" aria-labelledby={`goal-${goal.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          {context && <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{context}</p>}
          <h3 id={`goal-${goal.id}`} className="text-base font-semibold text-slate-900">
            {href ? <Link href={href}>{goal.title}</Link> : goal.title}
            <span className="ml-2 text-xs font-normal text-slate-600">{goal.code}</span>
          </h3>
          {goal.divisionName && <p className="text-xs text-slate-600">{goal.divisionName}</p>}
        </div>
        <StatusBadge status={goal.status} />
      </div>
      <p className="line-clamp-3 text-sm text-slate-700">{goal.statement}</p>
      {goal.measures.length > 0 ? (
        <ul className="divide-y divide-slate-100 border-t border-slate-100">
          {goal.measures.map((m) => (
            <li key={m.id} className="grid gap-1 py-2 text-sm sm:grid-cols-[1fr_auto] sm:gap-4">
              <div className="min-w-0">
                <p className="font-medium text-slate-800">{m.name}</p>
                <p className="text-xs text-slate-600">
                  Target: {m.targetSentence}
                  {m.baselineIsDemo && <span className="text-amber-900"> (demo baseline)</span>}
                </p>
              </div>
              <div className="sm:text-right">
                {m.latestApproved ? (
                  <p>
                    <span className="text-lg font-bold tabular-nums">
                      {formatValue(m.latestApproved.value, m.unit, m.decimals)}
                    </span>{' '}
                    <span className="text-xs text-slate-600">{m.latestApproved.periodLabel}</span>
                  </p>
                ) : (
                  <p className="text-slate-600">No approved value yet</p>
                )}
                {showPending && m.latestPending && (
                  <p className="mt-0.5 inline-flex items-center gap-1 rounded border border-dashed border-brand-600 px-1.5 py-0.5 text-xs text-brand-800">
                    <span className="font-semibold tabular-nums">
                      {formatValue(m.latestPending.value, m.unit, m.decimals)}
                    </span>
                    {m.latestPending.periodLabel} · {REVIEW_STATE_LABELS[m.latestPending.state]}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">This goal has no measure yet.</p>
      )}
    </article>
  );
}
