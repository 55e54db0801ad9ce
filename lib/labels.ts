// Words for enum values, in one place.
import { dateFormat } from '@/lib/format';
export const ROLE_LABELS = { ADMIN: 'Administrator', CABINET: 'Cabinet', LEAD: 'Division lead', STAFF: 'Division staff' } as const;

export const REVIEW_STATE_LABELS = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted, awaiting review',
  APPROVED: 'Approved',
  RETURNED: 'Returned for changes',
} as const;

export const REPORTED_STATUS_LABELS = {
  MET: 'Met',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
} as const;

export function formatDate(iso: string | Date, locale = 'en-US'): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}
