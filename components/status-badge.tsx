// A status shown with text and an icon shape, never by colour alone.
import { statusLabel, type MeasureStatus } from '@/lib/status';

const STYLES: Record<MeasureStatus, string> = {
  MET: 'bg-met-bg text-met ring-met/30',
  ON_TRACK: 'bg-ontrack-bg text-ontrack ring-ontrack/30',
  AT_RISK: 'bg-atrisk-bg text-atrisk ring-atrisk/30',
  OFF_TRACK: 'bg-offtrack-bg text-offtrack ring-offtrack/30',
  NO_DATA: 'bg-nodata-bg text-nodata ring-nodata/20',
};

export function StatusIcon({ status, className = 'h-3.5 w-3.5' }: { status: MeasureStatus; className?: string }) {
  const common = { className, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  switch (status) {
    case 'MET': // star
      return (
        <svg {...common}>
          <path fill="currentColor" d="M8 1l2.1 4.4 4.8.6-3.5 3.3.9 4.7L8 11.7 3.7 14l.9-4.7L1.1 6l4.8-.6z" />
        </svg>
      );
    case 'ON_TRACK': // check in a circle
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke="white" strokeWidth="1.8" />
        </svg>
      );
    case 'AT_RISK': // triangle with !
      return (
        <svg {...common}>
          <path fill="currentColor" d="M8 1l7 13H1z" />
          <path d="M8 6v4M8 11.5v1" stroke="white" strokeWidth="1.6" />
        </svg>
      );
    case 'OFF_TRACK': // octagon with x
      return (
        <svg {...common}>
          <path fill="currentColor" d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="white" strokeWidth="1.6" />
        </svg>
      );
    default: // hollow circle with dash
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M5 8h6" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      );
  }
}

export function StatusBadge({
  status,
  size = 'sm',
  label,
}: {
  status: MeasureStatus;
  size?: 'sm' | 'md';
  /** The status in the page's language; English by default. */
  label?: string;
}) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full font-semibold ring-1 ring-inset ${STYLES[status]} ${
        size === 'md' ? 'px-3 py-1 text-sm' : 'px-2.5 py-0.5 text-xs'
      }`}
    >
      <StatusIcon status={status} />
      {label ?? statusLabel(status)}
    </span>
  );
}
