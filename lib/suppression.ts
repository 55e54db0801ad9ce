// Student privacy on public pages and downloads: which student-group values are hidden ("*"),
// the size bucket shown instead of an exact n, and gaps that would reveal a hidden value. Pure.
//   primary        n below MIN_GROUP_SIZE (California's practice for student-level results)
//   complementary  groups of one category partition All students, so when All students is
//                  shown and exactly one group of a category is hidden, its value could be
//                  recomputed from the others: the smallest other group of it is hidden too.

export const MIN_GROUP_SIZE = 11;

export type SuppressionReason = 'SMALL_GROUP' | 'COMPLEMENTARY';

export interface GroupValue {
  groupCode: string;
  /** True for the All-students row. */
  isAll: boolean;
  /** Groups with the same category partition All students; null for groups that do not. */
  category: string | null;
  value: number;
  /** Students the value covers; null where a count does not apply (not suppressed). */
  n: number | null;
}

export type SuppressedGroupValue<T extends GroupValue = GroupValue> = Omit<T, 'value'> & {
  /** Null when suppressed. */
  value: number | null;
  suppressed: SuppressionReason | null;
  nBucket: NBucket | null;
};

export const N_BUCKETS = ['<11', '11-29', '30-99', '100-999', '1000-9999', '10000+'] as const;
export type NBucket = (typeof N_BUCKETS)[number];

/** The size class published instead of an exact count; null when no count applies. */
export function nBucket(n: number | null): NBucket | null {
  if (n === null || !Number.isFinite(n) || n < 0) return null;
  if (n < MIN_GROUP_SIZE) return '<11';
  if (n < 30) return '11-29';
  if (n < 100) return '30-99';
  if (n < 1000) return '100-999';
  if (n < 10_000) return '1000-9999';
  return '10000+';
}

/** A size class as a reader sees it, in the page's number format: "1,000–9,999", "10,000+", "<11". */
export function bucketLabel(bucket: NBucket, locale: string): string {
  const format = new Intl.NumberFormat(locale).format;
  const range = /^(\d+)-(\d+)$/.exec(bucket);
  if (range) return `${format(Number(range[1]))}–${format(Number(range[2]))}`;
  const open = /^(\d+)\+$/.exec(bucket);
  if (open) return `${format(Number(open[1]))}+`;
  return bucket.replace(/\d+/, (digits) => format(Number(digits)));
}

const isSmall = (n: number | null) => n !== null && n < MIN_GROUP_SIZE;

/**
 * The values of one measure for one period, all student groups together (the set must be
 * complete, since complementary suppression looks across groups). Order is kept.
 */
export function suppressSmallGroups<T extends GroupValue>(rows: readonly T[]): SuppressedGroupValue<T>[] {
  const reasons = new Map<number, SuppressionReason>();
  rows.forEach((row, i) => {
    if (isSmall(row.n)) reasons.set(i, 'SMALL_GROUP');
  });

  const totalShown = rows.some((row, i) => row.isAll && !reasons.has(i));
  if (totalShown) {
    const categories = new Set(rows.filter((r) => !r.isAll && r.category).map((r) => r.category!));
    for (const category of categories) {
      const members = rows.map((row, i) => ({ row, i })).filter(({ row }) => !row.isAll && row.category === category);
      const hidden = members.filter(({ i }) => reasons.has(i));
      const shown = members.filter(({ i }) => !reasons.has(i));
      if (hidden.length !== 1 || shown.length === 0) continue;
      // Hide the smallest remaining group: it protects the hidden one and costs the least.
      const [smallest] = [...shown].sort(
        (a, b) => (a.row.n ?? Infinity) - (b.row.n ?? Infinity) || a.row.groupCode.localeCompare(b.row.groupCode),
      );
      reasons.set(smallest!.i, 'COMPLEMENTARY');
    }
  }

  return rows.map((row, i) => {
    const suppressed = reasons.get(i) ?? null;
    return { ...row, value: suppressed ? null : row.value, suppressed, nBucket: nBucket(row.n) };
  });
}

/**
 * How far a focus group is behind a reference group, in the measure's direction (positive:
 * behind). Null when either value is missing or suppressed, since a published gap and the
 * reference value would give the hidden value away.
 */
export function groupGap(
  focus: { value: number | null } | undefined,
  reference: { value: number | null } | undefined,
  direction: 'INCREASE' | 'DECREASE',
): number | null {
  if (!focus || !reference || focus.value === null || reference.value === null) return null;
  return direction === 'INCREASE' ? reference.value - focus.value : focus.value - reference.value;
}
