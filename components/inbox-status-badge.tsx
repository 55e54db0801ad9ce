// A to-do item's state with text and an icon shape, never by colour alone.
import type { InboxStatus } from '@/lib/data/progress/rules';

export const INBOX_STATUS_LABELS: Record<InboxStatus, string> = {
  RETURNED: 'Returned',
  OVERDUE: 'Overdue',
  NOT_STARTED: 'Not started',
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
};

const STYLES: Record<InboxStatus, string> = {
  RETURNED: 'bg-amber-100 text-amber-950 ring-amber-700/30',
  OVERDUE: 'bg-red-100 text-red-900 ring-red-700/30',
  NOT_STARTED: 'bg-slate-100 text-slate-800 ring-slate-500/30',
  DRAFT: 'bg-blue-50 text-blue-900 ring-blue-700/30',
  SUBMITTED: 'bg-indigo-50 text-indigo-900 ring-indigo-700/30',
  APPROVED: 'bg-green-100 text-green-900 ring-green-700/30',
};

function Icon({ status }: { status: InboxStatus }) {
  const common = { className: 'h-3.5 w-3.5', viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;
  switch (status) {
    case 'RETURNED': // arrow back
      return (
        <svg {...common}>
          <path d="M6 3L2 7l4 4M2.5 7H10a4 4 0 010 8H8" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      );
    case 'OVERDUE': // clock with !
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 4v5M8 11v1.2" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      );
    case 'DRAFT': // pencil
      return (
        <svg {...common}>
          <path d="M2 14l1-4 8-8 3 3-8 8z" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      );
    case 'SUBMITTED': // paper plane
      return (
        <svg {...common}>
          <path d="M1 8l14-6-5 13-2-5z" fill="currentColor" />
        </svg>
      );
    case 'APPROVED': // check
      return (
        <svg {...common}>
          <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    default: // empty circle
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeDasharray="3 2" />
        </svg>
      );
  }
}

export function InboxStatusBadge({ status }: { status: InboxStatus }) {
  return (
    <span className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[status]}`}>
      <Icon status={status} />
      {INBOX_STATUS_LABELS[status]}
    </span>
  );
}
