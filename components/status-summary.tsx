import { StatusIcon } from '@/components/status-badge';
import type { StatusCounts } from '@/lib/plan-view';
import { statusLabel, type MeasureStatus } from '@/lib/status';

const ORDER: MeasureStatus[] = ['MET', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'];
const TONE: Record<MeasureStatus, string> = {
  MET: 'text-met',
  ON_TRACK: 'text-ontrack',
  AT_RISK: 'text-atrisk',
  OFF_TRACK: 'text-offtrack',
  NO_DATA: 'text-nodata',
};

/** The plan's health in one row: how many goals are in each status. */
export function StatusSummary({
  counts,
  label,
  statusLabels,
}: {
  counts: StatusCounts;
  label: string;
  /** Status names in the page's language; English by default. */
  statusLabels?: Record<MeasureStatus, string>;
}) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {ORDER.map((status) => (
        <div key={status} className="card flex flex-col gap-1 px-4 py-3">
          <dt className={`flex items-center gap-1.5 text-sm font-semibold ${TONE[status]}`}>
            <StatusIcon status={status} className="h-4 w-4" />
            {statusLabels?.[status] ?? statusLabel(status)}
          </dt>
          <dd className="text-3xl font-bold tabular-nums text-slate-900">{counts[status]}</dd>
        </div>
      ))}
    </dl>
  );
}

export function StatusCountsInline({
  counts,
  statusLabels,
}: {
  counts: StatusCounts;
  statusLabels?: Record<MeasureStatus, string>;
}) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      {ORDER.filter((s) => counts[s] > 0).map((s) => (
        <li key={s} className={`flex items-center gap-1 ${TONE[s]}`}>
          <StatusIcon status={s} />
          <span className="text-slate-700">
            {counts[s]} {(statusLabels?.[s] ?? statusLabel(s)).toLowerCase()}
          </span>
        </li>
      ))}
    </ul>
  );
}
