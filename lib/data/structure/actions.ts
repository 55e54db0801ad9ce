'use server';
// The structure editor's server actions: each reads its form's fields and calls one guarded
// command of the structure aggregate through runAction.
import { checked, formFields, runAction } from '@/lib/data/core/action';
import type { ActionState } from '@/lib/action-state';
import { targetFormInput } from '@/lib/data/structure/fields';
import { createGoal, updateGoal } from '@/lib/data/structure/goals';
import { createMeasure, updateMeasure } from '@/lib/data/structure/measures';
import { createObjective, createPriority, updateObjective, updatePriority } from '@/lib/data/structure/objectives';
import { moveItem, removeItem, reorderItem } from '@/lib/data/structure/tree';

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : null;
};
const all = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');

/** The outline of the plan named in the form; the slug only routes, the data layer authorizes by id. */
function structurePath(form: FormData): string {
  return `/admin/plans/${encodeURIComponent(text(form, 'planSlug') ?? '')}/structure`;
}
const named = (form: FormData) => encodeURIComponent(text(form, 'name') ?? '');

const TEXT_FIELDS = ['name', 'description', 'nameEs', 'descriptionEs'] as const;
const GOAL_FIELDS = ['priorityId', 'code', 'title', 'statement', 'titleEs', 'statementEs', 'divisionId', 'deadline', 'inclusion', 'equityFocus'] as const;
const MEASURE_FIELDS = ['goalId', 'code', 'name', 'nameEs', 'unit', 'direction', 'decimals', 'cadence', 'dataSource', 'baselineNote'] as const;
const MEASURE_GROUP_FIELDS = ['focusGroupId', 'referenceGroupId', 'gapReductionPercent'] as const;

/** Objectives and priorities: one form creates or edits either level. */
export async function saveTextItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const id = text(form, 'id');
      const item = formFields(form, TEXT_FIELDS);
      if (text(form, 'level') === 'objective') {
        if (id) await updateObjective(user, { id, ...item });
        else await createObjective(user, { planId: text(form, 'planId'), ...item });
      } else {
        if (id) await updatePriority(user, { id, objectiveId: text(form, 'objectiveId'), ...item });
        else await createPriority(user, { objectiveId: text(form, 'objectiveId'), ...item });
      }
      return `${id ? 'Saved' : 'Added'} “${text(form, 'name')?.trim()}”.`;
    },
    { revalidate: 'layout' },
  );
}

export async function saveGoalAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const id = text(form, 'id');
  return runAction(
    form,
    async (user) => {
      const input = { ...formFields(form, GOAL_FIELDS), focusGroupIds: all(form, 'focusGroupIds') };
      if (id) {
        await updateGoal(user, { id, ...input });
        return 'Goal saved.';
      }
      const created = await createGoal(user, input);
      return { ok: true, result: { id: created.id } };
    },
    { revalidate: 'layout', redirectTo: id ? undefined : (state) => `${structurePath(form)}/goals/${state.result?.id}?created=1` },
  );
}

const measureInput = (form: FormData) => ({
  ...formFields(form, MEASURE_FIELDS),
  ...targetFormInput(form),
  disaggregated: checked(form, 'disaggregated'),
  studentGroupIds: all(form, 'studentGroupIds'),
  ...formFields(form, MEASURE_GROUP_FIELDS),
  change: {
    reason: text(form, 'change.reason'),
    boardApprovedOn: text(form, 'change.boardApprovedOn'),
    effectiveFrom: text(form, 'change.effectiveFrom'),
  },
});

export async function saveMeasureAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const id = text(form, 'id');
      if (!id) await createMeasure(user, measureInput(form));
      const outcome = !id ? 'created' : (await updateMeasure(user, { id, ...measureInput(form) })).versioned ? 'saved-version' : 'saved';
      return { ok: true, message: outcome };
    },
    {
      revalidate: 'layout',
      redirectTo: (state) => `${structurePath(form)}?measure=${state.message}&name=${encodeURIComponent(text(form, 'code') ?? '')}`,
    },
  );
}

export async function reorderAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const direction = text(form, 'direction');
      const { moved } = await reorderItem(user, { level: text(form, 'level'), id: text(form, 'id'), direction });
      return moved ? `Moved ${direction}.` : `Already at the ${direction === 'up' ? 'top' : 'bottom'}.`;
    },
    { revalidate: 'layout', keepInput: false },
  );
}

export async function moveAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await moveItem(user, { level: text(form, 'level'), id: text(form, 'id'), parentId: text(form, 'parentId') });
      return 'Moved.';
    },
    { revalidate: 'layout' },
  );
}

export async function removeAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const { outcome } = await removeItem(user, { level: text(form, 'level'), id: text(form, 'id'), confirmed: text(form, 'confirmed') === 'yes' });
      return { ok: true, message: outcome };
    },
    { revalidate: 'layout', keepInput: false, redirectTo: (state) => `${structurePath(form)}?removed=${state.message}&name=${named(form)}` },
  );
}
