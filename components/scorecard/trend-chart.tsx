// A measure over time as server-rendered SVG: approved values (solid) against the path to
// the target (dashed). Decorative detail is hidden from screen readers; the summary is the
// chart's text alternative and the goal page adds a data table.
import { chartGeometry, type XY } from '@/lib/svg-chart';

const SPARK = { width: 160, height: 48, top: 6, right: 6, bottom: 6, left: 6 };
// Narrow enough that its labels stay legible when scaled down to a phone.
const FULL = { width: 420, height: 220, top: 14, right: 16, bottom: 30, left: 56 };

export function Sparkline({ actual, target, summary }: { actual: XY[]; target: XY[]; summary: string }) {
  if (actual.length === 0 && target.length === 0) return null;
  const g = chartGeometry(actual, target, SPARK);
  return (
    <svg
      viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
      className="h-12 w-40 shrink-0"
      role="img"
      aria-label={summary}
    >
      <path d={g.targetPath} fill="none" stroke="#b45309" strokeWidth="1.5" strokeDasharray="4 3" />
      <path d={g.actualPath} fill="none" stroke="#1e40af" strokeWidth="2" />
      {actual.map((p) => (
        <circle key={p.t} cx={g.x(p.t)} cy={g.y(p.value)} r="2.5" fill="#1e40af" />
      ))}
    </svg>
  );
}

export function TrendChart({
  actual,
  target,
  baseline,
  summary,
  formatValue,
  formatTime,
  legend,
}: {
  actual: XY[];
  target: XY[];
  baseline: number | null;
  summary: string;
  formatValue: (value: number) => string;
  formatTime: (t: number) => string;
  legend: { approved: string; target: string; baseline: string };
}) {
  if (actual.length === 0 && target.length === 0) return null;
  const g = chartGeometry(actual, target, FULL);
  const right = FULL.width - FULL.right;
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${FULL.width} ${FULL.height}`} className="h-auto w-full max-w-xl" role="img" aria-label={summary}>
        <g fontSize="12" fill="#334155">
          {g.valueTicks.map((v) => (
            <g key={v}>
              <line x1={FULL.left} x2={right} y1={g.y(v)} y2={g.y(v)} stroke="#e2e8f0" />
              <text x={FULL.left - 8} y={g.y(v) + 4} textAnchor="end">
                {formatValue(v)}
              </text>
            </g>
          ))}
          {g.timeTicks.map((t, i) => (
            <text
              key={t}
              x={g.x(t)}
              y={FULL.height - 10}
              textAnchor={i === 0 ? 'start' : i === g.timeTicks.length - 1 ? 'end' : 'middle'}
            >
              {formatTime(t)}
            </text>
          ))}
        </g>
        {baseline !== null && (
          <line x1={FULL.left} x2={right} y1={g.y(baseline)} y2={g.y(baseline)} stroke="#64748b" strokeDasharray="2 4" />
        )}
        <path d={g.targetPath} fill="none" stroke="#b45309" strokeWidth="2" strokeDasharray="6 4" />
        {target.map((p) => (
          <rect key={p.t} x={g.x(p.t) - 3} y={g.y(p.value) - 3} width="6" height="6" fill="#b45309" />
        ))}
        <path d={g.actualPath} fill="none" stroke="#1e40af" strokeWidth="2.5" />
        {actual.map((p) => (
          <circle key={p.t} cx={g.x(p.t)} cy={g.y(p.value)} r="4" fill="#1e40af" />
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" stroke="#1e40af" strokeWidth="2.5" />
            <circle cx="14" cy="5" r="3.5" fill="#1e40af" />
          </svg>
          {legend.approved}
        </span>
        <span className="inline-flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" stroke="#b45309" strokeWidth="2" strokeDasharray="6 4" />
            <rect x="11" y="2" width="6" height="6" fill="#b45309" />
          </svg>
          {legend.target}
        </span>
        {baseline !== null && (
          <span className="inline-flex items-center gap-2">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke="#64748b" strokeDasharray="2 4" />
            </svg>
            {legend.baseline}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
