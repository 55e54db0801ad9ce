// Numbers, dates and targets in words, per locale. Pure; used by pages, charts and exports.
import { finalTarget, type TargetSpec } from '@/lib/targets';

export type MeasureUnit = 'PERCENT' | 'COUNT' | 'POINTS' | 'SCALE_SCORE' | 'CURRENCY' | 'INDEX';

function number(value: number, decimals: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export function formatValue(value: number, unit: MeasureUnit, decimals: number, locale = 'en-US'): string {
  switch (unit) {
    case 'PERCENT':
      return `${number(value, decimals, locale)}%`;
    case 'CURRENCY':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(value);
    default:
      return number(value, decimals, locale);
  }
}

/** A change amount as the sentence needs it: "5 points", "10%", "5 percentage points", "105". */
export function formatAmount(amount: number, unit: MeasureUnit, relative: boolean, locale = 'en-US'): string {
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  if (relative) return `${n}%`;
  switch (unit) {
    case 'PERCENT':
      return `${n} percentage ${amount === 1 ? 'point' : 'points'}`;
    case 'POINTS':
    case 'SCALE_SCORE':
      return `${n} ${amount === 1 ? 'point' : 'points'}`;
    case 'CURRENCY':
      return formatValue(amount, unit, 0, locale);
    default:
      return n;
  }
}

export function formatMonthYear(date: Date, locale = 'en-US'): string {
  return date.toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export type TargetSentenceSpec = TargetSpec & { unit: MeasureUnit; decimals: number; baselineLabel: string | null };

/**
 * The target in words and numbers, so a reader sees which reading of the goal the plan uses:
 * "28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%".
 */
export function targetSentence(spec: TargetSentenceSpec, locale = 'en-US'): string {
  const by = `by ${formatMonthYear(spec.deadline, locale)}`;
  const fmt = (v: number) => formatValue(v, spec.unit, spec.decimals, locale);
  const up = spec.direction === 'INCREASE';
  const relative = spec.kind === 'PERCENT_CHANGE' || spec.kind === 'ANNUAL_PERCENT_CHANGE';
  const amount = formatAmount(spec.amount, spec.unit, relative, locale);
  const countable = spec.unit === 'COUNT' || spec.unit === 'CURRENCY';
  const change = (() => {
    switch (spec.kind) {
      case 'VALUE':
        return '';
      case 'CHANGE':
        return `${amount} ${up ? 'more' : countable ? 'fewer' : 'less'} than`;
      case 'PERCENT_CHANGE':
        return `${amount} ${up ? 'above' : 'below'}`;
      case 'ANNUAL_CHANGE':
      case 'ANNUAL_PERCENT_CHANGE':
        return `${amount} ${up ? 'more' : countable && !relative ? 'fewer' : 'less'} each year from`;
    }
  })();

  const final = finalTarget(spec);
  if (spec.baseline === null || final === null) {
    if (spec.kind === 'VALUE') return `${fmt(spec.amount)} ${by}`;
    const what = spec.kind === 'PERCENT_CHANGE' || spec.kind === 'CHANGE' ? `${change} the baseline` : change.replace(/ from$/, '');
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${by} (the plan states no baseline)`;
  }
  const baseline = `the ${spec.baselineLabel ? `${spec.baselineLabel} ` : ''}baseline of ${fmt(spec.baseline)}`;
  if (spec.kind === 'VALUE') return `${fmt(final)} ${by} — from ${baseline}`;
  return `${fmt(final)} ${by} — ${change} ${baseline}`;
}
