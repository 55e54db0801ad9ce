// "Start the next cycle": a new draft plan copied forward from the one ending. Measures keep
// their definition and target rule, re-dated to the new cycle's end, and each one's last
// approved actual is proposed as its new baseline. Pure: the caller loads the actuals.
import type { GoalDocument, MeasureDocument, PlanDocument } from '@/lib/data/plan/document';
import type { NextCycleDocument } from '@/lib/data/plan/next-cycle-document';

/** The latest approved all-students value of a measure in the plan that is ending. */
export interface LastActual {
  value: number;
  /** The end of the period the value is as of, YYYY-MM-DD. */
  date: string;
  /** That period's label, e.g. "2023-24" or "2024-25 Q2". */
  label: string;
  /** The value is demonstration data, so the baseline proposed from it is too. */
  isDemo?: boolean;
}

export interface NextCycleIdentity {
  slug: string;
  name: string;
  cycleStart: string;
  cycleEnd: string;
}

/** Keys of the last-actuals map: `${goalCode}/${measureCode}`, as plan import keys measures. */
export const measureKey = (goalCode: string, measureCode: string) => `${goalCode}/${measureCode}`;

/** "2022-25" for a cycle from July 2022 to June 2025. */
export function cycleLabel(cycleStart: string, cycleEnd: string): string {
  return `${cycleStart.slice(0, 4)}-${cycleEnd.slice(2, 4)}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthYear = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/**
 * A SMARTIE statement opens with its deadline ("By June 2025, …"); the carried goal's
 * statement names the new one. Statements worded otherwise are left as written.
 */
export function restateDeadline(statement: string, oldDeadline: string | null, newDeadline: string): string {
  if (!oldDeadline) return statement;
  const opening = `By ${monthYear(oldDeadline)},`;
  return statement.startsWith(opening) ? `By ${monthYear(newDeadline)},${statement.slice(opening.length)}` : statement;
}

function carryMeasure(measure: MeasureDocument, last: LastActual | undefined, previousLabel: string, cycleEnd: string): MeasureDocument {
  return {
    ...measure,
    baseline: last
      ? {
          value: last.value,
          date: last.date,
          label: last.label,
          note: `Last actual of the ${previousLabel} plan, proposed as the new baseline.`,
          isDemo: last.isDemo ?? false,
        }
      : {
          value: null,
          date: null,
          label: null,
          note: `The ${previousLabel} plan has no approved actual for this measure, so its new baseline is still to be set.`,
          isDemo: false,
        },
    target: { ...measure.target, date: cycleEnd },
    // Explicit yearly targets belong to the cycle that set them; the new cycle states its own.
    interimTargets: [],
    // The new cycle starts with no values of its own, and no target changes: its baseline and
    // target above are its original version.
    observations: [],
    targetHistory: [],
  };
}

function carryGoal(goal: GoalDocument, lastActuals: ReadonlyMap<string, LastActual>, previousLabel: string, cycleEnd: string): GoalDocument {
  return {
    ...goal,
    statement: restateDeadline(goal.statement, goal.deadline, cycleEnd),
    deadline: goal.deadline ? cycleEnd : null,
    updates: [],
    measures: goal.measures.filter((m) => !m.archivedAt).map((m) => carryMeasure(m, lastActuals.get(measureKey(goal.code, m.code)), previousLabel, cycleEnd)),
  };
}

/** The previous plan's whole structure as a draft of the next cycle, measures re-based and re-dated. */
export function carryPlanForward(
  previous: PlanDocument,
  next: NextCycleIdentity,
  lastActuals: ReadonlyMap<string, LastActual>,
): PlanDocument {
  const previousLabel = cycleLabel(previous.plan.cycleStart, previous.plan.cycleEnd);
  return {
    schemaVersion: 1,
    plan: {
      ...previous.plan,
      ...next,
      // The Spanish name named the old cycle; the new plan's own text supplies its names.
      nameEs: undefined,
      status: 'DRAFT',
      published: false,
      demoProgress: false,
      // Periods are generated for the new cycle; the old cycle's overrides do not apply.
      periods: [],
      // Archived items stay with the cycle that archived them.
      objectives: previous.plan.objectives.filter((o) => !o.archivedAt).map((objective) => ({
        ...objective,
        priorities: objective.priorities.filter((p) => !p.archivedAt).map((priority) => ({
          ...priority,
          goals: priority.goals.filter((g) => !g.archivedAt).map((goal) => carryGoal(goal, lastActuals, previousLabel, next.cycleEnd)),
        })),
      })),
    },
  };
}

/**
 * Places carried goals into the next cycle's own structure: its objectives (and any key
 * priorities it names), each carried goal under the objective and priority the mapping gives,
 * priorities the plan does not name yet created in mapping order. Goals left out of the
 * mapping do not carry over. Every problem with the mapping is reported at once.
 */
export function arrangeUnderNewStructure(carried: PlanDocument, frame: NextCycleDocument): PlanDocument {
  const goals = new Map(carried.plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals)).map((g) => [g.code, g]));
  const objectiveNames = new Set(frame.plan.objectives.map((o) => o.name));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of frame.carryOver) {
    if (!goals.has(entry.goal)) problems.push(`carryOver: goal "${entry.goal}" is not in the previous plan`);
    if (!objectiveNames.has(entry.objective)) problems.push(`carryOver: objective "${entry.objective}" is not in the new plan`);
    if (seen.has(entry.goal)) problems.push(`carryOver: goal "${entry.goal}" is carried twice`);
    seen.add(entry.goal);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));

  return {
    schemaVersion: 1,
    plan: {
      ...frame.plan,
      status: 'DRAFT',
      published: false,
      objectives: frame.plan.objectives.map((objective) => {
        const priorities = objective.priorities.map((p) => ({ ...p, goals: [...p.goals] }));
        for (const entry of frame.carryOver.filter((e) => e.objective === objective.name)) {
          let priority = priorities.find((p) => p.name === entry.priority);
          if (!priority) {
            priority = { name: entry.priority, description: '', goals: [] };
            priorities.push(priority);
          }
          priority.goals.push(goals.get(entry.goal) as GoalDocument);
        }
        return { ...objective, priorities };
      }),
    },
  };
}

/** The next cycle's draft plan: the previous plan carried forward, arranged under the new structure. */
export function startNextCycle(
  previous: PlanDocument,
  frame: NextCycleDocument,
  lastActuals: ReadonlyMap<string, LastActual>,
): PlanDocument {
  const { slug, name, cycleStart, cycleEnd } = frame.plan;
  return arrangeUnderNewStructure(carryPlanForward(previous, { slug, name, cycleStart, cycleEnd }, lastActuals), frame);
}
