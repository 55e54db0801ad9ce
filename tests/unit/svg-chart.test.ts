import { describe, expect, it } from 'vitest';
import { chartGeometry, niceStep, valueTicks } from '@/lib/svg-chart';

describe('nice steps and ticks', () => {
  it.each([
    [10, 4, 2.5],
    [3.2, 4, 1],
    [100, 4, 25],
    [47, 4, 20],
    [0, 4, 1],
    [-5, 4, 1],
  ])('a range of %d in %d steps moves by %d', (range, count, step) => {
    expect(niceStep(range, count)).toBe(step);
  });

  it.each<[number, number, number[]]>([
    [28.1, 31.2, [28, 29, 30, 31, 32]],
    [2396, 2415, [2395, 2400, 2405, 2410, 2415]],
    [50, 50, [46, 48, 50, 52, 54]],
    [0, 0, [-1, -0.5, 0, 0.5, 1]],
  ])('values from %d to %d get ticks %j', (min, max, ticks) => {
    expect(valueTicks(min, max).ticks).toEqual(ticks);
  });

  it('falls back to a unit scale when there is nothing to draw', () => {
    expect(valueTicks(Infinity, -Infinity)).toEqual({ ticks: [0, 1], domain: [0, 1] });
  });
});

describe('chart geometry', () => {
  const box = { width: 200, height: 100, top: 10, right: 10, bottom: 10, left: 10 };

  it('maps time left to right and values bottom to top inside the box', () => {
    const g = chartGeometry(
      [{ t: 100, value: 30 }],
      [
        { t: 0, value: 31.2 },
        { t: 300, value: 28.08 },
      ],
      box,
    );
    expect(g.x(0)).toBe(10);
    expect(g.x(300)).toBe(190);
    expect(g.y(g.valueTicks[0]!)).toBe(90);
    expect(g.y(g.valueTicks.at(-1)!)).toBe(10);
    expect(g.targetPath.startsWith('M10 ')).toBe(true);
    expect(g.actualPath).toMatch(/^M70 [\d.]+$/);
    expect(g.timeTicks).toEqual([0, 300]);
  });

  it('draws a single point in the middle', () => {
    const g = chartGeometry([{ t: 5, value: 1 }], [], box);
    expect(g.x(5)).toBe(100);
    expect(g.targetPath).toBe('');
    expect(g.timeTicks).toEqual([5]);
  });
});
