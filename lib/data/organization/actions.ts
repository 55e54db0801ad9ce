'use server';
// The organization's server actions: people and invitations, divisions, student groups,
// reporting periods, and the two pages a person reaches by link (first-run setup, invitation).
import { redirect } from 'next/navigation';
import { formValues, type ActionState } from '@/lib/action-state';
import { checked, formFields, runAction } from '@/lib/data/core/action';
import { createDivision, deleteDivision, renameDivision } from '@/lib/data/organization/divisions';
import { acceptInvitation, inviteUser, refreshInvitation, type IssuedInvitation } from '@/lib/data/organization/invitations';
import { setPeriodClosed, setPeriodDueDate } from '@/lib/data/organization/periods';
import { completeSetup } from '@/lib/data/organization/setup';
import { createStudentGroup, deleteStudentGroup, moveStudentGroup, updateStudentGroup } from '@/lib/data/organization/student-groups';
import { unlockUser, updateUser } from '@/lib/data/organization/users';

const nameOf = (form: FormData, fallback = '') => String(form.get('name') ?? fallback).trim();
/** After deleting a row the list page itself says what was deleted. */
const deletedNotice = (page: string, form: FormData) => `${page}?deleted=${encodeURIComponent(nameOf(form))}`;

// ─── People ──────────────────────────────────────────────────────────────────────────────────

const linkState = (invitation: IssuedInvitation): ActionState => ({
  ok: true,
  message: `Send this link to ${invitation.name}; it works once, for 72 hours.`,
  result: { link: invitation.link, name: invitation.name, email: invitation.email },
});

export async function inviteUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, async (user) => linkState(await inviteUser(user, formFields(form, ['email', 'name', 'role', 'divisionId']))), {
    revalidate: '/admin/users',
  });
}

export async function refreshInvitationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(form, async (user) => linkState(await refreshInvitation(user, formFields(form, ['userId']))), {
    revalidate: '/admin/users',
  });
}

export async function updateUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await updateUser(user, { ...formFields(form, ['userId', 'role', 'divisionId']), active: checked(form, 'active') });
      return 'Saved.';
    },
    { revalidate: '/admin/users' },
  );
}

export async function unlockUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  // The lock box leaves the row once unlocked: the page itself says who was unlocked.
  return runAction(null, (user) => unlockUser(user, formFields(form, ['userId'])), {
    revalidate: '/admin/users',
    redirectTo: `/admin/users?unlocked=${encodeURIComponent(nameOf(form))}`,
  });
}

// ─── Divisions ───────────────────────────────────────────────────────────────────────────────

export async function createDivisionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await createDivision(user, formFields(form, ['code', 'name']));
      return `Division ${nameOf(form)} created.`;
    },
    { revalidate: 'layout' },
  );
}

export async function renameDivisionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await renameDivision(user, formFields(form, ['divisionId', 'name']));
      return 'Renamed.';
    },
    { revalidate: 'layout' },
  );
}

export async function deleteDivisionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(null, (user) => deleteDivision(user, { id: form.get('id'), confirm: form.get('confirm') === 'yes' }), {
    revalidate: 'layout',
    redirectTo: deletedNotice('/admin/divisions', form),
  });
}

// ─── Student groups ──────────────────────────────────────────────────────────────────────────

const GROUP_FIELDS = ['name', 'nameEs', 'category'] as const;

export async function createStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await createStudentGroup(user, formFields(form, ['code', ...GROUP_FIELDS]));
      return `Student group ${nameOf(form)} created.`;
    },
    { revalidate: 'layout' },
  );
}

export async function updateStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await updateStudentGroup(user, formFields(form, ['groupId', ...GROUP_FIELDS]));
      return 'Saved.';
    },
    { revalidate: 'layout' },
  );
}

export async function moveStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    null,
    async (user) => {
      await moveStudentGroup(user, formFields(form, ['id', 'direction']));
      return `Moved ${nameOf(form, 'the group')} ${form.get('direction') === 'up' ? 'up' : 'down'}.`;
    },
    { revalidate: 'layout' },
  );
}

export async function deleteStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(null, (user) => deleteStudentGroup(user, { id: form.get('id'), confirm: form.get('confirm') === 'yes' }), {
    revalidate: 'layout',
    redirectTo: deletedNotice('/admin/student-groups', form),
  });
}

// ─── Reporting periods ───────────────────────────────────────────────────────────────────────

export async function setPeriodClosedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const result = await setPeriodClosed(user, { periodId: form.get('periodId'), closed: form.get('closed') === 'true', reason: form.get('reason') ?? '' });
      return result.closed ? 'Closed for reporting.' : 'Reopened for reporting.';
    },
    { revalidate: 'layout' },
  );
}

export async function setPeriodDueDateAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await setPeriodDueDate(user, formFields(form, ['periodId', 'dueDate']));
      return 'Due date changed.';
    },
    { revalidate: 'layout' },
  );
}

// ─── Reached by link, before anyone is signed in ─────────────────────────────────────────────

export async function completeSetupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let email = '';
  const refused = await runAction(form, async () => {
    email = (await completeSetup(formValues(form, { withSecrets: true }))).email;
  });
  if (!refused.ok) return refused;
  redirect(`/login?${new URLSearchParams({ notice: 'setup', email, callbackUrl: '/admin/plans' })}`);
}

export async function acceptInvitationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let email = '';
  const refused = await runAction(form, async () => {
    email = (await acceptInvitation(formValues(form, { withSecrets: true }))).email;
  });
  if (!refused.ok) return refused;
  redirect(`/login?${new URLSearchParams({ notice: 'invited', email })}`);
}
