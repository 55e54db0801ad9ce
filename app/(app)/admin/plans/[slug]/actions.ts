'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { startNextCycleFromPlan } from '@/lib/data/plan/next-cycle';
import { changePlanStatus, setPlanPublished, updatePlanSettings } from '@/lib/data/plan/settings';
import { STATUS_WORDS, type PlanStatus } from '@/lib/data/plan/rules';
import { planSettingsSchema } from '@/lib/data/plan/fields';

// The form's fields are the schema's: one list, in lib/validations/plan-admin.ts.
const SETTINGS_FIELDS = Object.keys(planSettingsSchema.shape);

export async function updatePlanSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const raw = Object.fromEntries(SETTINGS_FIELDS.map((k) => [k, form.get(k)]));
    const result = await updatePlanSettings(await getCurrentUser(), raw);
    revalidatePath('/', 'layout');
    const periods = [
      result.periodsAdded.length ? `added ${result.periodsAdded.join(', ')}` : '',
      result.periodsRemoved.length ? `removed the empty ${result.periodsRemoved.join(', ')}` : '',
    ].filter(Boolean);
    return { ok: true, message: `Settings saved.${periods.length ? ` Reporting quarters: ${periods.join('; ')}.` : ''}` };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function changePlanStatusAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const result = await changePlanStatus(await getCurrentUser(), {
      planId: form.get('planId'),
      status: form.get('status'),
      confirm: form.get('confirm') === 'yes',
    });
    revalidatePath('/', 'layout');
    return { ok: true, message: `The plan is now ${STATUS_WORDS[result.status as PlanStatus].toLowerCase()}.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function setPlanPublishedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const result = await setPlanPublished(await getCurrentUser(), {
      planId: form.get('planId'),
      published: form.get('published') === 'true',
      confirm: form.get('confirm') === 'yes',
    });
    revalidatePath('/', 'layout');
    return {
      ok: true,
      message: result.published ? `Published: ${result.name} is on the public scorecard.` : `Unpublished: ${result.name} is no longer public.`,
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function startNextCycleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let slug: string;
  try {
    const result = await startNextCycleFromPlan(await getCurrentUser(), {
      planId: form.get('planId'),
      name: form.get('name'),
      slug: form.get('slug'),
      cycleStart: form.get('cycleStart'),
      cycleEnd: form.get('cycleEnd'),
      objectives: form.getAll('objectives'),
      priorities: form.getAll('priorities'),
      goals: form.getAll('goals'),
      measures: form.getAll('measures'),
    });
    slug = result.slug;
  } catch (error) {
    const values = formValues(form);
    return actionError(error, { name: values.name ?? '', slug: values.slug ?? '', cycleStart: values.cycleStart ?? '', cycleEnd: values.cycleEnd ?? '' });
  }
  revalidatePath('/', 'layout');
  redirect(`/admin/plans/${slug}?created=next-cycle`);
}
