// A small, static chart for print: approved values as a solid line with points, the target
// path dashed, the baseline dotted. Plain SVG rendered on the server, so it prints exactly.
export interface SparklineProps {
  points: { t: number; value: number }[];
  path: { t: number; value: number }[];
  label: string;
  width?: number;
  height?: number;
}

export function Sparkline({ points, path, label, width = 220, height = 64 }: SparklineProps) {
  const all = [...points, ...path];
  if (all.length === 0) {
    return <p className="text-xs text-slate-600">No values to chart yet.</p>;
  }
  const pad = 6;
  const tMin = Math.min(...all.map((p) => p.t));
  const tMax = Math.max(...all.map((p) => p.t));
  const vMin = Math.min(...all.map((p) => p.value));
  const vMax = Math.max(...all.map((p) => p.value));
  const x = (t: number) => pad + (tMax === tMin ? 0.5 : (t - tMin) / (tMax - tMin)) * (width - 2 * pad);
  const y = (v: number) => height - pad - (vMax === vMin ? 0.5 : (v - vMin) / (vMax - vMin)) * (height - 2 * pad);
  const line = (ps: { t: number; value: number }[]) => ps.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  const baseline = path[0];
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-full overflow-visible">
      {baseline && <line x1={pad} x2={width - pad} y1={y(baseline.value)} y2={y(baseline.value)} stroke="#94a3b8" strokeDasharray="1 3" />}
      {path.length > 1 && <path d={line(path)} fill="none" stroke="#b45309" strokeWidth={1.5} strokeDasharray="4 3" />}
      {path.map((p) => (
        <circle key={`t${p.t}`} cx={x(p.t)} cy={y(p.value)} r={2} fill="#b45309" />
      ))}
      {points.length > 1 && <path d={line(points)} fill="none" stroke="#1e40af" strokeWidth={2} />}
      {points.map((p) => (
        <circle key={`v${p.t}`} cx={x(p.t)} cy={y(p.value)} r={2.8} fill="#1e40af" />
      ))}
    </svg>
  );
}
