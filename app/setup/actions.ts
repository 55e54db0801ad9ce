'use server';

import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { completeSetup } from '@/lib/data/setup';

export async function completeSetupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let done: { email: string };
  try {
    done = await completeSetup(values);
  } catch (error) {
    // Never echo a password back into the page.
    return actionError(error, { ...values, password: '', confirmPassword: '' });
  }
  const next = new URLSearchParams({ notice: 'setup', email: done.email, callbackUrl: '/admin/plans' });
  redirect(`/login?${next}`);
}
