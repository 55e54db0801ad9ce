// A set of goals as a status mix: a proportional bar (decoration) and the counts in words
// with their icon shapes, so the mix never depends on colour.
import { StatusIcon } from '@/components/status-badge';
import type { StatusCounts } from '@/lib/plan-view';
import { statusLabel, type MeasureStatus } from '@/lib/status';

export const STATUS_SEQUENCE: MeasureStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'MET', 'NO_DATA'];

const BAR: Record<MeasureStatus, string> = {
  MET: 'bg-met',
  ON_TRACK: 'bg-ontrack',
  AT_RISK: 'bg-atrisk',
  OFF_TRACK: 'bg-offtrack',
  NO_DATA: 'bg-slate-300',
};

export const STATUS_TONE: Record<MeasureStatus, string> = {
  MET: 'text-met',
  ON_TRACK: 'text-ontrack',
  AT_RISK: 'text-atrisk',
  OFF_TRACK: 'text-offtrack',
  NO_DATA: 'text-nodata',
};

export function StatusBar({ counts, className = 'h-2' }: { counts: StatusCounts; className?: string }) {
  const total = STATUS_SEQUENCE.reduce((sum, s) => sum + counts[s], 0);
  if (total === 0) return <div aria-hidden="true" className={`${className} rounded-full bg-slate-100`} />;
  return (
    <div aria-hidden="true" className={`${className} flex overflow-hidden rounded-full bg-slate-100`}>
      {STATUS_SEQUENCE.filter((s) => counts[s] > 0).map((s) => (
        <span key={s} className={BAR[s]} style={{ width: `${Number(((counts[s] / total) * 100).toFixed(2))}%` }} />
      ))}
    </div>
  );
}

/** "1 off track · 2 on track", each with its icon; empty statuses left out. */
export function StatusCountList({ counts, compact = false }: { counts: StatusCounts; compact?: boolean }) {
  const present = STATUS_SEQUENCE.filter((s) => counts[s] > 0);
  if (present.length === 0) return <span className="text-slate-600">No goals</span>;
  return (
    <ul className={`status-counts ${compact ? 'gap-x-2 gap-y-0.5 text-xs' : 'gap-x-3 gap-y-1 text-sm'}`}>
      {present.map((s) => (
        <li key={s}>
          <span className={STATUS_TONE[s]}>
            <StatusIcon status={s} className={compact ? 'h-3 w-3' : 'h-3.5 w-3.5'} />
          </span>
          <span>
            <span>{counts[s]}</span> {statusLabel(s).toLowerCase()}
          </span>
        </li>
      ))}
    </ul>
  );
}
