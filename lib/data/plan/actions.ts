'use server';
// The plan aggregate's server actions: create, settings, status, publication, the next cycle
// and plan-file import. Each reads its form's fields and calls one guarded command.
import type { ActionState } from '@/lib/action-state';
import { checked, formFields, runAction } from '@/lib/data/core/action';
import { createPlan } from '@/lib/data/plan/create';
import { CREATE_PLAN_FIELDS, PLAN_SETTINGS_FIELDS, STATUS_WORDS } from '@/lib/data/plan/fields';
import { startNextCycleFromPlan } from '@/lib/data/plan/next-cycle';
import { updatePlanSettings } from '@/lib/data/plan/settings';
import { changePlanStatus, setPlanPublished } from '@/lib/data/plan/status';
import { importPlan, PlanDocumentError, type DocumentProblem } from '@/lib/data/plan/transfer';
import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@/lib/upload-limit';

export interface ImportState extends ActionState {
  problems?: DocumentProblem[];
}

const confirmedBox = (form: FormData) => form.get('confirm') === 'yes';

export async function createPlanAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const { slug } = await createPlan(user, formFields(form, CREATE_PLAN_FIELDS));
      return { ok: true, result: { slug } };
    },
    { revalidate: 'layout', redirectTo: (state) => `/admin/plans/${state.result?.slug}?created=1` },
  );
}

export async function updatePlanSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const result = await updatePlanSettings(user, formFields(form, ['planId', 'version', ...PLAN_SETTINGS_FIELDS]));
      const periods = [
        result.periodsAdded.length ? `added ${result.periodsAdded.join(', ')}` : '',
        result.periodsRemoved.length ? `removed the empty ${result.periodsRemoved.join(', ')}` : '',
      ].filter(Boolean);
      return `Settings saved.${periods.length ? ` Reporting quarters: ${periods.join('; ')}.` : ''}`;
    },
    { revalidate: 'layout' },
  );
}

export async function changePlanStatusAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const { status } = await changePlanStatus(user, { ...formFields(form, ['planId', 'status']), confirm: confirmedBox(form) });
      return `The plan is now ${STATUS_WORDS[status].toLowerCase()}.`;
    },
    { revalidate: 'layout', keepInput: false },
  );
}

export async function setPlanPublishedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const result = await setPlanPublished(user, {
        planId: form.get('planId'),
        published: checked(form, 'published'),
        confirm: confirmedBox(form),
      });
      return result.published
        ? `Published: ${result.name} is on the public scorecard.`
        : `Unpublished: ${result.name} is no longer public.`;
    },
    { revalidate: 'layout', keepInput: false },
  );
}

export async function startNextCycleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const { slug } = await startNextCycleFromPlan(user, {
        ...formFields(form, ['planId', 'name', 'slug', 'cycleStart', 'cycleEnd']),
        objectives: form.getAll('objectives'),
        priorities: form.getAll('priorities'),
        goals: form.getAll('goals'),
        measures: form.getAll('measures'),
      });
      return { ok: true, result: { slug } };
    },
    { revalidate: 'layout', redirectTo: (state) => `/admin/plans/${state.result?.slug}?created=next-cycle` },
  );
}

/** The uploaded plan file as JSON, or the refusal of the file itself (none, too large, not JSON). */
async function readPlanFile(form: FormData): Promise<unknown> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    throw new AppError('VALIDATION', 'Choose a plan file (.json) to import.', { file: ['Choose a plan file.'] });
  }
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError('VALIDATION', UPLOAD_TOO_LARGE, { file: ['The file is too large.'] });
  try {
    return JSON.parse(await file.text());
  } catch {
    throw new AppError('VALIDATION', `${file.name} is not a JSON file; nothing was imported.`, { file: ['Not valid JSON.'] });
  }
}

export async function importPlanAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  let problems: DocumentProblem[] | undefined;
  const state = await runAction(
    null,
    async (user) => {
      try {
        const result = await importPlan(user, await readPlanFile(form));
        return `Imported "${result.slug}": ${result.goals} goals, ${result.measures} measures and ${result.observations} values.`;
      } catch (error) {
        if (error instanceof PlanDocumentError) problems = error.problems;
        throw error;
      }
    },
    { revalidate: 'layout' },
  );
  // A refused file lists every problem with its path, beside the message.
  return problems ? { ...state, problems } : state;
}
