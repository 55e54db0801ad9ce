// The narrative timeline of a goal's updates: period, review state, the division's own
// assessment, who wrote it and when. Narratives are shown as text, never as HTML.
import type { GoalDetail } from '@/lib/data/goals';
import { formatDate, REPORTED_STATUS_LABELS, REVIEW_STATE_LABELS } from '@/lib/labels';

const STATE_STYLE: Record<GoalDetail['updates'][number]['state'], string> = {
  APPROVED: 'border-brand-700 bg-brand-700',
  SUBMITTED: 'border-violet-700 bg-white',
  RETURNED: 'border-amber-700 bg-amber-100',
  DRAFT: 'border-slate-500 bg-slate-100',
};

export function UpdateTimeline({ updates }: { updates: GoalDetail['updates'] }) {
  return (
    <section aria-labelledby="updates-heading" className="space-y-3">
      <h2 id="updates-heading" className="text-lg font-semibold">
        Progress updates
      </h2>
      {updates.length === 0 ? (
        <p className="text-slate-600">No update has been recorded for this goal yet.</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-slate-200 pl-6">
          {updates.map((u) => (
            <li key={u.id} className="relative">
              <span aria-hidden="true" className={`absolute -left-[1.95rem] top-4 h-3.5 w-3.5 rounded-full border-2 ${STATE_STYLE[u.state]}`} />
              <article className="card p-4" aria-label={`Update for ${u.periodLabel}`}>
                <p className="text-sm font-semibold text-slate-900">
                  {u.periodLabel} · {REVIEW_STATE_LABELS[u.state]}
                  {u.reportedStatus && ` · Reported ${REPORTED_STATUS_LABELS[u.reportedStatus].toLowerCase()}`}
                </p>
                <p className="text-xs text-slate-600">
                  {u.authorName ?? 'Unknown'} · {formatDate(u.updatedAt)}
                  {u.isDemo && ' · demo'}
                </p>
                {u.narrative && <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{u.narrative}</p>}
              </article>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
