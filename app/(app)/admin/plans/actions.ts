'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/data/current-user';
import { importPlan, PlanDocumentError } from '@/lib/data/plan/internal/transfer';
import { actionError, type ActionState } from '@/lib/action-state';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@/lib/upload-limit';

export interface ImportState extends ActionState {
  problems?: { path: string; message: string }[];
}

export async function importPlanAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, code: 'VALIDATION', message: 'Choose a plan file (.json) to import.', fieldErrors: { file: ['Choose a plan file.'] } };
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    return { ok: false, code: 'VALIDATION', message: UPLOAD_TOO_LARGE, fieldErrors: { file: ['The file is too large.'] } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await file.text());
  } catch {
    return { ok: false, code: 'VALIDATION', message: `${file.name} is not a JSON file; nothing was imported.`, fieldErrors: { file: ['Not valid JSON.'] } };
  }
  try {
    const result = await importPlan(await getCurrentUser(), raw);
    revalidatePath('/', 'layout');
    return {
      ok: true,
      message: `Imported "${result.slug}": ${result.goals} goals, ${result.measures} measures and ${result.observations} values.`,
    };
  } catch (error) {
    if (error instanceof PlanDocumentError) return { ok: false, code: error.code, message: error.message, problems: error.problems };
    return actionError(error);
  }
}
