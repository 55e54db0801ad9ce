// The open-data downloads of a published plan (data.csv and data.json): one row per approved
// value and student group, with suppression applied exactly as on the pages. Pure.
import { toCsv } from '@/lib/csv';
import { targetSpecOf } from '@/lib/plan-view';
import { groupResults, localized, type Lang, type PublicPlanSource } from '@/lib/public-scorecard';
import { measureStatus } from '@/lib/status';
import { MIN_GROUP_SIZE } from '@/lib/suppression';
import { measureInForce } from '@/lib/target-history';
import { finalTarget } from '@/lib/targets';

export const OPEN_DATA_SCHEMA_VERSION = 1;

/** The columns, in order, with their JSON types; the README documents the same table. */
export const OPEN_DATA_COLUMNS = [
  ['objective', 'string', 'Top level of the plan (e.g. the pillar); names are in the language of the download, English where the plan gives no Spanish'],
  ['priority', 'string', 'Second level (e.g. the priority area)'],
  ['goal_code', 'string', 'Stable code of the goal, as in its page address'],
  ['goal', 'string', 'Goal title'],
  ['measure_code', 'string', 'Stable code of the measure within its goal'],
  ['measure', 'string', 'Measure name'],
  ['unit', 'string', 'PERCENT, COUNT, POINTS, SCALE_SCORE, CURRENCY or INDEX'],
  ['direction', 'string', 'INCREASE or DECREASE: which way is progress'],
  ['period', 'string', 'Reporting period the value was reported in, e.g. 2024-25 Q2'],
  ['as_of_period', 'string', 'Period the value describes, e.g. 2023-24'],
  ['as_of_date', 'string (YYYY-MM-DD)', 'Last day of the as-of period'],
  ['student_group_code', 'string', 'ALL for all students, otherwise the group code'],
  ['student_group', 'string', 'Student group name'],
  ['value', 'number | null', 'The value, rounded as published; "*" in CSV and null in JSON when suppressed'],
  ['suppressed', 'string | null', 'small_group (fewer than 11 students) or complementary (would reveal a suppressed group); empty otherwise'],
  ['n_bucket', 'string | null', 'Students covered: <11, 11-29, 30-99, 100-999, 1000-9999 or 10000+; empty where no count applies'],
  ['baseline', 'number | null', 'Baseline value of the measure'],
  ['baseline_period', 'string | null', 'Period of the baseline, e.g. 2021-22'],
  ['target', 'number | null', 'Final target of the measure'],
  ['target_date', 'string (YYYY-MM-DD)', 'Deadline of the final target'],
  ['status', 'string | null', 'All-students rows: MET, ON_TRACK, AT_RISK or OFF_TRACK as of the period, against the target in force then; empty for student groups'],
] as const;

export type OpenDataColumn = (typeof OPEN_DATA_COLUMNS)[number][0];
export type OpenDataRow = Record<OpenDataColumn, string | number | null>;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const rounded = (v: number | null, decimals: number) => (v === null ? null : Number(v.toFixed(decimals)));

/**
 * Every published figure of the plan, in plan order, then period, then student group. Names are
 * in `lang` where the plan has them (codes and column names never change with the language).
 */
export function openDataRows(source: PublicPlanSource, lang: Lang = 'en'): OpenDataRow[] {
  const rows: OpenDataRow[] = [];
  for (const objective of source.plan.objectives) {
    for (const priority of objective.priorities) {
      for (const goal of priority.goals) {
        for (const measure of goal.measures) {
          const spec = targetSpecOf(measure);
          const final = finalTarget(spec);
          for (const period of groupResults(source, measure, lang)) {
            for (const r of period.rows) {
              const value = r.value;
              const asOf = new Date(period.asOfDate);
              rows.push({
                objective: localized(objective.name, objective.nameEs, lang).text,
                priority: localized(priority.name, priority.nameEs, lang).text,
                goal_code: goal.code,
                goal: localized(goal.title, goal.titleEs, lang).text,
                measure_code: measure.code,
                measure: localized(measure.name, measure.nameEs, lang).text,
                unit: measure.unit,
                direction: measure.direction,
                period: period.reportedLabel,
                as_of_period: period.periodLabel,
                as_of_date: period.asOfDate,
                student_group_code: r.groupCode,
                student_group: r.name.text,
                value: rounded(value, measure.decimals),
                suppressed: r.suppressed === 'SMALL_GROUP' ? 'small_group' : r.suppressed === 'COMPLEMENTARY' ? 'complementary' : null,
                n_bucket: r.nBucket,
                baseline: rounded(measure.baselineValue, measure.decimals),
                baseline_period: measure.baselineLabel,
                target: rounded(final, measure.decimals),
                target_date: isoDay(measure.targetDate),
                status:
                  r.isAll && value !== null
                    ? measureStatus(
                        targetSpecOf(measureInForce(measure, measure.targetVersions, asOf)),
                        { value, date: asOf },
                        source.plan.atRiskThreshold,
                      ).status
                    : null,
              });
            }
          }
        }
      }
    }
  }
  return rows;
}

/** data.csv: the columns above; a suppressed value reads "*". */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  const names = OPEN_DATA_COLUMNS.map(([name]) => name);
  return toCsv(
    names,
    rows.map((row) => names.map((name) => (name === 'value' && row.suppressed ? '*' : row[name]))),
  );
}

/** data.json: the plan, the columns with their types, and the rows (a suppressed value is null). */
export function openDataJson(source: PublicPlanSource, rows: readonly OpenDataRow[], lang: Lang = 'en') {
  const plan = source.plan;
  const approved = source.observations.map((o) => o.approvedAt?.toISOString() ?? '').sort().at(-1) || null;
  return {
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    language: lang,
    plan: {
      organization: plan.organization.name,
      organizationSlug: plan.organization.slug,
      slug: plan.slug,
      name: localized(plan.name, plan.nameEs, lang).text,
      cycleStart: isoDay(plan.cycleStart),
      cycleEnd: isoDay(plan.cycleEnd),
      demoProgress: plan.demoProgress,
    },
    dataAsOf: approved,
    suppression: {
      minimumGroupSize: MIN_GROUP_SIZE,
      rule: 'Values for fewer than 11 students are withheld, and so is a second group of the same set when one hidden value could be recomputed from the total and the others.',
    },
    columns: OPEN_DATA_COLUMNS.map(([name, type, description]) => ({ name, type, description })),
    rows,
  };
}
