'use server';

import { revalidatePath } from 'next/cache';
import { actionError, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { recordProgress } from '@/lib/data/progress';
import { progressFormToInput } from '@/lib/validations/progress';

function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  return values;
}

export async function recordProgressAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await getCurrentUser();
    const result = await recordProgress(user, progressFormToInput(form));
    revalidatePath('/dashboard');
    revalidatePath('/updates');
    revalidatePath(`/goals/${String(form.get('goalId'))}`);
    return {
      ok: true,
      message: result.state === 'SUBMITTED' ? 'Submitted for review.' : 'Draft saved.',
      values: { ...typedValues(form), version: String(result.version) },
    };
  } catch (error) {
    return actionError(error, typedValues(form));
  }
}
