'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { createPlan } from '@/lib/data/plan/settings';

export async function createPlanAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let slug: string;
  try {
    const result = await createPlan(await getCurrentUser(), {
      name: form.get('name'),
      slug: form.get('slug'),
      cycleStart: form.get('cycleStart'),
      cycleEnd: form.get('cycleEnd'),
      objectiveLabel: form.get('objectiveLabel'),
      objectiveLabelPlural: form.get('objectiveLabelPlural'),
      priorityLabel: form.get('priorityLabel'),
      priorityLabelPlural: form.get('priorityLabelPlural'),
      goalLabel: form.get('goalLabel'),
      goalLabelPlural: form.get('goalLabelPlural'),
      vision: form.get('vision'),
      mission: form.get('mission'),
    });
    slug = result.slug;
  } catch (error) {
    return actionError(error, formValues(form));
  }
  revalidatePath('/', 'layout');
  redirect(`/admin/plans/${slug}?created=1`);
}
