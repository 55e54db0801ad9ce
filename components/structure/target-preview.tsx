'use client';
// The live preview of a measure's target: the sentence that states it and its path from the
// baseline through the interim targets to the final one, as a small SVG chart and a list.
import { formatValue, targetSentence, type MeasureUnit } from '@/lib/format';
import { formatDate } from '@/lib/labels';
import { chartGeometry } from '@/lib/svg-chart';
import { measureTargetSentence, type TargetSentenceInput } from '@/lib/target-sentence';
import { targetPath } from '@/lib/targets';

const BOX = { width: 360, height: 176, top: 10, right: 14, bottom: 32, left: 52 };

/** inline: shown under the target fields on narrow screens, where the side column is far below. */
export function TargetPreview({ spec, inline = false }: { spec: TargetSentenceInput | null; inline?: boolean }) {
  const headingId = inline ? 'preview-heading-inline' : 'preview-heading';
  if (!spec) {
    return (
      <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id={headingId} className="font-semibold">
          Preview
        </h2>
        <p className="mt-1 text-sm text-slate-700" aria-live="polite">
          Enter the target&apos;s amount and date to see it stated and charted.
        </p>
      </section>
    );
  }
  const sentence = measureTargetSentence(spec);
  const path = targetPath(spec);
  const fmt = (v: number) => formatValue(v, spec.unit as MeasureUnit, spec.decimals);
  const points = path.map((p) => ({ t: p.date.getTime(), value: p.value }));
  const geometry = points.length ? chartGeometry([], points, BOX) : null;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="font-semibold">
        Preview
      </h2>
      <p className="mt-1 text-sm font-medium text-slate-900" aria-live="polite" data-testid={inline ? 'target-sentence-inline' : 'target-sentence'}>
        {sentence}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        <span className="font-medium">On the dashboard and scorecard:</span> {targetSentence(spec)}
      </p>
      {geometry && points.length > 1 && (
        <svg role="img" aria-label={`Target path: ${path.map((p) => `${fmt(p.value)} on ${formatDate(p.date)}`).join(', ')}`} viewBox={`0 0 ${BOX.width} ${BOX.height}`} className="mt-3 w-full max-w-md">
          {geometry.valueTicks.map((v) => (
            <g key={`v${v}`}>
              <line x1={BOX.left} x2={BOX.width - BOX.right} y1={geometry.y(v)} y2={geometry.y(v)} stroke="#e2e8f0" />
              <text x={BOX.left - 6} y={geometry.y(v) + 4} textAnchor="end" fontSize="11" fill="#475569">
                {fmt(v)}
              </text>
            </g>
          ))}
          {geometry.timeTicks.map((t) => (
            <text key={`t${t}`} x={geometry.x(t)} y={BOX.height - 8} textAnchor="middle" fontSize="11" fill="#475569">
              {new Date(t).getUTCFullYear()}
            </text>
          ))}
          <path d={geometry.targetPath} fill="none" stroke="#b45309" strokeWidth={2} strokeDasharray="5 3" />
          {path.map((p) => (
            <circle key={p.date.getTime()} cx={geometry.x(p.date.getTime())} cy={geometry.y(p.value)} r={p.kind === 'interim' ? 3 : 4} fill={p.kind === 'baseline' ? '#334155' : '#b45309'} />
          ))}
        </svg>
      )}
      {path.length > 0 && (
        <ol className="mt-2 space-y-0.5 text-xs text-slate-700">
          {path.map((p) => (
            <li key={p.date.getTime()}>
              <span className="font-semibold">{p.kind === 'baseline' ? 'Baseline' : p.kind === 'interim' ? 'Interim' : 'Target'}</span>{' '}
              {fmt(p.value)} · {formatDate(p.date)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
