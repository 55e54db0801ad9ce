'use server';

import { revalidatePath } from 'next/cache';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { recordProgress } from '@/lib/data/progress';
import { progressFormToInput } from '@/lib/validations/progress';

export async function recordProgressAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await getCurrentUser();
    const result = await recordProgress(user, progressFormToInput(form));
    // The to-do list, header counts, dashboard, review queue and goal page all change.
    revalidatePath('/', 'layout');
    return {
      ok: true,
      message: result.state === 'SUBMITTED' ? 'Submitted for review.' : 'Draft saved.',
      values: { ...formValues(form), version: String(result.version), confirmJumps: '' },
    };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}
