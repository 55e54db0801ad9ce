// How every server action runs: who is asking, the command, what the pages must re-read, and the
// one mapping from a refusal to the form's state. An action file then says only what is its own:
// which fields it reads and which command it calls.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser, type CurrentUser } from '@/lib/data/current-user';
import { pinToPrimary } from '@/lib/db';

export interface ActionOptions {
  /**
   * What to re-read after a success: a path (its page only) or 'layout' (every page; the header
   * counts, to-do list and dashboards all change). Nothing when the command changes no page.
   */
  revalidate?: string | 'layout';
  /** Send what was typed back with a refusal, so the form keeps it (default: yes). */
  keepInput?: boolean;
  /** Where to go after a success (after re-reading), e.g. the page of what was made. */
  redirectTo?: string | ((state: ActionState) => string);
}

/**
 * Runs a command for the signed-in user. The command's return is the success state, or a string
 * as its message. A refusal (AppError) becomes the form's state, with the input kept; a redirect
 * or not-found from the command passes through to Next.js.
 */
export async function runAction(
  form: FormData | null,
  command: (user: CurrentUser | null) => Promise<ActionState | string | void>,
  options: ActionOptions = {},
): Promise<ActionState> {
  let state: ActionState;
  try {
    const result = await command(await getCurrentUser());
    state = typeof result === 'string' ? { ok: true, message: result } : (result ?? { ok: true });
  } catch (error) {
    unstable_rethrow(error);
    return actionError(error, form && options.keepInput !== false ? formValues(form) : undefined);
  }
  // The author's next pages read the primary, never a replica that has not caught up yet.
  await pinToPrimary();
  if (options.revalidate === 'layout') revalidatePath('/', 'layout');
  else if (options.revalidate) revalidatePath(options.revalidate);
  if (options.redirectTo) redirect(typeof options.redirectTo === 'string' ? options.redirectTo : options.redirectTo(state));
  return state;
}

/** The named fields of a form as the raw input a command's schema parses (missing ones are null). */
export function formFields<K extends string>(form: FormData, names: readonly K[]): Record<K, FormDataEntryValue | null> {
  const raw = {} as Record<K, FormDataEntryValue | null>;
  for (const name of names) raw[name] = form.get(name);
  return raw;
}

/** A checkbox as a boolean: present and "on" (or "true") means ticked. */
export function checked(form: FormData, name: string): boolean {
  const value = form.get(name);
  return value === 'on' || value === 'true';
}
