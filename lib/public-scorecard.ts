// What the public scorecard shows, built from a published plan and its approved values: the
// plan page, a goal page and the open-data rows, in English or Spanish. Pages and downloads
// use these same functions, so they carry the same figures. Pure: no I/O.
import type { PlanWithTree } from '@/lib/data/structure/internal/plan-tree';
import type { PlanOverview } from '@/lib/data/structure/overview';
import { formatValue, type MeasureUnit } from '@/lib/format';
import { targetSpecOf, type MeasureSummary, type StatusCounts } from '@/lib/plan-view';
import { measureStatus, type MeasureStatus } from '@/lib/status';
import { groupGap, suppressSmallGroups, type NBucket, type SuppressionReason } from '@/lib/suppression';
import { measureInForce, pathInForce } from '@/lib/target-history';
import { expectedValueAt, finalTarget, type Direction } from '@/lib/targets';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];
/** Number and date formats: US Spanish, as LA County's Spanish-speaking readers write them. */
export const FORMAT_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

export interface PublicPlanSource {
  plan: PlanWithTree;
  observations: {
    measureId: string;
    studentGroupId: string;
    value: number;
    n: number | null;
    state: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
    approvedAt: Date | null;
    updatedAt: Date;
    period: { code: string; label: string; endDate: Date };
    reportedPeriod: { code: string; label: string };
  }[];
  studentGroups: { id: string; code: string; name: string; nameEs: string | null; isAll: boolean; category: string | null }[];
  /** The latest approved update with a narrative, per goal id. */
  latestNarratives: Map<
    string,
    { narrative: string; reportedStatus: string | null; reviewedAt: Date | null; period: { label: string; endDate: Date } }
  >;
}

/** A piece of text and the language it is actually in (plan content may lack a translation). */
export interface Text {
  text: string;
  lang: Lang;
}

export function localized(en: string, es: string | null | undefined, lang: Lang): Text {
  return lang === 'es' && es?.trim() ? { text: es, lang: 'es' } : { text: en, lang: 'en' };
}

export interface TrendPoint {
  t: number;
  value: number;
  label: string;
}

export interface MeasureCard {
  code: string;
  name: Text;
  unit: MeasureUnit;
  decimals: number;
  direction: Direction;
  status: MeasureStatus;
  latest: { value: number; display: string; periodLabel: string } | null;
  targetSentence: string;
  baselineIsDemo: boolean;
  actual: TrendPoint[];
  /** The target path the plan ran ('change': the day a board change took effect). */
  target: { t: number; value: number; kind: 'baseline' | 'interim' | 'final' | 'change' }[];
}

export interface GoalCard {
  code: string;
  title: Text;
  statement: Text;
  priority: Text;
  status: MeasureStatus;
  lastApprovedAt: string | null;
  measures: MeasureCard[];
}

export interface PlanHeading {
  orgSlug: string;
  slug: string;
  organizationName: string;
  name: Text;
  vision: Text | null;
  mission: Text | null;
  cycleStart: string;
  cycleEnd: string;
  demoProgress: boolean;
  /** Share of expected progress below which a measure is off track rather than at risk. */
  atRiskThreshold: number;
  labels: { objective: Text; objectives: Text; priority: Text; goal: Text; goals: Text };
  lastApprovedAt: string | null;
}

export interface ScorecardView {
  lang: Lang;
  plan: PlanHeading;
  counts: StatusCounts;
  objectives: { id: string; name: Text; description: Text | null; counts: StatusCounts; goals: GoalCard[] }[];
}

const latestOf = (dates: (string | null)[]) => dates.filter((d): d is string => !!d).sort().at(-1) ?? null;

function planHeading(source: PublicPlanSource, lang: Lang, lastApprovedAt: string | null): PlanHeading {
  const p = source.plan;
  const optional = (en: string, es: string | null) => (en.trim() ? localized(en, es, lang) : null);
  return {
    orgSlug: p.organization.slug,
    slug: p.slug,
    organizationName: p.organization.name,
    name: localized(p.name, p.nameEs, lang),
    vision: optional(p.vision, p.visionEs),
    mission: optional(p.mission, p.missionEs),
    cycleStart: p.cycleStart.toISOString(),
    cycleEnd: p.cycleEnd.toISOString(),
    demoProgress: p.demoProgress,
    atRiskThreshold: p.atRiskThreshold,
    labels: {
      objective: localized(p.objectiveLabel, p.objectiveLabelEs, lang),
      objectives: localized(p.objectiveLabelPlural, p.objectiveLabelPluralEs, lang),
      priority: localized(p.priorityLabel, p.priorityLabelEs, lang),
      goal: localized(p.goalLabel, p.goalLabelEs, lang),
      goals: localized(p.goalLabelPlural, p.goalLabelPluralEs, lang),
    },
    lastApprovedAt,
  };
}

type MeasureRow = PlanWithTree['objectives'][number]['priorities'][number]['goals'][number]['measures'][number];

function allStudentsId(source: PublicPlanSource): string | undefined {
  return source.studentGroups.find((g) => g.isAll)?.id;
}

function measureCard(source: PublicPlanSource, measure: MeasureRow, summary: MeasureSummary, lang: Lang): MeasureCard {
  const allId = allStudentsId(source);
  const locale = FORMAT_LOCALE[lang];
  const actual = source.observations
    .filter((o) => o.measureId === measure.id && o.studentGroupId === allId)
    .map((o) => ({ t: o.period.endDate.getTime(), value: o.value, label: o.period.label }))
    .sort((a, b) => a.t - b.t);
  const latest = summary.latestApproved;
  return {
    code: measure.code,
    name: localized(measure.name, measure.nameEs, lang),
    unit: measure.unit,
    decimals: measure.decimals,
    direction: measure.direction,
    status: summary.status.status,
    latest: latest
      ? { value: latest.value, display: formatValue(latest.value, measure.unit, measure.decimals, locale), periodLabel: latest.periodLabel }
      : null,
    targetSentence: summary.targetSentence,
    baselineIsDemo: measure.baselineIsDemo,
    actual,
    target: pathInForce(measure, measure.targetVersions).map((p) => ({ t: p.date.getTime(), value: p.value, kind: p.kind })),
  };
}

/** The plan page: every objective with its goals, each goal's status and measures. */
export function buildScorecardView(source: PublicPlanSource, overview: PlanOverview, lang: Lang): ScorecardView {
  const goals = new Map(overview.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).map((g) => [g.id, g]));
  const objectives = source.plan.objectives.map((objective, index) => ({
    id: objective.id,
    name: localized(objective.name, objective.nameEs, lang),
    description: objective.description.trim() ? localized(objective.description, objective.descriptionEs, lang) : null,
    counts: overview.objectives[index]!.counts,
    goals: objective.priorities.flatMap((priority) =>
      priority.goals.map((goal): GoalCard => {
        const summary = goals.get(goal.id)!;
        return {
          code: goal.code,
          title: localized(goal.title, goal.titleEs, lang),
          statement: localized(goal.statement, goal.statementEs, lang),
          priority: localized(priority.name, priority.nameEs, lang),
          status: summary.status,
          lastApprovedAt: summary.lastApprovedAt,
          measures: goal.measures.map((m, i) => measureCard(source, m, summary.measures[i]!, lang)),
        };
      }),
    ),
  }));
  const lastApprovedAt = latestOf([...goals.values()].map((g) => g.lastApprovedAt));
  return { lang, plan: planHeading(source, lang, lastApprovedAt), counts: overview.counts, objectives };
}

// ---------------------------------------------------------------------------------------------
// Student groups

export interface GroupResult {
  groupCode: string;
  name: Text;
  isAll: boolean;
  value: number | null;
  display: string;
  suppressed: SuppressionReason | null;
  nBucket: NBucket | null;
  /** Difference from All students in the measure's direction (positive: behind); null when hidden. */
  gapToAll: number | null;
  /** The gap as shown: "*" when hidden, a leading minus when the group is ahead. */
  gapDisplay: string;
}

export interface GroupPeriod {
  periodCode: string;
  periodLabel: string;
  /** Last day of the period, YYYY-MM-DD. */
  asOfDate: string;
  reportedLabel: string;
  rows: GroupResult[];
}

/** Every period of a disaggregated measure with its student-group values, suppression applied. */
export function groupResults(source: PublicPlanSource, measure: MeasureRow, lang: Lang): GroupPeriod[] {
  const locale = FORMAT_LOCALE[lang];
  const groups = new Map(source.studentGroups.map((g, position) => [g.id, { ...g, position }]));
  const byPeriod = new Map<string, PublicPlanSource['observations']>();
  for (const o of source.observations) {
    if (o.measureId !== measure.id) continue;
    const list = byPeriod.get(o.period.code) ?? [];
    list.push(o);
    byPeriod.set(o.period.code, list);
  }
  return [...byPeriod.values()]
    .sort((a, b) => a[0]!.period.endDate.getTime() - b[0]!.period.endDate.getTime())
    .map((observations) => {
      const rows = observations
        .map((o) => ({ o, group: groups.get(o.studentGroupId)! }))
        .sort((a, b) => a.group.position - b.group.position)
        .map(({ o, group }) => ({ groupCode: group.code, group, isAll: group.isAll, category: group.category, value: o.value, n: o.n }));
      const suppressed = suppressSmallGroups(rows);
      const all = suppressed.find((r) => r.isAll);
      return {
        periodCode: observations[0]!.period.code,
        periodLabel: observations[0]!.period.label,
        asOfDate: observations[0]!.period.endDate.toISOString().slice(0, 10),
        reportedLabel: observations[0]!.reportedPeriod.label,
        rows: suppressed.map((r) => {
          const gapToAll = r.isAll ? null : roundTo(groupGap(r, all, measure.direction), measure.decimals);
          return {
            groupCode: r.groupCode,
            name: localized(r.group.name, r.group.nameEs, lang),
            isAll: r.isAll,
            value: r.value,
            display: r.value === null ? '*' : formatValue(r.value, measure.unit, measure.decimals, locale),
            suppressed: r.suppressed,
            nBucket: r.nBucket,
            gapToAll,
            gapDisplay: r.isAll ? '—' : gapToAll === null ? '*' : formatGap(gapToAll, measure.unit, measure.decimals, locale),
          };
        }),
      };
    });
}

function roundTo(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}

// ---------------------------------------------------------------------------------------------
// One goal in full

export interface MeasureDetail extends MeasureCard {
  dataSource: string;
  cadence: 'QUARTERLY' | 'ANNUAL';
  baseline: { value: number | null; display: string | null; label: string | null; note: string };
  finalTarget: { value: number; display: string } | null;
  /** The data table under the chart: each approved All-students value against the target path. */
  table: { periodLabel: string; value: string; expected: string | null; status: MeasureStatus }[];
  /** Student-group results, newest period first; empty unless the measure is disaggregated. */
  groups: GroupPeriod[];
  /** The gap the measure declares between a focus and a reference group, per period. */
  gap: { focus: Text; reference: Text; points: { periodLabel: string; gap: number | null; display: string }[] } | null;
}

export interface GoalView {
  plan: PlanHeading;
  objective: Text;
  priority: Text;
  goal: {
    code: string;
    title: Text;
    statement: Text;
    inclusion: Text | null;
    equityFocus: Text | null;
    deadline: string | null;
    divisionName: Text | null;
    status: MeasureStatus;
    lastApprovedAt: string | null;
  };
  measures: MeasureDetail[];
  narrative: { periodLabel: string; text: Text; reviewedAt: string | null } | null;
}

/** One goal by its code (case-insensitive), or null when the plan has no such goal. */
export function buildGoalView(source: PublicPlanSource, overview: PlanOverview, goalCode: string, lang: Lang): GoalView | null {
  const locale = FORMAT_LOCALE[lang];
  const wanted = goalCode.toUpperCase();
  for (const objective of source.plan.objectives) {
    for (const priority of objective.priorities) {
      const goal = priority.goals.find((g) => g.code.toUpperCase() === wanted);
      if (!goal) continue;
      const summary = overview.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).find((g) => g.id === goal.id)!;
      const groupNames = new Map(source.studentGroups.map((g) => [g.id, localized(g.name, g.nameEs, lang)]));
      const english = (text: string): Text | null => (text.trim() ? { text, lang: 'en' } : null);
      const measures = goal.measures.map((measure, i): MeasureDetail => {
        const card = measureCard(source, measure, summary.measures[i]!, lang);
        const spec = targetSpecOf(measure);
        const fmt = (v: number) => formatValue(v, measure.unit, measure.decimals, locale);
        const final = finalTarget(spec);
        const groups = measure.disaggregated ? groupResults(source, measure, lang) : [];
        const focus = measure.focusGroupId ? groupNames.get(measure.focusGroupId) : undefined;
        const reference = measure.referenceGroupId ? groupNames.get(measure.referenceGroupId) : undefined;
        const codeOf = (id: string | null) => source.studentGroups.find((g) => g.id === id)?.code;
        return {
          ...card,
          dataSource: measure.dataSource,
          cadence: measure.cadence,
          baseline: {
            value: measure.baselineValue,
            display: measure.baselineValue === null ? null : fmt(measure.baselineValue),
            label: measure.baselineLabel,
            note: measure.baselineNote,
          },
          finalTarget: final === null ? null : { value: final, display: fmt(final) },
          table: card.actual.map((point) => {
            const at = new Date(point.t);
            const inForce = targetSpecOf(measureInForce(measure, measure.targetVersions, at));
            const expected = expectedValueAt(inForce, at);
            const status = measureStatus(inForce, { value: point.value, date: at }, source.plan.atRiskThreshold);
            return { periodLabel: point.label, value: fmt(point.value), expected: expected === null ? null : fmt(expected), status: status.status };
          }),
          groups: [...groups].reverse(),
          gap:
            focus && reference
              ? {
                  focus,
                  reference,
                  points: groups.map((period) => {
                    const gap = groupGap(
                      period.rows.find((r) => r.groupCode === codeOf(measure.focusGroupId)),
                      period.rows.find((r) => r.groupCode === codeOf(measure.referenceGroupId)),
                      measure.direction,
                    );
                    return { periodLabel: period.periodLabel, gap, display: gap === null ? '*' : formatGap(gap, measure.unit, measure.decimals, locale) };
                  }),
                }
              : null,
        };
      });
      const narrative = source.latestNarratives.get(goal.id);
      return {
        plan: planHeading(source, lang, summary.lastApprovedAt),
        objective: localized(objective.name, objective.nameEs, lang),
        priority: localized(priority.name, priority.nameEs, lang),
        goal: {
          code: goal.code,
          title: localized(goal.title, goal.titleEs, lang),
          statement: localized(goal.statement, goal.statementEs, lang),
          inclusion: english(goal.inclusion),
          equityFocus: english(goal.equityFocus),
          deadline: goal.deadline?.toISOString() ?? null,
          divisionName: goal.division ? { text: goal.division.name, lang: 'en' } : null,
          status: summary.status,
          lastApprovedAt: summary.lastApprovedAt,
        },
        measures,
        narrative: narrative
          ? { periodLabel: narrative.period.label, text: { text: narrative.narrative, lang: 'en' }, reviewedAt: narrative.reviewedAt?.toISOString() ?? null }
          : null,
      };
    }
  }
  return null;
}

function formatGap(gap: number, unit: MeasureUnit, decimals: number, locale: string): string {
  const text = formatValue(Math.abs(gap), unit, decimals, locale);
  return gap < 0 ? `−${text}` : text;
}
