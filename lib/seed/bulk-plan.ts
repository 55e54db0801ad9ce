// A large plan made for measuring and testing the observation import: goals of quarterly
// measures reported for every student group, so a file of tens of thousands of rows has a
// place for each value. Not demo data; nothing loads it by default. Pure.
import { DEFAULT_AT_RISK_THRESHOLD } from '@/lib/status';
import { quarterPeriod } from '@/lib/periods';
import type { PlanDocument } from '@/lib/data/plan/document';
import { DEFAULT_LEVEL_NAMES } from '@/lib/data/plan/fields';

/** LACOE's student groups (the demo seed's codes), All students first. */
export const BULK_GROUPS = ['ALL', 'AA', 'AI', 'AS', 'FI', 'HI', 'PI', 'WH', 'MR', 'EL', 'SED', 'SWD', 'FOS', 'HOM', 'JIY'];
/** The plan's school years: 2019-20 … 2023-24, twenty quarters, all past. */
const FIRST_YEAR = 2019;
const YEARS = 5;

export interface BulkPlanOptions {
  slug: string;
  name?: string;
  goals: number;
  measuresPerGoal: number;
}

export function bulkPlanDocument(options: BulkPlanOptions): PlanDocument {
  return {
    schemaVersion: 1,
    plan: {
      slug: options.slug,
      name: options.name ?? `Bulk import plan (${options.slug})`,
      cycleStart: `${FIRST_YEAR}-07-01`,
      cycleEnd: `${FIRST_YEAR + YEARS}-06-30`,
      vision: '',
      mission: '',
      values: [],
      overarchingGoal: '',
      corePractices: [],
      equityStatement: '',
      status: 'DRAFT',
      published: false,
      atRiskThreshold: DEFAULT_AT_RISK_THRESHOLD,
      demoProgress: false,
      periods: [],
      levels: DEFAULT_LEVEL_NAMES,
      objectives: [
        {
          name: 'Measured at scale',
          description: '',
          priorities: [
            {
              name: 'Every student group, every quarter',
              description: '',
              goals: Array.from({ length: options.goals }, (_, g) => ({
                code: `BULK-${g + 1}`,
                title: `Bulk goal ${g + 1}`,
                statement: `A goal with ${options.measuresPerGoal} quarterly measures, for testing imports.`,
                division: null,
                deadline: null,
                inclusion: '',
                equityFocus: '',
                focusGroups: [],
                updates: [],
                measures: Array.from({ length: options.measuresPerGoal }, (_, m) => ({
                  code: `M${g + 1}-${m + 1}`,
                  name: `Measure ${m + 1} of bulk goal ${g + 1}`,
                  unit: 'PERCENT' as const,
                  direction: 'INCREASE' as const,
                  decimals: 1,
                  dataSource: '',
                  cadence: 'QUARTERLY' as const,
                  baseline: { value: 50, date: `${FIRST_YEAR}-06-30`, label: `${FIRST_YEAR - 1}-${String(FIRST_YEAR % 100).padStart(2, '0')}`, note: '', isDemo: false },
                  target: { kind: 'VALUE' as const, amount: 80, date: `${FIRST_YEAR + YEARS}-06-30` },
                  interimTargets: [],
                  disaggregated: true,
                  studentGroups: BULK_GROUPS,
                  focusGroup: null,
                  referenceGroup: null,
                  gapReductionPercent: null,
                  targetHistory: [],
                  observations: [],
                })),
              })),
            },
          ],
        },
      ],
    },
  };
}

/**
 * The first `rows` values of a bulk plan as an import file: quarter by quarter, measure by
 * measure, group by group; `shift` moves every value, so a second file changes them all.
 */
export function bulkObservationCsv(options: BulkPlanOptions, rows: number, shift = 0): string {
  const lines = ['goal_code,measure_code,period,as_of_period,student_group,value,n'];
  outer: for (let y = 0; y < YEARS; y++) {
    for (const q of [1, 2, 3, 4] as const) {
      const quarter = quarterPeriod(FIRST_YEAR + y, q).code;
      for (let g = 1; g <= options.goals; g++) {
        for (let m = 1; m <= options.measuresPerGoal; m++) {
          for (const [k, group] of BULK_GROUPS.entries()) {
            if (lines.length > rows) break outer;
            const value = (50 + ((g * 7 + m * 3 + k + y * 4 + q) % 40) + shift / 10).toFixed(1);
            lines.push(`BULK-${g},M${g}-${m},${quarter},${quarter},${group},${value},${100 + k * 10}`);
          }
        }
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** How many values a bulk plan holds at most. */
export const bulkCapacity = (options: BulkPlanOptions) => options.goals * options.measuresPerGoal * BULK_GROUPS.length * YEARS * 4;
