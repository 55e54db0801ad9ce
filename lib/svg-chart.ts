// Geometry of the public pages' line charts, drawn as server-rendered SVG (no chart library
// in the browser): scales, "nice" value ticks and the paths of the two series. Pure.

export interface XY {
  t: number;
  value: number;
}

export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartGeometry {
  x: (t: number) => number;
  y: (value: number) => number;
  valueTicks: number[];
  timeTicks: number[];
  actualPath: string;
  targetPath: string;
}

/** A round step near range/count: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(range: number, count: number): number {
  if (!(range > 0) || !(count > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)! * power;
  return step;
}

/** Value ticks covering [min, max] at a nice step, and the padded domain they span. */
export function valueTicks(min: number, max: number, count = 4): { ticks: number[]; domain: [number, number] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [0, 1], domain: [0, 1] };
  if (min === max) {
    const pad = Math.abs(min) * 0.05 || 1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, count);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { ticks, domain: [lo, hi] };
}

const fixed = (n: number) => Number(n.toFixed(1));

function pathOf(points: XY[], x: (t: number) => number, y: (v: number) => number): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fixed(x(p.t))} ${fixed(y(p.value))}`).join(' ');
}

/** Scales and paths for actual values and the target path, both sorted by time. */
export function chartGeometry(actual: XY[], target: XY[], box: ChartBox): ChartGeometry {
  const all = [...actual, ...target];
  const times = all.map((p) => p.t);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const { ticks, domain } = valueTicks(Math.min(...all.map((p) => p.value)), Math.max(...all.map((p) => p.value)));
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const x = (t: number) => box.left + (t1 === t0 ? plotW / 2 : ((t - t0) / (t1 - t0)) * plotW);
  const y = (v: number) => box.top + plotH - ((v - domain[0]) / (domain[1] - domain[0])) * plotH;
  const byTime = (a: XY, b: XY) => a.t - b.t;
  // One time tick per target point (baseline, yearly targets, deadline): the plan's own dates.
  const timeTicks = [...new Set(target.map((p) => p.t))].sort((a, b) => a - b);
  return {
    x,
    y,
    valueTicks: ticks,
    timeTicks: timeTicks.length ? timeTicks : [...new Set(actual.map((p) => p.t))],
    actualPath: pathOf([...actual].sort(byTime), x, y),
    targetPath: pathOf([...target].sort(byTime), x, y),
  };
}
