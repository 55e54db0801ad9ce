// Numbers, dates and targets in words, per locale. Pure; used by pages, charts and exports.
import { finalTarget, type TargetSpec } from '@/lib/targets';

export type MeasureUnit = 'PERCENT' | 'COUNT' | 'POINTS' | 'SCALE_SCORE' | 'CURRENCY' | 'INDEX';

// Building an Intl formatter costs far more than using one: keep one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A date formatter in UTC, since stored dates are UTC midnights. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

function number(value: number, decimals: number, locale: string): string {
  return numberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export function formatValue(value: number, unit: MeasureUnit, decimals: number, locale = 'en-US'): string {
  switch (unit) {
    case 'PERCENT':
      return `${number(value, decimals, locale)}%`;
    case 'CURRENCY':
      return numberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }).format(value);
    default:
      return number(value, decimals, locale);
  }
}

/** The interface language of a BCP 47 locale: Spanish for "es-*", English otherwise. */
export function languageOf(locale: string): 'en' | 'es' {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** A change amount as the sentence needs it: "5 points", "10%", "5 percentage points", "105". */
export function formatAmount(amount: number, unit: MeasureUnit, relative: boolean, locale = 'en-US'): string {
  const n = numberFormat(locale, { maximumFractionDigits: 2 }).format(amount);
  if (relative) return `${n}%`;
  const words = PHRASES[languageOf(locale)];
  switch (unit) {
    case 'PERCENT':
      return `${n} ${amount === 1 ? words.percentagePoint : words.percentagePoints}`;
    case 'POINTS':
    case 'SCALE_SCORE':
      return `${n} ${amount === 1 ? words.point : words.points}`;
    case 'CURRENCY':
      return formatValue(amount, unit, 0, locale);
    default:
      return n;
  }
}

/** "November 14, 2023" */
export function formatDate(date: Date, locale = 'en-US'): string {
  return dateFormat(locale, { month: 'long', day: 'numeric', year: 'numeric' }).format(date);
}

export function formatMonthYear(date: Date, locale = 'en-US'): string {
  return dateFormat(locale, { month: 'long', year: 'numeric' }).format(date);
}

export type TargetSentenceSpec = TargetSpec & { unit: MeasureUnit; decimals: number; baselineLabel: string | null };

// The words of a target sentence, per interface language.
const PHRASES = {
  en: {
    by: (date: string) => `by ${date}`,
    more: 'more',
    fewer: 'fewer',
    less: 'less',
    than: 'than',
    above: 'above',
    below: 'below',
    eachYear: 'each year',
    fromWord: 'from',
    theBaseline: 'the baseline',
    baselineOf: (label: string | null, value: string) => `the ${label ? `${label} ` : ''}baseline of ${value}`,
    noBaseline: '(the plan states no baseline)',
    point: 'point',
    points: 'points',
    percentagePoint: 'percentage point',
    percentagePoints: 'percentage points',
  },
  es: {
    by: (date: string) => `para ${date}`,
    more: 'más',
    fewer: 'menos',
    less: 'menos',
    than: 'que',
    above: 'por encima de',
    below: 'por debajo de',
    eachYear: 'cada año',
    fromWord: 'desde',
    theBaseline: 'la línea de base',
    baselineOf: (label: string | null, value: string) => `la línea de base ${label ? `${label} ` : ''}de ${value}`,
    noBaseline: '(el plan no indica línea de base)',
    point: 'punto',
    points: 'puntos',
    percentagePoint: 'punto porcentual',
    percentagePoints: 'puntos porcentuales',
  },
} as const;

/**
 * The target in words and numbers, so a reader sees which reading of the goal the plan uses:
 * "28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%" (or, with an "es" locale,
 * "28.1% para junio de 2025 — 10% por debajo de la línea de base 2021-22 de 31.2%").
 */
export function targetSentence(spec: TargetSentenceSpec, locale = 'en-US'): string {
  const w = PHRASES[languageOf(locale)];
  const by = w.by(formatMonthYear(spec.deadline, locale));
  const fmt = (v: number) => formatValue(v, spec.unit, spec.decimals, locale);
  const up = spec.direction === 'INCREASE';
  const relative = spec.kind === 'PERCENT_CHANGE' || spec.kind === 'ANNUAL_PERCENT_CHANGE';
  const amount = formatAmount(spec.amount, spec.unit, relative, locale);
  const countable = spec.unit === 'COUNT' || spec.unit === 'CURRENCY';
  const fewer = countable && !relative ? w.fewer : w.less;
  // The change, and the word that joins it to the baseline ("than", "from", or none).
  const [change, joiner] = ((): [string, string] => {
    switch (spec.kind) {
      case 'VALUE':
        return ['', w.fromWord];
      case 'CHANGE':
        return [`${amount} ${up ? w.more : fewer}`, w.than];
      case 'PERCENT_CHANGE':
        return [`${amount} ${up ? w.above : w.below}`, ''];
      case 'ANNUAL_CHANGE':
      case 'ANNUAL_PERCENT_CHANGE':
        return [`${amount} ${up ? w.more : fewer} ${w.eachYear}`, w.fromWord];
    }
  })();
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

  const final = finalTarget(spec);
  if (spec.baseline === null || final === null) {
    if (spec.kind === 'VALUE') return `${fmt(spec.amount)} ${by}`;
    const relativeToBaseline = spec.kind === 'PERCENT_CHANGE' || spec.kind === 'CHANGE';
    const what = relativeToBaseline ? join(change, joiner, w.theBaseline) : change;
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} ${by} ${w.noBaseline}`;
  }
  return `${fmt(final)} ${by} — ${join(change, joiner, w.baselineOf(spec.baselineLabel, fmt(spec.baseline)))}`;
}
