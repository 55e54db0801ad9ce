import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlanDocument, formatIssues, formatPath, parsePlanDocument } from '@/lib/data/plan/document-check';
import { nextCycleDocumentSchema } from '@/lib/data/plan/next-cycle-document';
import { planDocumentSchema, type PlanDocument } from '@/lib/data/plan/document';

const lacoe = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../prisma/plans/lacoe-2022-2025.json'), 'utf8'));
const codes = {
  divisions: new Set(['CIS', 'JCCS', 'SSS', 'HRS', 'SPCS', 'EP', 'COMM', 'OS', 'TS', 'BAS']),
  studentGroups: new Set(['ALL', 'AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR', 'EL', 'SED', 'SWD', 'FOS', 'HOM', 'JIY']),
  planSlugs: new Set<string>(),
};
const clone = (): PlanDocument => planDocumentSchema.parse(structuredClone(lacoe));
const goal = (doc: PlanDocument, o: number, p: number, g: number) => doc.plan.objectives[o]!.priorities[p]!.goals[g]!;

describe('problem paths', () => {
  it('reads like the document', () => {
    expect(formatPath(['plan', 'objectives', 2, 'priorities', 0, 'goals', 1, 'measures', 0, 'target', 'amount'])).toBe(
      'plan.objectives[2].priorities[0].goals[1].measures[0].target.amount',
    );
  });

  it('lists every schema problem of a broken file, each with its path and a plain message', () => {
    const broken = structuredClone(lacoe);
    broken.plan.name = '';
    broken.plan.objectives[2].priorities[1].goals[0].measures[0].target.amount = 'ten';
    broken.plan.objectives[0].priorities[0].goals[0].measures[1].direction = 'UP';
    delete broken.plan.objectives[1].priorities[0].goals[0].statement;
    const result = parsePlanDocument(broken, codes);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'plan.name', message: 'must not be empty' },
      { path: 'plan.objectives[0].priorities[0].goals[0].measures[1].direction', message: 'expected one of INCREASE, DECREASE' },
      { path: 'plan.objectives[1].priorities[0].goals[0].statement', message: 'expected a string' },
      { path: 'plan.objectives[2].priorities[1].goals[0].measures[0].target.amount', message: 'expected a number' },
    ]);
  });

  it('accepts the LACOE plan file as it is', () => {
    expect(parsePlanDocument(lacoe, codes)).toMatchObject({ ok: true });
  });

  it('names every text holding a NUL character, which the database cannot store', () => {
    const withNul = structuredClone(lacoe) as PlanDocument;
    withNul.plan.name = `${withNul.plan.name}\u0000`;
    withNul.plan.objectives[0]!.priorities[0]!.goals[0]!.title += '\u0000';
    const result = parsePlanDocument(withNul, codes);
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['plan.name', 'plan.objectives[0].priorities[0].goals[0].title']);
  });
});

describe('cross-references', () => {
  it('finds codes that clash or point nowhere, and values outside the plan', () => {
    const doc = clone();
    goal(doc, 0, 1, 0).code = 'SO-1';
    goal(doc, 0, 0, 0).division = 'NOPE';
    goal(doc, 0, 0, 0).focusGroups.push('MARTIANS');
    const absenteeism = goal(doc, 1, 0, 0).measures[0]!;
    absenteeism.observations = [
      { asOf: '2023-24-Q1', reportedIn: '2023-24-Q1', group: 'ALL', value: 30, n: null, state: 'APPROVED', approvedAt: null, isDemo: false },
      { asOf: '2023-24', reportedIn: '2023-24', group: 'ALL', value: 140, n: null, state: 'APPROVED', approvedAt: null, isDemo: false },
      { asOf: '2030-31', reportedIn: '2030-31-Q1', group: 'EL', value: 30, n: null, state: 'APPROVED', approvedAt: null, isDemo: false },
    ];
    goal(doc, 0, 0, 0).measures[0]!.focusGroup = 'ZZ';
    expect(checkPlanDocument(doc, { ...codes, planSlugs: new Set(['2022-2025']) })).toEqual([
      { path: 'plan.slug', message: 'the organization already has a plan "2022-2025"' },
      { path: 'plan.objectives[0].priorities[0].goals[0].division', message: 'unknown division "NOPE"' },
      { path: 'plan.objectives[0].priorities[0].goals[0].focusGroups[6]', message: 'unknown student group "MARTIANS"' },
      { path: 'plan.objectives[0].priorities[0].goals[0].measures[0].focusGroup', message: '"ZZ" is not one of the measure\'s student groups' },
      { path: 'plan.objectives[0].priorities[1].goals[0].code', message: 'goal code "SO-1" is used twice' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[0].asOf', message: '"2023-24-Q1" is not a school year of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[1].reportedIn', message: '"2023-24" is not a reporting quarter of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[1].value', message: 'a percent must be between 0 and 100' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[2].asOf', message: '"2030-31" is not a school year of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[2].reportedIn', message: '"2030-31-Q1" is not a reporting quarter of the plan' },
      { path: 'plan.objectives[1].priorities[0].goals[0].measures[0].observations[2].group', message: 'the measure is not reported for student group "EL"' },
    ]);
  });

  it('refuses a cycle that ends before it starts, and updates for periods outside it', () => {
    const doc = clone();
    doc.plan.cycleEnd = '2022-01-01';
    expect(checkPlanDocument(doc, codes)[0]).toEqual({ path: 'plan.cycleEnd', message: 'must be after cycleStart' });
    const ok = clone();
    goal(ok, 0, 0, 0).updates = [
      { period: '2022-23', state: 'DRAFT', narrative: '', reportedStatus: null, pdsaPlan: '', pdsaDo: '', pdsaStudy: '', pdsaAct: '', evidenceLinks: [], reviewerComment: '', submittedAt: null, reviewedAt: null, isDemo: false },
    ];
    expect(checkPlanDocument(ok, codes)).toEqual([
      { path: 'plan.objectives[0].priorities[0].goals[0].updates[0].period', message: '"2022-23" is not a reporting quarter of the plan' },
    ]);
  });
});

describe('unknown keys', () => {
  const measurePath = 'plan.objectives[0].priorities[0].goals[0].measures[0]';
  const problemsOf = (raw: unknown) => {
    const result = parsePlanDocument(raw, codes);
    return result.ok ? [] : result.problems;
  };

  it.each([
    ['interim_targets', 'interimTargets'],
    ['Interim-Targets', 'interimTargets'],
    ['DataSource', 'dataSource'],
    ['gapReductionPercnet', 'gapReductionPercent'],
    ['studentGroup', 'studentGroups'],
  ])('a measure key %s is refused with "did you mean %s"', (key, known) => {
    const broken = structuredClone(lacoe);
    broken.plan.objectives[0].priorities[0].goals[0].measures[0][key] = [];
    expect(problemsOf(broken)).toEqual([{ path: `${measurePath}.${key}`, message: `unknown field; did you mean "${known}"?` }]);
  });

  it('an unknown top-level key is refused, with a suggestion only when one is close', () => {
    const broken = { ...structuredClone(lacoe), schemaVerison: 1, author: 'someone' };
    expect(problemsOf(broken)).toEqual([
      { path: 'schemaVerison', message: 'unknown field; did you mean "schemaVersion"?' },
      { path: 'author', message: 'unknown field' },
    ]);
  });

  it('a misspelled key inside a baseline is refused with its full path', () => {
    const broken = structuredClone(lacoe);
    Object.assign(broken.plan.objectives[0].priorities[0].goals[0].measures[0].baseline, { vaule: 3, periood: '2021-22' });
    expect(problemsOf(broken)).toEqual([
      { path: `${measurePath}.baseline.vaule`, message: 'unknown field; did you mean "value"?' },
      // A baseline has no period (its date says when it stands): nothing close to suggest.
      { path: `${measurePath}.baseline.periood`, message: 'unknown field' },
    ]);
  });

  it('keys are checked in every object: the organization’s divisions and groups, the level names', () => {
    const broken = structuredClone(lacoe);
    broken.organization = { divisions: [{ code: 'X', name: 'X', head: 'A. Person' }], studentGroups: [{ code: 'Y', name: 'Y', is_all: false }] };
    broken.plan.levels.goal.Plural = 'Goals';
    expect(problemsOf(broken)).toEqual([
      { path: 'organization.divisions[0].head', message: 'unknown field' },
      { path: 'organization.studentGroups[0].is_all', message: 'unknown field; did you mean "isAll"?' },
      { path: 'plan.levels.goal.Plural', message: 'unknown field; did you mean "plural"?' },
    ]);
  });

  it('lists schema and cross-reference problems in one round: a type error, an unknown division, an unknown key', () => {
    const broken = structuredClone(lacoe);
    const g = broken.plan.objectives[0].priorities[0].goals[0];
    g.division = 'NOPE';
    g.measures[0].decimals = 'two';
    g.measures[0].interim_targets = [];
    const twice = broken.plan.objectives[1].priorities[0].goals[0].code;
    broken.plan.objectives[1].priorities[0].goals[1].code = twice;
    const at = 'plan.objectives[0].priorities[0].goals[0]';
    expect(problemsOf(broken)).toEqual([
      { path: `${at}.measures[0].decimals`, message: 'expected a number' },
      { path: `${at}.measures[0].interim_targets`, message: 'unknown field; did you mean "interimTargets"?' },
      { path: `${at}.division`, message: 'unknown division "NOPE"' },
      { path: 'plan.objectives[1].priorities[0].goals[1].code', message: `goal code "${twice}" is used twice` },
    ]);
  });

  it('a broken cycle is one problem, not one for every period that cannot be checked', () => {
    const broken = structuredClone(lacoe);
    broken.plan.cycleEnd = 'next year';
    broken.plan.objectives[0].priorities[0].goals[0].division = 'NOPE';
    expect(problemsOf(broken)).toEqual([
      { path: 'plan.cycleEnd', message: 'expected a date as YYYY-MM-DD' },
      { path: 'plan.objectives[0].priorities[0].goals[0].division', message: 'unknown division "NOPE"' },
    ]);
  });

  it('a file that is not an object at all is one problem', () => {
    expect(problemsOf([1, 2])).toEqual([{ path: '(document)', message: 'expected an object' }]);
  });
});

describe('the next-cycle file', () => {
  it('is strict too: an unknown key is refused, with its suggestion', () => {
    const frame = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../prisma/plans/lacoe-2025-2028.json'), 'utf8'));
    expect(nextCycleDocumentSchema.safeParse(frame).success).toBe(true);
    const parsed = nextCycleDocumentSchema.safeParse({ ...frame, carry_over: frame.carryOver });
    expect(parsed.success ? [] : formatIssues(parsed.error.issues, nextCycleDocumentSchema)).toEqual([
      { path: 'carry_over', message: 'unknown field; did you mean "carryOver"?' },
    ]);
  });
});
