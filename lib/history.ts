// A goal's history in words: each audit event as who did what, and every field it changed
// from before → after. Pure: the data layer supplies the events and the names of ids.
import { UPDATE_FIELD_LABELS } from '@/lib/data/progress/fields';
import { REPORTED_STATUS_LABELS, REVIEW_STATE_LABELS } from '@/lib/labels';

export interface AuditValue {
  measureId: string;
  periodId: string;
  studentGroupId?: string;
  value: number;
  n?: number | null;
}

export interface HistoryNames {
  measures: Map<string, string>;
  groups: Map<string, string>;
  periods: Map<string, string>;
}

export interface HistoryChange {
  field: string;
  before: string;
  after: string;
}

const ACTION_WORDS: Record<string, string> = {
  'update.save': 'Saved',
  'update.submit': 'Submitted for review',
  'update.approve': 'Approved',
  'update.return': 'Returned for changes',
  'update.reopen': 'Reopened an approved update',
  'observations.import': 'Imported values from a CSV file',
};

export function actionLabel(action: string): string {
  return ACTION_WORDS[action] ?? action;
}

const FIELDS: [key: string, label: string][] = [['state', 'State'], ...UPDATE_FIELD_LABELS];

type Snapshot = Record<string, unknown> | null | undefined;

function text(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'state') return REVIEW_STATE_LABELS[value as keyof typeof REVIEW_STATE_LABELS] ?? String(value);
  if (key === 'reportedStatus') return REPORTED_STATUS_LABELS[value as keyof typeof REPORTED_STATUS_LABELS] ?? String(value);
  if (Array.isArray(value)) return value.length ? value.join('\n') : '—';
  return String(value);
}

function valueText(v: AuditValue | undefined): string {
  if (!v) return '—';
  const number = v.value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return v.n === null || v.n === undefined ? number : `${number} (n = ${v.n.toLocaleString('en-US')})`;
}

function valueKey(v: AuditValue): string {
  return `${v.measureId}/${v.periodId}/${v.studentGroupId ?? ''}`;
}

/** Every field that differs between two snapshots of an update, values included. */
export function describeChanges(before: Snapshot, after: Snapshot, names: HistoryNames): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (const [key, label] of FIELDS) {
    const a = text(key, before?.[key]);
    const b = text(key, after?.[key]);
    if (a !== b && !(before === null && b === '—')) changes.push({ field: label, before: before ? a : '—', after: b });
  }
  const beforeValues = (before?.values as AuditValue[] | undefined) ?? [];
  const afterValues = (after?.values as AuditValue[] | undefined) ?? [];
  // Keyed once: an import can change thousands of values in one event.
  const beforeByKey = new Map(beforeValues.map((v) => [valueKey(v), v]));
  const afterByKey = new Map(afterValues.map((v) => [valueKey(v), v]));
  const keys = [...new Set([...beforeByKey.keys(), ...afterByKey.keys()])];
  for (const key of keys) {
    const a = beforeByKey.get(key);
    const b = afterByKey.get(key);
    const v = (b ?? a)!;
    const beforeText = valueText(a);
    const afterText = valueText(b);
    if (beforeText === afterText) continue;
    const measure = names.measures.get(v.measureId) ?? 'A measure';
    const group = v.studentGroupId ? names.groups.get(v.studentGroupId) : undefined;
    const period = names.periods.get(v.periodId) ?? '';
    changes.push({
      field: `${measure}${group ? ` · ${group}` : ''}${period ? ` (${period})` : ''}`,
      before: beforeText,
      after: afterText,
    });
  }
  return changes;
}
