// A goal's history from its audit events: who did what and when, each change before → after.
import type { HistoryEntry } from '@/lib/data/history';
import { ColumnHeads } from '@/components/column-heads';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Los_Angeles' });

export function GoalHistory({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="text-slate-600">No change has been recorded here yet. Demo progress is loaded without a history.</p>
      ) : (
        <ol className="space-y-3" aria-label="Changes, newest first">
          {entries.map((e) => (
            <li key={e.id} className="card p-4">
              <p className="text-sm">
                <span className="font-semibold">{e.actionLabel}</span>
                {e.periodLabel && <span> · {e.periodLabel} update</span>}
              </p>
              <p className="text-sm text-slate-600">
                {e.actorName} · <time dateTime={e.at}>{when(e.at)}</time>
              </p>
              {e.reason && <p className="mt-1 text-sm">Reason: {e.reason}</p>}
              {e.changes.length > 0 && (
                <div className="mt-2 relative overflow-x-auto">
                  <table className="data-table">
                    <caption className="sr-only">
                      Changes by {e.actorName}, {when(e.at)}
                    </caption>
                    <ColumnHeads columns={['What', 'Before', 'After']} />
                    <tbody>
                      {e.changes.map((c, i) => (
                        <tr key={`${c.field}-${i}`}>
                          <th scope="row" className="!bg-transparent font-medium">
                            {c.field}
                          </th>
                          <td className="max-w-md whitespace-pre-wrap break-words text-slate-700">{c.before}</td>
                          <td className="max-w-md whitespace-pre-wrap break-words">{c.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
