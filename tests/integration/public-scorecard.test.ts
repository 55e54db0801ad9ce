import { afterEach, describe, expect, it } from 'vitest';
import {
  getGoalView,
  getOpenData,
  getScorecardView,
  invalidatePublicScorecard,
  listPublishedPlansOf,
  listPublishedScorecards,
} from '@/lib/data/scorecard';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatValue } from '@/lib/format';
import { openDataCsv, openDataJson, OPEN_DATA_COLUMNS, OPEN_DATA_SCHEMA_VERSION } from '@/lib/open-data';
import { FORMAT_LOCALE, type Lang, type ScorecardView } from '@/lib/public-scorecard';
import { actorFor, goalByCode, periodByCode, submitYearValue } from '../support/fixtures';

const lead = await actorFor('lead@example.org');

const ORG = 'lacoe';
const PLAN = '2022-2025';

afterEach(() => invalidatePublicScorecard('all'));

async function notFound(load: Promise<unknown>) {
  const error = await load.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('NOT_FOUND');
}

const measureCard = (view: ScorecardView, goalCode: string, measureCode: string) =>
  view.objectives
    .flatMap((o) => o.goals)
    .find((g) => g.code === goalCode)!
    .measures.find((m) => m.code === measureCode)!;

/** Everything a public reader can get: both languages of every page, and both downloads. */
async function everythingPublic() {
  const parts: unknown[] = [await listPublishedScorecards()];
  for (const lang of ['en', 'es'] as Lang[]) {
    const view = await getScorecardView(ORG, PLAN, lang);
    parts.push(view);
    for (const goal of view.objectives.flatMap((o) => o.goals)) parts.push(await getGoalView(ORG, PLAN, goal.code, lang));
  }
  const { source, rows } = await getOpenData(ORG, PLAN);
  return { text: JSON.stringify(parts), rows, csv: openDataCsv(rows), json: openDataJson(source, rows) };
}

describe('what reaches the public', () => {
  it('never includes an unpublished plan, on any page or download', async () => {
    await getScorecardView(ORG, PLAN, 'en'); // cached before the change
    const plan = await getDb().plan.findFirstOrThrow({ where: { slug: PLAN } });
    await getDb().plan.update({ where: { id: plan.id }, data: { published: false } });
    invalidatePublicScorecard({ planId: plan.id });
    try {
      for (const lang of ['en', 'es'] as const) {
        await notFound(getScorecardView(ORG, PLAN, lang));
        await notFound(getGoalView(ORG, PLAN, 'SO-1', lang));
      }
      await notFound(getOpenData(ORG, PLAN));
      await notFound(listPublishedPlansOf(ORG));
      // Only the other organizations' published plans remain listed.
      expect((await listPublishedScorecards()).map((s) => `${s.organization.slug}/${s.slug}`)).toEqual(['lausd/2022-2026', 'smcoe/2023-2028']);
    } finally {
      await getDb().plan.update({ where: { id: plan.id }, data: { published: true } });
    }
  });

  it('answers not found for unknown organizations, plans and goals, and for nonsense in the address', async () => {
    await notFound(getScorecardView('nowhere', PLAN, 'en'));
    await notFound(getScorecardView(ORG, 'no-such-plan', 'es'));
    await notFound(getGoalView(ORG, PLAN, 'XX-9', 'en'));
    await notFound(getGoalView(ORG, PLAN, '', 'en'));
    await notFound(getScorecardView('../etc', PLAN, 'en'));
    await notFound(getScorecardView(ORG, `${PLAN}\u0000`, 'en'));
    await notFound(getOpenData('x'.repeat(500), PLAN));
    await notFound(listPublishedPlansOf('nowhere'));
    expect((await getGoalView(ORG, PLAN, 'so-1', 'en')).goal.code).toBe('SO-1');
  });

  it('never includes a value that is not approved, for all students or any student group', async () => {
    const goal = await goalByCode('SO-1');
    const measure = goal.measures[0]!;
    const year = await periodByCode('2024-25');
    const quarter = await periodByCode('2024-25-Q4');
    await submitYearValue(lead, goal.id, measure.id, '2498.7');
    const hispanic = await getDb().studentGroup.findFirstOrThrow({ where: { code: 'HI' } });
    for (const state of ['DRAFT', 'SUBMITTED', 'RETURNED'] as const) {
      await getDb().observation.upsert({
        where: { measureId_periodId_studentGroupId: { measureId: measure.id, periodId: year.id, studentGroupId: hispanic.id } },
        create: {
          organizationId: goal.organizationId,
          measureId: measure.id,
          periodId: year.id,
          reportedPeriodId: quarter.id,
          studentGroupId: hispanic.id,
          value: 1234.5,
          n: 4000,
          state,
        },
        update: { state },
      });
      invalidatePublicScorecard({ planId: goal.planId });
      const everything = await everythingPublic();
      for (const hidden of ['2498.7', '2,499', '1234.5', '1,235']) expect(everything.text).not.toContain(hidden);
      expect(everything.csv).not.toContain('1234.5');
      expect(everything.rows.filter((r) => r.goal_code === 'SO-1' && r.as_of_period === '2024-25')).toEqual([]);
    }
  });

  it('never includes the narrative of an update that is not approved', async () => {
    const goal = await goalByCode('WB-1');
    const period = await periodByCode('2024-25-Q4');
    await getDb().update.create({
      data: { organizationId: goal.organizationId, goalId: goal.id, periodId: period.id, state: 'SUBMITTED', narrative: 'Unreviewed words' },
    });
    invalidatePublicScorecard({ planId: goal.planId });
    const view = await getGoalView(ORG, PLAN, 'WB-1', 'en');
    expect(view.narrative?.text.text).toMatch(/^Demo narrative/);
    expect((await everythingPublic()).text).not.toContain('Unreviewed words');
  });
});

describe('student privacy', () => {
  it('hides groups under 11 students, and a second group of the same set where the first could be recomputed', async () => {
    const view = await getGoalView(ORG, PLAN, 'SO-1', 'en');
    const grade3 = view.measures.find((m) => m.code === 'ELA-G3')!;
    const latest = grade3.groups[0]!;
    expect(latest.periodLabel).toBe('2023-24');
    const row = (code: string) => latest.rows.find((r) => r.groupCode === code)!;
    // Justice-impacted youth: 9 students; no set of groups, so nothing more is hidden for it.
    expect(row('JIY')).toMatchObject({ value: null, display: '*', suppressed: 'SMALL_GROUP', nBucket: '<11', gapToAll: null });
    // Pacific Islander: 8 students, the only small race/ethnicity group, so American Indian
    // (the next smallest of that set) is hidden too.
    expect(row('PI')).toMatchObject({ value: null, display: '*', suppressed: 'SMALL_GROUP', nBucket: '<11' });
    expect(row('AI')).toMatchObject({ value: null, display: '*', suppressed: 'COMPLEMENTARY', nBucket: '100-999' });
    const shown = latest.rows.filter((r) => !r.suppressed).map((r) => r.groupCode);
    expect(shown).toEqual(['ALL', 'AA', 'AS', 'FI', 'HI', 'WH', 'MR', 'EL', 'SED', 'SWD', 'FOS', 'HOM']);
    for (const r of latest.rows.filter((x) => !x.suppressed)) expect(r.display).toMatch(/^\d,\d{3}$/);
    // The declared gap (justice-impacted youth against all students) would reveal the hidden value.
    expect(grade3.gap?.points.map((p) => p.display)).toEqual(['*', '*']);
  });

  it('applies the same suppression in both downloads', async () => {
    const { source, rows } = await getOpenData(ORG, PLAN);
    const cell = (code: string) =>
      rows.find((r) => r.measure_code === 'ELA-G3' && r.as_of_period === '2023-24' && r.student_group_code === code)!;
    expect(cell('JIY')).toMatchObject({ value: null, suppressed: 'small_group', n_bucket: '<11' });
    expect(cell('PI')).toMatchObject({ value: null, suppressed: 'small_group', n_bucket: '<11' });
    expect(cell('AI')).toMatchObject({ value: null, suppressed: 'complementary', n_bucket: '100-999' });
    expect(cell('HI')).toMatchObject({ suppressed: null, n_bucket: '10000+' });
    expect(typeof cell('HI').value).toBe('number');

    const suppressedRows = rows.filter((r) => r.suppressed);
    // 6 disaggregated measures × 2 years × 3 hidden groups.
    expect(suppressedRows).toHaveLength(36);
    const lines = openDataCsv(rows).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    // value, then suppressed: "…,*,small_group,<11,…"
    const starred = lines.slice(1).filter((line) => /,\*,(small_group|complementary),/.test(line));
    expect(starred).toHaveLength(36);
    const json = JSON.parse(JSON.stringify(openDataJson(source, rows))) as ReturnType<typeof openDataJson>;
    expect(json.rows.filter((r) => r.suppressed).every((r) => r.value === null)).toBe(true);
  });

  it('gives the Spanish download the same figures, with the plan\'s Spanish names where it has them', async () => {
    const { source, rows } = await getOpenData(ORG, PLAN);
    const spanish = await getOpenData(ORG, PLAN, 'es');
    expect(spanish.rows).toHaveLength(rows.length);
    const figures = (r: (typeof rows)[number]) => [r.goal_code, r.measure_code, r.as_of_period, r.student_group_code, r.value, r.suppressed, r.status];
    expect(spanish.rows.map(figures)).toEqual(rows.map(figures));
    const objective = source.plan.objectives[0]!;
    expect(spanish.rows[0]!.objective).toBe(objective.nameEs?.trim() ? objective.nameEs : objective.name);
    expect(openDataJson(spanish.source, spanish.rows, 'es')).toMatchObject({ language: 'es', plan: { name: source.plan.nameEs } });
  });
});

describe('open data', () => {
  it('carries the same figures as the pages', async () => {
    const { source, rows } = await getOpenData(ORG, PLAN);
    for (const lang of ['en', 'es'] as Lang[]) {
      const view = await getScorecardView(ORG, PLAN, lang);
      let compared = 0;
      for (const goal of view.objectives.flatMap((o) => o.goals)) {
        const detail = await getGoalView(ORG, PLAN, goal.code, lang);
        for (const m of detail.measures) {
          const card = measureCard(view, goal.code, m.code);
          const mine = rows.filter((r) => r.goal_code === goal.code && r.measure_code === m.code);
          const all = mine.filter((r) => r.student_group_code === 'ALL');
          const show = (v: number) => formatValue(v, m.unit, m.decimals, FORMAT_LOCALE[lang]);
          // The data table under each chart, row by row.
          expect(all.map((r) => [r.as_of_period, show(r.value as number), r.status])).toEqual(
            m.table.map((t) => [t.periodLabel, t.value, t.status]),
          );
          // The latest value and status on the plan page.
          const last = all.at(-1);
          expect(card.latest?.display ?? null).toBe(last ? show(last.value as number) : null);
          if (last) expect(card.status).toBe(last.status);
          // Every student-group cell, suppression included.
          for (const period of m.groups) {
            for (const g of period.rows) {
              const r = mine.find((x) => x.as_of_period === period.periodLabel && x.student_group_code === g.groupCode)!;
              expect(r.value === null ? '*' : show(r.value as number)).toBe(g.display);
              expect(r.n_bucket).toBe(g.nBucket);
              compared += 1;
            }
          }
          if (m.groups.length === 0) compared += all.length;
        }
      }
      expect(compared).toBe(rows.length);
    }
    expect(source.plan.published).toBe(true);
  });

  it('documents its columns and schema version, and the CSV has exactly those columns', async () => {
    const { source, rows } = await getOpenData(ORG, PLAN);
    const json = openDataJson(source, rows);
    expect(json.schemaVersion).toBe(OPEN_DATA_SCHEMA_VERSION);
    expect(json.columns.map((c) => c.name)).toEqual(OPEN_DATA_COLUMNS.map(([n]) => n));
    expect(json.rows.every((r) => Object.keys(r).join() === json.columns.map((c) => c.name).join())).toBe(true);
    const [header, ...lines] = openDataCsv(rows).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe(OPEN_DATA_COLUMNS.map(([n]) => n).join(','));
    expect(lines).toHaveLength(rows.length);
    const absenteeism = rows.filter((r) => r.measure_code === 'CHRONIC-ABS');
    expect(absenteeism[0]).toMatchObject({ unit: 'PERCENT', baseline: 31.2, baseline_period: '2021-22', target: 28.1, target_date: '2025-06-30' });
  });
});

describe('the public cache', () => {
  it('answers repeated requests from memory, without rebuilding the page', async () => {
    const first = await getScorecardView(ORG, PLAN, 'en');
    expect(await getScorecardView(ORG, PLAN, 'en')).toBe(first);
    expect(await getGoalView(ORG, PLAN, 'so-1', 'es')).toBe(await getGoalView(ORG, PLAN, 'SO-1', 'es'));
    invalidatePublicScorecard('all');
    expect(await getScorecardView(ORG, PLAN, 'en')).not.toBe(first);
  });

  it('serves the stored page until a value is approved, then shows the approved value on the next request', async () => {
    const goal = await goalByCode('SO-2');
    const measure = goal.measures[0]!;
    const before = measureCard(await getScorecardView(ORG, PLAN, 'en'), 'SO-2', measure.code);
    expect(before.latest?.periodLabel).toBe('2023-24');

    await submitYearValue(lead, goal.id, measure.id, '2416');
    // Approval, as the review workflow will do it, followed by the invalidation it must call.
    await getDb().observation.updateMany({
      where: { measureId: measure.id, state: 'SUBMITTED' },
      data: { state: 'APPROVED', approvedAt: new Date() },
    });
    const cached = measureCard(await getScorecardView(ORG, PLAN, 'en'), 'SO-2', measure.code);
    expect(cached.latest?.periodLabel).toBe('2023-24');

    invalidatePublicScorecard({ planId: goal.planId });
    for (const lang of ['en', 'es'] as Lang[]) {
      const after = measureCard(await getScorecardView(ORG, PLAN, lang), 'SO-2', measure.code);
      expect(after.latest).toMatchObject({ value: 2416, display: '2,416', periodLabel: '2024-25' });
    }
    const goalPage = await getGoalView(ORG, PLAN, 'SO-2', 'en');
    expect(goalPage.measures[0]!.table.at(-1)).toMatchObject({ periodLabel: '2024-25', value: '2,416' });
    const { rows } = await getOpenData(ORG, PLAN);
    expect(
      rows.find((r) => r.measure_code === measure.code && r.as_of_period === '2024-25' && r.student_group_code === 'ALL'),
    ).toMatchObject({ value: 2416, status: goalPage.measures[0]!.table.at(-1)!.status });
  });

  it('invalidating one organization leaves nothing stale of its plans', async () => {
    const view = await getScorecardView(ORG, PLAN, 'es');
    expect(view.plan.name).toEqual({ text: 'Plan Estratégico 2022–2025', lang: 'es' });
    const plan = await getDb().plan.findFirstOrThrow({ where: { slug: PLAN } });
    await getDb().plan.update({ where: { id: plan.id }, data: { nameEs: 'Plan Estratégico revisado' } });
    invalidatePublicScorecard({ organizationId: plan.organizationId });
    expect((await getScorecardView(ORG, PLAN, 'es')).plan.name.text).toBe('Plan Estratégico revisado');
  });
});

describe('Spanish plan content', () => {
  it('uses the Spanish fields where the plan has them and marks the English fallback', async () => {
    const view = await getScorecardView(ORG, PLAN, 'es');
    expect(view.plan.labels.objective).toEqual({ text: 'Pilar', lang: 'es' });
    expect(view.objectives[0]!.name).toEqual({ text: 'Mejorar los resultados de los estudiantes', lang: 'es' });
    const goals = view.objectives.flatMap((o) => o.goals);
    expect(goals.find((g) => g.code === 'SO-1')!.title).toEqual({ text: 'Lectoescritura', lang: 'es' });
    expect(goals.find((g) => g.code === 'OE-3')!.title).toEqual({ text: 'BEST Project', lang: 'en' });
    expect(measureCard(view, 'WB-1', 'CHRONIC-ABS').targetSentence).toBe(
      '28.1% para junio de 2025 — 10% por debajo de la línea de base 2021-22 de 31.2%',
    );
    const english = await getScorecardView(ORG, PLAN, 'en');
    expect(goals.map((g) => g.status)).toEqual(english.objectives.flatMap((o) => o.goals).map((g) => g.status));
  });
});
