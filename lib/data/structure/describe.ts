// Structure events in words, for a goal's history: what was created, edited, moved, reordered,
// archived or deleted, and each field before → after, labelled from the field lists
// (lib/data/structure/fields.ts). Pure: the data layer supplies the events and the names of ids.
import {
  CADENCE_LABELS,
  DIRECTION_LABELS,
  GOAL_LABELS,
  ITEM_TEXT_LABELS,
  MEASURE_LABELS,
  TARGET_CHANGE_LABELS,
  STRUCTURE_LEVELS,
  TARGET_KIND_LABELS,
  UNIT_LABELS,
  interimsOf,
  type StructureLevel,
} from '@/lib/data/structure/fields';

export interface StructureNames {
  objectives: Map<string, string>;
  priorities: Map<string, string>;
  goals: Map<string, string>;
  measures: Map<string, string>;
  divisions: Map<string, string>;
  groups: Map<string, string>;
}

export interface StructureChange {
  field: string;
  before: string;
  after: string;
}

export interface StructureEventWords {
  actionLabel: string;
  reason: string | null;
  changes: StructureChange[];
}

type Snapshot = Record<string, unknown> | null;

const ENTITY_LEVEL: Record<string, StructureLevel> = { Objective: 'objective', Priority: 'priority', Goal: 'goal', Measure: 'measure' };

/** The events this module describes: an objective's, priority's, goal's or measure's own (not, say, a CSV import filed under a goal). */
export const isStructureEvent = (action: string) => (STRUCTURE_LEVELS as readonly string[]).includes(action.slice(0, action.indexOf('.')));

const PARENT: Record<StructureLevel, { key: string; label: string }> = {
  objective: { key: 'planId', label: 'Plan' },
  priority: { key: 'objectiveId', label: 'Objective' },
  goal: { key: 'priorityId', label: GOAL_LABELS.priorityId },
  measure: { key: 'goalId', label: MEASURE_LABELS.goalId },
};

const LABELS: Record<StructureLevel, Record<string, string>> = {
  objective: ITEM_TEXT_LABELS,
  priority: { objectiveId: PARENT.priority.label, ...ITEM_TEXT_LABELS },
  goal: GOAL_LABELS,
  measure: MEASURE_LABELS,
};

const EMPTY = '—';

function words(key: string, value: unknown, names: StructureNames): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY;
  const name = (map: Map<string, string>) => (id: unknown) => map.get(String(id)) ?? 'an item no longer in the plan';
  const byKey: Record<string, (v: unknown) => string> = {
    objectiveId: name(names.objectives),
    priorityId: name(names.priorities),
    goalId: name(names.goals),
    divisionId: name(names.divisions),
    focusGroupId: name(names.groups),
    referenceGroupId: name(names.groups),
    focusGroupIds: (v) => (v as unknown[]).map(name(names.groups)).join(', '),
    studentGroupIds: (v) => (v as unknown[]).map(name(names.groups)).join(', '),
    unit: (v) => UNIT_LABELS[v as keyof typeof UNIT_LABELS] ?? String(v),
    direction: (v) => DIRECTION_LABELS[v as keyof typeof DIRECTION_LABELS] ?? String(v),
    cadence: (v) => CADENCE_LABELS[v as keyof typeof CADENCE_LABELS] ?? String(v),
    targetKind: (v) => TARGET_KIND_LABELS[v as keyof typeof TARGET_KIND_LABELS]?.[0] ?? String(v),
    disaggregated: (v) => (v ? 'Yes' : 'No'),
    interimTargets: (v) => interimsOf(v).map((t) => `${t.label || t.date} (${t.date}): ${t.value}`).join('\n') || EMPTY,
    position: (v) => String(Number(v) + 1),
  };
  return (byKey[key] ?? String)(value);
}

/** Each labelled field that differs; on a creation, each field given (a false or empty one is not). */
function fieldChanges(labels: Record<string, string>, before: Snapshot, after: Snapshot, names: StructureNames): StructureChange[] {
  const changes: StructureChange[] = [];
  for (const [key, field] of Object.entries(labels)) {
    const a = before ? words(key, before[key], names) : EMPTY;
    const b = after ? words(key, after[key], names) : EMPTY;
    if (a === b || (before === null && (after?.[key] === false || b === EMPTY))) continue;
    changes.push({ field, before: a, after: b });
  }
  return changes;
}

function impactWords(impact: unknown): string {
  if (typeof impact !== 'object' || impact === null) return '';
  const n = impact as Record<string, number>;
  const parts = (
    [
      ['priorities', 'priority', 'priorities'],
      ['goals', 'goal', 'goals'],
      ['measures', 'measure', 'measures'],
      ['updates', 'quarterly update', 'quarterly updates'],
      ['observations', 'reported value', 'reported values'],
    ] as const
  ).flatMap(([key, one, many]) => (n[key] ? [`${n[key]} ${n[key] === 1 ? one : many}`] : []));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** One structure event (an audit event of an objective, priority, goal or measure) in words. */
export function describeStructureEvent(
  event: { action: string; entityType: string; entityId: string; before: Snapshot; after: Snapshot },
  names: StructureNames,
): StructureEventWords {
  const level = ENTITY_LEVEL[event.entityType] ?? 'goal';
  const { before, after } = event;
  const verb = event.action.slice(event.action.indexOf('.') + 1);
  const snapshotName = [after?.code ?? before?.code, after?.name ?? after?.title ?? before?.name ?? before?.title].filter((x) => typeof x === 'string' && x);
  const known = { objective: names.objectives, priority: names.priorities, goal: names.goals, measure: names.measures }[level].get(event.entityId);
  // A goal's history is about that goal: its own events say "the goal"; a measure is named.
  const item = level === 'goal' ? 'the goal' : `${level} ${known ?? (snapshotName.join(' ') || '(no longer in the plan)')}`;
  const parent = PARENT[level];
  const parentWords = level === 'measure' ? 'another goal' : `another ${parent.label.toLowerCase()}`;

  if (verb === 'move' && before && after && 'parentId' in after) {
    // Moved from the outline: the snapshot holds only the parent.
    return {
      actionLabel: `Moved ${item} to ${parentWords}`,
      reason: null,
      changes: [{ field: parent.label, before: words(parent.key, before.parentId, names), after: words(parent.key, after.parentId, names) }],
    };
  }
  if (verb === 'reorder') {
    const up = Number(after?.position) < Number(before?.position);
    return { actionLabel: `Moved ${item} ${up ? 'up' : 'down'} in the list`, reason: null, changes: fieldChanges({ position: 'Position' }, before, after, names) };
  }
  if (verb === 'archive' || verb === 'delete') {
    const withIt = impactWords(before?.impact);
    return {
      actionLabel:
        verb === 'archive' ? `Archived ${item}: hidden everywhere, its data kept` : `Deleted ${item}`,
      reason: null,
      changes: withIt ? [{ field: verb === 'archive' ? 'Archived with it' : 'Deleted with it', before: EMPTY, after: withIt }] : [],
    };
  }
  const changes = fieldChanges(LABELS[level], before, after, names);
  if (verb === 'target-change') {
    const change = (after?.change ?? null) as Snapshot;
    const dates = { boardApprovedOn: TARGET_CHANGE_LABELS.boardApprovedOn, effectiveFrom: TARGET_CHANGE_LABELS.effectiveFrom };
    changes.push(...fieldChanges(dates, null, change, names));
    const reason = typeof change?.reason === 'string' && change.reason ? change.reason : null;
    return { actionLabel: `Changed the target of ${item}`, reason, changes };
  }
  const actionLabel =
    verb === 'create'
      ? level === 'goal'
        ? 'Created the goal'
        : `Added ${item}`
      : verb === 'move'
        ? `Moved ${item} to ${parentWords}`
        : verb === 'update'
          ? `Edited ${item}`
          : `${event.action} (${item})`;
  return { actionLabel, reason: null, changes };
}
