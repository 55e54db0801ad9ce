// One measure of a goal: target in words, a one-sentence summary, the chart and a table of
// the same numbers; for a disaggregated measure, its student groups and the focus-group gap.
import { GroupChart } from '@/components/group-chart';
import { MeasureChart } from '@/components/measure-chart';
import { StatusBadge } from '@/components/status-badge';
import { gapChartRows, groupChartData, measureChartRows, measureSentence, unitSuffix } from '@/lib/chart-data';
import type { GapDetail, GoalMeasureDetail } from '@/lib/data/goals';
import { DEFAULT_GAP_REDUCTION_PERCENT } from '@/lib/gaps';
import { formatDate, formatMonthYear, formatValue, type MeasureUnit } from '@/lib/format';
import { REVIEW_STATE_LABELS } from '@/lib/labels';
import { statusLabel } from '@/lib/status';
import { ColumnHeads } from '@/components/column-heads';

export function MeasureSection({ measure, today }: { measure: GoalMeasureDetail; today: number }) {
  const s = measure.summary;
  const sentence = measureSentence(measure);
  const fmt = (v: number | null) => (v === null ? '—' : formatValue(v, s.unit, s.decimals));
  return (
    <section aria-labelledby={`measure-${s.id}`} className="card space-y-4 p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`measure-${s.id}`} className="text-lg font-semibold">
            {s.name}
          </h2>
          <p className="text-sm text-slate-700">Target: {s.targetSentence}</p>
          <p className="text-xs text-slate-600">
            {measure.cadence === 'ANNUAL' ? 'Measured annually' : 'Measured quarterly'}
            {measure.dataSource ? ` · Source: ${measure.dataSource}` : ''}
          </p>
          {measure.baseline.note && (
            <p className={`mt-1 text-xs ${measure.baseline.isDemo ? 'font-medium text-amber-900' : 'text-slate-600'}`}>{measure.baseline.note}</p>
          )}
        </div>
        <StatusBadge status={s.status.status} />
      </div>
      <p className="text-base font-medium text-slate-900">{sentence}</p>
      <MeasureChart
        rows={measureChartRows(measure)}
        baseline={measure.baseline.value}
        unitSuffix={unitSuffix(s.unit)}
        decimals={s.decimals}
        today={today}
        targetChanges={measure.targetChanges.map((c) => Date.parse(c.effectiveFrom))}
        summary={`Chart of ${s.name}. ${sentence}${measure.targetChanges.length ? ' The target changed during the plan; see below.' : ''} The table below lists every value.`}
      />
      {/* Focusable so a keyboard can scroll a table wider than a phone. */}
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Values of ${s.name}`}>
        <table className="data-table">
          <caption className="sr-only">Values of {s.name}</caption>
          <ColumnHeads columns={['Period', 'Value', 'Reported in', 'Review state', 'Expected', 'Status']} />
          <tbody>
            {measure.baseline.value !== null && (
              <tr>
                <td>Baseline {measure.baseline.label}</td>
                <td className="tabular-nums">{fmt(measure.baseline.value)}</td>
                <td>—</td>
                <td>{measure.baseline.isDemo ? 'Demo baseline' : 'From the plan'}</td>
                <td>—</td>
                <td>—</td>
              </tr>
            )}
            {measure.values.map((v) => (
              <tr key={`${v.periodEnd}-${v.state}`} className={v.state === 'APPROVED' ? undefined : 'bg-violet-50/60'}>
                <td>{v.periodLabel}</td>
                <td className="tabular-nums">{fmt(v.value)}</td>
                <td>{v.reportedIn}</td>
                <td>{REVIEW_STATE_LABELS[v.state]}</td>
                <td className="tabular-nums">{fmt(v.expected)}</td>
                <td>{v.status ? statusLabel(v.status) : 'Not counted until approved'}</td>
              </tr>
            ))}
            {measure.finalTarget !== null && (
              <tr>
                <td>Target, {formatMonthYear(new Date(measure.targetDate))}</td>
                <td className="tabular-nums">{fmt(measure.finalTarget)}</td>
                <td>—</td>
                <td>Target</td>
                <td>—</td>
                <td>—</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {measure.targetChanges.length > 0 && <TargetChanges measure={measure} />}
      {measure.groups.length > 1 && <StudentGroups measure={measure} />}
      {measure.gap && <GapPanel gap={measure.gap} unit={s.unit} decimals={s.decimals} today={today} />}
    </section>
  );
}

/** What the board changed: each period above is judged against the target in force at its end. */
function TargetChanges({ measure }: { measure: GoalMeasureDetail }) {
  const headingId = `target-changes-${measure.summary.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-amber-200 bg-amber-50/60 p-4">
      <h3 id={headingId} className="font-semibold">
        {measure.targetChanges.length === 1 ? 'The target changed' : `The target changed ${measure.targetChanges.length} times`}
      </h3>
      <p className="text-sm text-slate-700">Each period is judged against the target in force when it ended.</p>
      <ol className="mt-3 space-y-3">
        {[...measure.targetChanges].reverse().map((c) => (
          <li key={c.effectiveFrom} className="text-sm">
            <p className="font-medium text-slate-900">
              {c.baselineChanged && c.targetChanged ? 'Baseline and target' : c.baselineChanged ? 'Baseline' : 'Target'} changed from{' '}
              {formatDate(new Date(c.effectiveFrom))}
              {c.boardApprovedOn ? `, approved by the board on ${formatDate(new Date(c.boardApprovedOn))}` : ''}
            </p>
            {c.reason && <p className="text-slate-700">Reason: {c.reason}</p>}
            <p className="text-slate-700">
              <span className="text-slate-600">Before:</span> {c.before}
            </p>
            <p className="text-slate-700">
              <span className="text-slate-600">After:</span> {c.after}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function StudentGroups({ measure }: { measure: GoalMeasureDetail }) {
  const s = measure.summary;
  const chart = groupChartData(measure.groups);
  const periods = [...new Map(measure.groups.flatMap((g) => g.points.filter((p) => p.state === 'APPROVED').map((p) => [p.periodEnd, p.periodLabel]))).entries()].sort(
    (a, b) => a[0].localeCompare(b[0]),
  );
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <h3 className="text-base font-semibold">By student group</h3>
      <GroupChart groups={chart.series} rows={chart.rows} unitSuffix={unitSuffix(s.unit)} decimals={s.decimals} measureName={s.name} />
      <details className="group">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Table of values by student group</summary>
      <div className="mt-2 relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Values of ${s.name} by student group`}>
        <table className="data-table number-grid">
          <caption className="sr-only">Approved values of {s.name} by student group, with the number of students (n)</caption>
          <thead>
            <tr>
              <th scope="col">Student group</th>
              {periods.map(([end, label]) => (
                <th key={end} scope="col" className="text-right">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measure.groups.map((g) => (
              <tr key={g.id}>
                <th scope="row" className="!bg-white font-normal">
                  {g.name}
                  {g.isFocus && ' (focus)'}
                  {g.isReference && ' (reference)'}
                </th>
                {periods.map(([end]) => {
                  const p = g.points.find((x) => x.periodEnd === end && x.state === 'APPROVED');
                  return (
                    <td key={end}>
                      {p ? formatValue(p.value, s.unit, s.decimals) : '—'}
                      {p?.n != null && <span>{`n = ${p.n.toLocaleString('en-US')}`}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      </details>
    </div>
  );
}

function GapPanel({ gap, unit, decimals, today }: { gap: GapDetail; unit: MeasureUnit; decimals: number; today: number }) {
  const fmt = (v: number | null) => (v === null ? '—' : formatValue(v, unit, decimals));
  const latest = gap.points.at(-1);
  const title = `Gap: ${gap.focusName} behind ${gap.referenceName}`;
  const sentence = latest
    ? `The gap was ${fmt(latest.gap)} in ${latest.periodLabel}${latest.expected !== null ? ` against a target path of ${fmt(latest.expected)}` : ''}: ${statusLabel(gap.status).toLowerCase()}.`
    : 'No period has approved values for both groups yet.';
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="text-base font-semibold">{title}</h3>
          {gap.targetSentence && <p className="text-sm text-slate-700">Gap target: {gap.targetSentence}</p>}
          <p className="text-xs text-slate-600">
            Positive: {gap.focusName} trails {gap.referenceName}.{' '}
            {gap.statedReductionPercent === null
              ? `The plan states no gap target, so the target is a ${DEFAULT_GAP_REDUCTION_PERCENT}% narrowing of the first observed gap.`
              : `The plan's gap target: close ${gap.statedReductionPercent}% of the first observed gap.`}
          </p>
        </div>
        <StatusBadge status={gap.status} />
      </div>
      <p className="text-sm font-medium">{sentence}</p>
      {gap.points.length > 0 && (
        <>
          <div className="max-w-3xl">
            <MeasureChart
              rows={gapChartRows(gap)}
              baseline={gap.points[0]!.gap}
              unitSuffix={unitSuffix(unit)}
              decimals={decimals}
              today={today}
              summary={`${title}. ${sentence}`}
              actualLabel="Gap"
              targetLabel="Gap target"
            />
          </div>
          <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}, by period`}>
            <table className="data-table">
              <caption className="sr-only">{title}, by period</caption>
              <ColumnHeads columns={['Period', gap.focusName, gap.referenceName, 'Gap', 'Target path']} />
              <tbody>
                {gap.points.map((p) => (
                  <tr key={p.periodEnd}>
                    <td>{p.periodLabel}</td>
                    <td className="tabular-nums">{fmt(p.focus)}</td>
                    <td className="tabular-nums">{fmt(p.reference)}</td>
                    <td className="tabular-nums font-semibold">{fmt(p.gap)}</td>
                    <td className="tabular-nums">{fmt(p.expected)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
