import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryPlanForward, type LastActual } from '@/lib/data/plan/next-cycle-rules';
import {
  carryOverOutline,
  chooseCarryOver,
  countParts,
  defaultChoice,
  measureKey,
  suggestNextCycle,
} from '@/lib/data/plan/next-cycle-choice';
import { linesToList, slugify } from '@/lib/data/core/fields';
import { moveInOrder } from '@/lib/data/core/positions';
import { blockedPeriodsMessage, reconcilePeriods, statusChangeProblem, statusChanges } from '@/lib/data/plan/rules';
import { periodsForCycle } from '@/lib/periods';
import { planDocumentSchema } from '@/lib/data/plan/document';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const lacoe = planDocumentSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../prisma/plans/lacoe-2022-2025.json'), 'utf8')),
);

describe('slugify', () => {
  it.each([
    ['Strategic Plan 2025–2028', 'strategic-plan-2025-2028'],
    ['  Plan Estratégico: Año 1  ', 'plan-estrategico-ano-1'],
    ['---', ''],
    ['x'.repeat(70), 'x'.repeat(60)],
  ])('%j becomes %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('plan status changes', () => {
  it.each([
    ['DRAFT', false, ['ACTIVE', 'ARCHIVED']],
    ['ACTIVE', false, ['ARCHIVED', 'DRAFT']],
    ['ACTIVE', true, ['ARCHIVED']],
    ['ARCHIVED', false, ['ACTIVE', 'DRAFT']],
    ['ARCHIVED', true, ['ACTIVE']],
  ] as const)('a %s plan (updates: %s) may become %j', (from, hasUpdates, to) => {
    expect(statusChanges(from, hasUpdates).map((c) => c.to)).toEqual(to);
  });

  it('explains each refusal', () => {
    expect(statusChangeProblem('ACTIVE', 'ACTIVE', 0)).toBe('The plan is already active.');
    expect(statusChangeProblem('ACTIVE', 'DRAFT', 1)).toBe(
      'Divisions have already reported on this plan (1 update), so it cannot go back to draft. Archive it instead.',
    );
    expect(statusChangeProblem('DRAFT', 'ACTIVE', 0)).toBeNull();
  });
});

describe('reconcilePeriods', () => {
  const existing = periodsForCycle(d('2022-07-01'), d('2025-06-30')).map((p) => ({ code: p.code, label: p.label, updates: 0, values: 0 }));

  it('a longer cycle adds the missing quarters and school year, and removes nothing', () => {
    const change = reconcilePeriods(existing, d('2022-07-01'), d('2026-06-30'));
    expect(change.add.map((p) => p.code)).toEqual(['2025-26-Q1', '2025-26-Q2', '2025-26-Q3', '2025-26-Q4', '2025-26']);
    expect(change.remove).toEqual([]);
    expect(change.blocked).toEqual([]);
  });

  it('a shorter cycle removes the empty periods it no longer covers and blocks those with data', () => {
    const withData = existing.map((p) => (p.code === '2022-23-Q2' ? { ...p, updates: 2, values: 5 } : p));
    const change = reconcilePeriods(withData, d('2023-07-01'), d('2025-06-30'));
    expect(change.add).toEqual([]);
    expect(change.remove).toEqual(['2022-23-Q1', '2022-23-Q3', '2022-23-Q4', '2022-23']);
    expect(change.blocked.map((p) => p.code)).toEqual(['2022-23-Q2']);
    expect(blockedPeriodsMessage(change.blocked)).toBe(
      'These reporting periods hold data and would fall outside the new cycle: 2022-23 Q2 (2 updates and 5 values). Keep the cycle around them; periods with data are never deleted.',
    );
  });
});

describe('moveInOrder', () => {
  it.each([
    [['a', 'b', 'c'], 'b', 'up', ['b', 'a', 'c']],
    [['a', 'b', 'c'], 'b', 'down', ['a', 'c', 'b']],
    [['a', 'b', 'c'], 'a', 'up', ['a', 'b', 'c']],
    [['a', 'b', 'c'], 'c', 'down', ['a', 'b', 'c']],
    [['a', 'b', 'c'], 'z', 'up', ['a', 'b', 'c']],
  ] as const)('%j moving %s %s gives %j', (ids, id, direction, expected) => {
    expect(moveInOrder(ids, id, direction)).toEqual(expected);
  });
});

it('linesToList keeps the non-blank lines, trimmed', () => {
  expect(linesToList(' Equity \r\n\nExcellence\n  ')).toEqual(['Equity', 'Excellence']);
});

describe('choosing what carries into the next cycle', () => {
  const actuals = new Map<string, LastActual>([[measureKey('WB-1', 'CHRONIC-ABS'), { value: 27.9, date: '2024-06-30', label: '2023-24' }]]);

  it('outlines every part, proposes last actuals, and ticks all that is not archived by default', () => {
    const withArchived = structuredClone(lacoe);
    const cc2 = withArchived.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).find((g) => g.code === 'CC-2')!;
    cc2.archivedAt = '2024-03-01T00:00:00.000Z';
    const outline = carryOverOutline(withArchived, actuals);
    expect(outline).toHaveLength(5);
    const goals = outline.flatMap((o) => o.priorities.flatMap((p) => p.goals));
    expect(goals).toHaveLength(12);
    const absence = goals.find((g) => g.code === 'WB-1')!.measures.find((m) => m.code === 'CHRONIC-ABS')!;
    expect(absence.proposed).toEqual({ value: 27.9, date: '2024-06-30', label: '2023-24' });
    expect(absence.baseline.value).toBe(31.2);
    const choice = defaultChoice(outline);
    expect(choice.goals.has('CC-2')).toBe(false);
    expect(choice.goals.size).toBe(11);
    expect(choice.objectives.size).toBe(5);
  });

  it('keeps only the chosen parts, and drops what sits under a part left out', () => {
    const outline = carryOverOutline(lacoe, actuals);
    const all = defaultChoice(outline);
    const first = outline[0]!;
    const chosen = chooseCarryOver(lacoe, {
      ...all,
      objectives: new Set([first.key, outline[1]!.key]),
      // The second objective's priorities stay ticked, but a priority of a dropped objective goes.
      priorities: new Set([...all.priorities].filter((k) => k !== first.priorities[0]!.key)),
    });
    expect(chosen.plan.objectives.map((o) => o.name)).toEqual([lacoe.plan.objectives[0]!.name, lacoe.plan.objectives[1]!.name]);
    expect(chosen.plan.objectives[0]!.priorities).toHaveLength(lacoe.plan.objectives[0]!.priorities.length - 1);
    expect(countParts(chosen).objectives).toBe(2);
    // The original document is left as it was.
    expect(countParts(lacoe)).toEqual({ objectives: 5, priorities: 11, goals: 12, measures: countParts(lacoe).measures });
  });

  it('carries the chosen parts forward with the next-cycle rules, re-based on the last actual', () => {
    const outline = carryOverOutline(lacoe, actuals);
    const chosen = chooseCarryOver(lacoe, { ...defaultChoice(outline), measures: new Set([measureKey('WB-1', 'CHRONIC-ABS')]) });
    const next = carryPlanForward(chosen, { slug: 'n', name: 'N', cycleStart: '2025-07-01', cycleEnd: '2028-06-30' }, actuals);
    const measures = next.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures)));
    expect(measures).toHaveLength(1);
    expect(measures[0]!.baseline).toMatchObject({ value: 27.9, label: '2023-24' });
    expect(measures[0]!.target.date).toBe('2028-06-30');
  });

  it('a carried measure starts the new cycle with no target history of the old one', () => {
    const changed = structuredClone(lacoe);
    const measure = changed.plan.objectives[1]!.priorities[0]!.goals[0]!.measures[0]!;
    measure.targetHistory = [
      { effectiveFrom: null, baseline: { value: 31.2, date: '2022-06-30', label: '2021-22' }, target: { kind: 'PERCENT_CHANGE', amount: 10, date: '2025-06-30' }, interimTargets: [], reason: '', boardApprovedOn: null },
      { effectiveFrom: '2024-01-01', baseline: { value: 31.2, date: '2022-06-30', label: '2021-22' }, target: { kind: 'PERCENT_CHANGE', amount: 15, date: '2025-06-30' }, interimTargets: [], reason: 'Board raised the goal', boardApprovedOn: '2023-12-12' },
    ];
    const next = carryPlanForward(changed, { slug: 'n', name: 'N', cycleStart: '2025-07-01', cycleEnd: '2028-06-30' }, actuals);
    expect(next.plan.objectives[1]!.priorities[0]!.goals[0]!.measures[0]!.targetHistory).toEqual([]);
  });

  it.each([
    [{ name: 'Strategic Plan 2022–2025', slug: '2022-2025', cycleStart: '2022-07-01', cycleEnd: '2025-06-30' }, { name: 'Strategic Plan 2025–2028', slug: '2025-2028', cycleStart: '2025-07-01', cycleEnd: '2028-06-30' }],
    [{ name: 'Strategic Plan 2023–2028', slug: '2023-2028', cycleStart: '2023-07-01', cycleEnd: '2028-06-30' }, { name: 'Strategic Plan 2028–2033', slug: '2028-2033', cycleStart: '2028-07-01', cycleEnd: '2033-06-30' }],
    [{ name: 'Our plan', slug: 'our-plan', cycleStart: '2024-01-01', cycleEnd: '2024-12-31' }, { name: 'Our plan (next cycle)', slug: 'our-plan-next', cycleStart: '2025-01-01', cycleEnd: '2025-12-31' }],
  ])('suggests the cycle after %j', (previous, expected) => {
    expect(suggestNextCycle(previous)).toEqual(expected);
  });
});
