// Words for enum values, in one place.
import { dateFormat } from '@/lib/format';
import { STATUS_LABELS } from '@/lib/status';
export const ROLE_LABELS = { ADMIN: 'Administrator', CABINET: 'Cabinet', LEAD: 'Division lead', STAFF: 'Division staff' } as const;

export const REVIEW_STATE_LABELS = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted, awaiting review',
  APPROVED: 'Approved',
  RETURNED: 'Returned for changes',
} as const;

/** The statuses a division may report for itself, in the same words as the computed ones. */
export const REPORTED_STATUS_LABELS = {
  MET: STATUS_LABELS.MET,
  ON_TRACK: STATUS_LABELS.ON_TRACK,
  AT_RISK: STATUS_LABELS.AT_RISK,
  OFF_TRACK: STATUS_LABELS.OFF_TRACK,
} as const;

export function formatDate(iso: string | Date, locale = 'en-US'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}
