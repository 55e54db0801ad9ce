'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
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
  const slug = text(form, 'planSlug') ?? '';
  return `/admin/plans/${encodeURIComponent(slug)}/structure`;
}

function done(form: FormData, message: string): ActionState {
  revalidatePath(structurePath(form), 'layout');
  return { ok: true, message };
}

const textItem = (form: FormData) => ({
  name: text(form, 'name'),
  description: text(form, 'description'),
  nameEs: text(form, 'nameEs'),
  descriptionEs: text(form, 'descriptionEs'),
});

/** Objectives and priorities: one form creates or edits either level. */
export async function saveTextItemAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const level = text(form, 'level');
  const id = text(form, 'id');
  try {
    const actor = await getCurrentUser();
    if (level === 'objective') {
      if (id) await updateObjective(actor, { id, ...textItem(form) });
      else await createObjective(actor, { planId: text(form, 'planId'), ...textItem(form) });
    } else {
      if (id) await updatePriority(actor, { id, objectiveId: text(form, 'objectiveId'), ...textItem(form) });
      else await createPriority(actor, { objectiveId: text(form, 'objectiveId'), ...textItem(form) });
    }
    return done(form, `${id ? 'Saved' : 'Added'} “${text(form, 'name')?.trim()}”.`);
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

const goalInput = (form: FormData) => ({
  priorityId: text(form, 'priorityId'),
  code: text(form, 'code'),
  title: text(form, 'title'),
  statement: text(form, 'statement'),
  titleEs: text(form, 'titleEs'),
  statementEs: text(form, 'statementEs'),
  divisionId: text(form, 'divisionId'),
  deadline: text(form, 'deadline'),
  inclusion: text(form, 'inclusion'),
  equityFocus: text(form, 'equityFocus'),
  focusGroupIds: all(form, 'focusGroupIds'),
});

export async function saveGoalAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const id = text(form, 'id');
  let created: string | null = null;
  try {
    const actor = await getCurrentUser();
    if (id) await updateGoal(actor, { id, ...goalInput(form) });
    else created = (await createGoal(actor, goalInput(form))).id;
  } catch (error) {
    return actionError(error, formValues(form));
  }
  revalidatePath(structurePath(form), 'layout');
  if (created) redirect(`${structurePath(form)}/goals/${created}?created=1`);
  return { ok: true, message: 'Goal saved.' };
}

const measureInput = (form: FormData) => {
  const dates = form.getAll('interimDate');
  const labels = form.getAll('interimLabel');
  const values = form.getAll('interimValue');
  return {
    goalId: text(form, 'goalId'),
    code: text(form, 'code'),
    name: text(form, 'name'),
    nameEs: text(form, 'nameEs'),
    unit: text(form, 'unit'),
    direction: text(form, 'direction'),
    decimals: text(form, 'decimals'),
    cadence: text(form, 'cadence'),
    dataSource: text(form, 'dataSource'),
    baselineValue: text(form, 'baselineValue'),
    baselineDate: text(form, 'baselineDate'),
    baselineLabel: text(form, 'baselineLabel'),
    baselineNote: text(form, 'baselineNote'),
    targetKind: text(form, 'targetKind'),
    targetAmount: text(form, 'targetAmount'),
    targetDate: text(form, 'targetDate'),
    interimTargets: dates.map((date, i) => ({ date, label: labels[i], value: values[i] })),
    disaggregated: form.get('disaggregated') === 'on',
    studentGroupIds: all(form, 'studentGroupIds'),
    focusGroupId: text(form, 'focusGroupId'),
    referenceGroupId: text(form, 'referenceGroupId'),
    gapReductionPercent: text(form, 'gapReductionPercent'),
    change: {
      reason: text(form, 'change.reason'),
      boardApprovedOn: text(form, 'change.boardApprovedOn'),
      effectiveFrom: text(form, 'change.effectiveFrom'),
    },
  };
};

export async function saveMeasureAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const id = text(form, 'id');
  let message: string;
  try {
    const actor = await getCurrentUser();
    if (id) {
      const { versioned } = await updateMeasure(actor, { id, ...measureInput(form) });
      message = versioned ? 'saved-version' : 'saved';
    } else {
      await createMeasure(actor, measureInput(form));
      message = 'created';
    }
  } catch (error) {
    return actionError(error, formValues(form));
  }
  revalidatePath(structurePath(form), 'layout');
  redirect(`${structurePath(form)}?measure=${message}&name=${encodeURIComponent(text(form, 'code') ?? '')}`);
}

export async function reorderAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const { moved } = await reorderItem(await getCurrentUser(), {
      level: text(form, 'level'),
      id: text(form, 'id'),
      direction: text(form, 'direction'),
    });
    return done(form, moved ? `Moved ${text(form, 'direction')}.` : `Already at the ${text(form, 'direction') === 'up' ? 'top' : 'bottom'}.`);
  } catch (error) {
    return actionError(error);
  }
}

export async function moveAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await moveItem(await getCurrentUser(), { level: text(form, 'level'), id: text(form, 'id'), parentId: text(form, 'parentId') });
    return done(form, 'Moved.');
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function removeAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let outcome: string;
  try {
    const result = await removeItem(await getCurrentUser(), {
      level: text(form, 'level'),
      id: text(form, 'id'),
      confirmed: form.get('confirmed') === 'yes',
    });
    outcome = result.outcome;
  } catch (error) {
    return actionError(error);
  }
  revalidatePath(structurePath(form), 'layout');
  redirect(`${structurePath(form)}?removed=${outcome}&name=${encodeURIComponent(text(form, 'name') ?? '')}`);
}
