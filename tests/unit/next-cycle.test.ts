import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  arrangeUnderNewStructure,
  carryPlanForward,
  cycleLabel,
  measureKey,
  restateDeadline,
  startNextCycle,
  type LastActual,
} from '@/lib/data/plan/next-cycle-rules';
import { nextCycleDocumentSchema } from '@/lib/data/plan/next-cycle-document';
import { planDocumentSchema, updateDocumentSchema, type PlanDocument } from '@/lib/data/plan/document';

const plansDir = path.resolve(import.meta.dirname, '../../prisma/plans');
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(plansDir, file), 'utf8'));
const previous = planDocumentSchema.parse(read('lacoe-2022-2025.json'));
const frame = nextCycleDocumentSchema.parse(read('lacoe-2025-2028.json'));
const updateDefaults = updateDocumentSchema.parse({ period: '2023-24-Q2', state: 'APPROVED' });
const next = { slug: '2025-2028', name: 'Strategic Plan 2025–2028', cycleStart: '2025-07-01', cycleEnd: '2028-06-30' };

const goalsOf = (doc: PlanDocument) => doc.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals));
const measureOf = (doc: PlanDocument, goalCode: string, measureCode: string) => {
  const measure = goalsOf(doc)
    .find((g) => g.code === goalCode)
    ?.measures.find((m) => m.code === measureCode);
  if (!measure) throw new Error(`no measure ${goalCode}/${measureCode}`);
  return measure;
};

describe('cycleLabel', () => {
  it.each([
    ['2022-07-01', '2025-06-30', '2022-25'],
    ['2025-07-01', '2028-06-30', '2025-28'],
    ['2099-07-01', '2101-06-30', '2099-01'],
  ])('labels a cycle from %s to %s as %s', (start, end, label) => {
    expect(cycleLabel(start, end)).toBe(label);
  });
});

describe('restateDeadline', () => {
  it.each([
    ['By June 2025, we will see an additional 105 funded Community Schools.', '2025-06-30', '2028-06-30', 'By June 2028, we will see an additional 105 funded Community Schools.'],
    ['By December 2024, every LEA onboards.', '2024-12-31', '2028-06-30', 'By June 2028, every LEA onboards.'],
    // Worded otherwise, or naming another date: left exactly as written.
    ['LACOE will, by June 2025, decrease the gap.', '2025-06-30', '2028-06-30', 'LACOE will, by June 2025, decrease the gap.'],
    ['By June 2024, something.', '2025-06-30', '2028-06-30', 'By June 2024, something.'],
    ['By June 2025, no deadline stored.', null, '2028-06-30', 'By June 2025, no deadline stored.'],
  ])('restates %j', (statement, oldDeadline, newDeadline, expected) => {
    expect(restateDeadline(statement, oldDeadline, newDeadline)).toBe(expected);
  });
});

describe('carryPlanForward', () => {
  const actuals = new Map<string, LastActual>([
    [measureKey('WB-1', 'CHRONIC-ABS'), { value: 27.9, date: '2024-06-30', label: '2023-24' }],
    [measureKey('CC-2', 'CCSPP'), { value: 131, date: '2024-12-31', label: '2024-25 Q2', isDemo: true }],
  ]);
  const carried = carryPlanForward(previous, next, actuals);

  it('is a new draft, unpublished, under the new slug, name and cycle', () => {
    expect(carried.plan).toMatchObject({ ...next, status: 'DRAFT', published: false });
    expect(previous.plan.nameEs).toBe('Plan Estratégico 2022–2025');
    expect(carried.plan.nameEs).toBeUndefined();
    expect(previous.plan).toMatchObject({ slug: '2022-2025', status: 'ACTIVE', published: true });
  });

  it('keeps the whole structure: objectives, priorities, goals and measures', () => {
    const shape = (doc: PlanDocument) =>
      doc.plan.objectives.map((o) => [o.name, o.priorities.map((p) => [p.name, p.goals.map((g) => [g.code, g.measures.map((m) => m.code)])])]);
    expect(shape(carried)).toEqual(shape(previous));
  });

  it.each([
    // goal, measure, expected baseline
    ['WB-1', 'CHRONIC-ABS', { value: 27.9, date: '2024-06-30', label: '2023-24', note: 'Last actual of the 2022-25 plan, proposed as the new baseline.', isDemo: false }],
    // A demo actual makes a demo baseline.
    ['CC-2', 'CCSPP', { value: 131, date: '2024-12-31', label: '2024-25 Q2', note: 'Last actual of the 2022-25 plan, proposed as the new baseline.', isDemo: true }],
    [
      'SO-1',
      'ELA-G3',
      {
        value: null,
        date: null,
        label: null,
        note: 'The 2022-25 plan has no approved actual for this measure, so its new baseline is still to be set.',
        isDemo: false,
      },
    ],
  ])('proposes %s/%s’s last actual as its baseline, or says there is none', (goal, measure, baseline) => {
    expect(measureOf(carried, goal, measure).baseline).toEqual(baseline);
  });

  it('keeps each measure’s definition and target rule, re-dated to the new cycle’s end', () => {
    for (const goal of goalsOf(previous)) {
      for (const before of goal.measures) {
        const after = measureOf(carried, goal.code, before.code);
        expect({ ...after, baseline: before.baseline, target: before.target, interimTargets: before.interimTargets }).toEqual(before);
        expect(after.target).toEqual({ kind: before.target.kind, amount: before.target.amount, date: '2028-06-30' });
      }
    }
  });

  it('re-dates each goal’s deadline and statement', () => {
    const wb1 = goalsOf(carried).find((g) => g.code === 'WB-1');
    expect(wb1?.deadline).toBe('2028-06-30');
    expect(wb1?.statement).toBe(
      'By June 2028, we will achieve a decrease of 10% in chronic absenteeism of TK-12 students countywide as compared to the 2021-2022 baseline rate of 31.2%.',
    );
  });

  it('starts with no values, updates, period overrides or demo progress of its own', () => {
    const withProgress = structuredClone(previous);
    withProgress.plan.demoProgress = true;
    withProgress.plan.periods = [{ code: '2024-25-Q2', dueDate: '2025-01-15', closed: true }];
    const goal = withProgress.plan.objectives[1]!.priorities[0]!.goals[0]!;
    goal.updates = [{ ...updateDefaults, period: '2023-24-Q2', state: 'APPROVED' }];
    goal.measures[0]!.observations = [
      { asOf: '2023-24', reportedIn: '2023-24-Q2', group: 'ALL', value: 29.8, n: null, state: 'APPROVED', approvedAt: null, isDemo: true },
    ];
    const out = carryPlanForward(withProgress, next, new Map());
    expect(out.plan).toMatchObject({ demoProgress: false, periods: [] });
    expect(goalsOf(out).flatMap((g) => g.updates)).toEqual([]);
    expect(goalsOf(out).flatMap((g) => g.measures.flatMap((m) => m.observations))).toEqual([]);
  });

  it('drops explicit interim targets, which belong to the cycle that set them', () => {
    const withInterim = structuredClone(previous);
    const measure = withInterim.plan.objectives[0]!.priorities[0]!.goals[0]!.measures[0]!;
    measure.interimTargets = [{ date: '2023-06-30', label: '2022-23', value: 2401 }];
    const out = carryPlanForward(withInterim, next, new Map());
    expect(out.plan.objectives[0]!.priorities[0]!.goals[0]!.measures[0]!.interimTargets).toEqual([]);
  });

  it('returns a document that validates and leaves the previous plan untouched', () => {
    const before = JSON.stringify(previous);
    expect(planDocumentSchema.safeParse(carryPlanForward(previous, next, actuals)).success).toBe(true);
    expect(JSON.stringify(previous)).toBe(before);
  });
});

describe('arrangeUnderNewStructure', () => {
  const carried = carryPlanForward(previous, next, new Map());

  it('places each mapped goal under its new objective and priority, in mapping order', () => {
    const out = arrangeUnderNewStructure(carried, frame);
    expect(out.plan.objectives.map((o) => [o.name, o.priorities.map((p) => [p.name, p.goals.map((g) => g.code)])])).toEqual([
      [
        'Students',
        [
          ['Literacy', ['SO-1']],
          ['Numeracy', ['SO-2']],
          ['Justice-Impacted Youth Programs', ['SO-3']],
          ['Specialized High School Programs', ['CC-3']],
        ],
      ],
      ['Wellbeing', [['Student and Staff Wellbeing', ['WB-1', 'WB-2']], ['Community Schools', ['CC-2']]]],
      ['Partnerships', [['Partnerships', ['CC-1']]]],
      ['Communication', [['Communication', ['CE-1']], ['Customer Satisfaction', ['OE-1']]]],
      ['Excellence', [['Digital Divide', ['OE-2']], ['BEST Project', ['OE-3']]]],
    ]);
  });

  it('takes the new plan’s own text and level names, as a draft', () => {
    const out = arrangeUnderNewStructure(carried, { ...frame, plan: { ...frame.plan, status: 'ACTIVE', published: true } });
    expect(out.plan).toMatchObject({
      slug: '2025-2028',
      vision: 'Empowered Students, Thriving Communities',
      values: ['Integrity', 'Accountability', 'Service', 'Equity', 'Inclusivity'],
      status: 'DRAFT',
      published: false,
      levels: { objective: { singular: 'Objective' }, priority: { singular: 'Key priority' }, goal: { singular: 'Goal' } },
    });
  });

  it('adds carried goals to a priority the new plan already names, and leaves out goals it does not map', () => {
    const named = structuredClone(frame);
    named.plan.objectives[0]!.priorities = [{ name: 'Literacy', description: 'Named by the cabinet.', goals: [] }];
    named.carryOver = [{ goal: 'SO-1', objective: 'Students', priority: 'Literacy' }];
    const out = arrangeUnderNewStructure(carried, named);
    expect(out.plan.objectives[0]!.priorities).toHaveLength(1);
    expect(out.plan.objectives[0]!.priorities[0]).toMatchObject({ name: 'Literacy', description: 'Named by the cabinet.' });
    expect(goalsOf(out).map((g) => g.code)).toEqual(['SO-1']);
    expect(named.plan.objectives[0]!.priorities[0]!.goals).toEqual([]);
  });

  it.each([
    [{ goal: 'XX-9', objective: 'Students', priority: 'Literacy' }, 'carryOver: goal "XX-9" is not in the previous plan'],
    [{ goal: 'SO-1', objective: 'Student', priority: 'Literacy' }, 'carryOver: objective "Student" is not in the new plan'],
    [{ goal: 'SO-1', objective: 'Students', priority: 'Again' }, 'carryOver: goal "SO-1" is carried twice'],
  ])('refuses a mapping entry %j', (entry, message) => {
    const bad = { ...frame, carryOver: [...frame.carryOver, entry] };
    expect(() => arrangeUnderNewStructure(carried, bad)).toThrow(message);
  });

  it('reports every problem of a mapping at once', () => {
    const bad = {
      ...frame,
      carryOver: [
        { goal: 'XX-1', objective: 'Students', priority: 'P' },
        { goal: 'XX-2', objective: 'Nowhere', priority: 'P' },
      ],
    };
    expect(() => arrangeUnderNewStructure(carried, bad)).toThrow(
      [
        'carryOver: goal "XX-1" is not in the previous plan',
        'carryOver: goal "XX-2" is not in the previous plan',
        'carryOver: objective "Nowhere" is not in the new plan',
      ].join('\n'),
    );
  });
});

describe('startNextCycle', () => {
  it('builds LACOE 2025-28 from 2022-25: twelve goals carried, measures re-based on last actuals, valid and a draft', () => {
    const actuals = new Map<string, LastActual>([[measureKey('WB-1', 'CHRONIC-ABS'), { value: 28.4, date: '2024-06-30', label: '2023-24' }]]);
    const doc = startNextCycle(previous, frame, actuals);
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.plan).toMatchObject({ slug: '2025-2028', cycleStart: '2025-07-01', cycleEnd: '2028-06-30', status: 'DRAFT', published: false });
    expect(goalsOf(doc).map((g) => g.code).sort()).toEqual(goalsOf(previous).map((g) => g.code).sort());
    expect(measureOf(doc, 'WB-1', 'CHRONIC-ABS')).toMatchObject({
      baseline: { value: 28.4, label: '2023-24' },
      target: { kind: 'PERCENT_CHANGE', amount: 10, date: '2028-06-30' },
    });
    for (const goal of goalsOf(doc)) expect(goal.deadline).toBe('2028-06-30');
  });
});
