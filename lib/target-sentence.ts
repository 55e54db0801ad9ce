// The one sentence that states a measure's target as an administrator writes it, e.g.
// "Increase from 62.0% (2021-22) by 2 percentage points each year, to 68.0% by June 2025."
// Used by the measure form's live preview. Pure; the numbers come from lib/targets.ts.
import { formatAmount, formatMonthYear, formatValue, type MeasureUnit } from '@/lib/format';
import { targetPath, type TargetSpec } from '@/lib/targets';

export interface TargetSentenceInput extends TargetSpec {
  unit: MeasureUnit;
  decimals: number;
  /** The baseline's period, e.g. "2021-22"; the sentence shows it in brackets. */
  baselineLabel: string | null;
}

const capitalize = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export function measureTargetSentence(spec: TargetSentenceInput): string {
  const fmt = (v: number) => formatValue(v, spec.unit, spec.decimals);
  const verb = spec.direction === 'INCREASE' ? 'increase' : 'decrease';
  const relative = spec.kind === 'PERCENT_CHANGE' || spec.kind === 'ANNUAL_PERCENT_CHANGE';
  const annual = spec.kind === 'ANNUAL_CHANGE' || spec.kind === 'ANNUAL_PERCENT_CHANGE';
  const by = `by ${formatMonthYear(spec.deadline)}`;
  const step = spec.kind === 'VALUE' ? '' : `by ${formatAmount(spec.amount, spec.unit, relative)}${annual ? ' each year' : ''}`;

  const path = targetPath(spec);
  const final = path.length ? path[path.length - 1]!.value : null;
  const hasBaseline = spec.baseline !== null && spec.baselineDate !== null;

  if (!hasBaseline || final === null) {
    if (spec.kind === 'VALUE') return `Reach ${fmt(spec.amount)} ${by}.`;
    return `${capitalize(verb)} ${step} to ${formatMonthYear(spec.deadline)}; the target needs a baseline to be computed.`;
  }
  const from = `from ${fmt(spec.baseline!)}${spec.baselineLabel ? ` (${spec.baselineLabel})` : ''}`;
  const interims = path.filter((p) => p.kind === 'interim').length;
  const explicit = (spec.interimTargets ?? []).length > 0;
  const via = explicit && interims > 0 ? `, through ${interims} interim ${interims === 1 ? 'target' : 'targets'}` : '';
  if (spec.kind === 'VALUE') return `${capitalize(verb)} ${from} to ${fmt(final)} ${by}${via}.`;
  return `${capitalize(verb)} ${from} ${step}, to ${fmt(final)} ${by}${via}.`;
}
