'use client';

import { useActionState } from 'react';
import { inviteUserAction, refreshInvitationAction, unlockUserAction, updateUserAction } from '@/lib/data/organization/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { initialActionState, refusedInput, type ActionState } from '@/lib/action-state';
import { ROLE_LABELS } from '@/lib/labels';
import { ROLE_VALUES } from '@/lib/data/organization/fields';
import { TextField } from '@/components/forms/field';
import { KeptSelect } from '@/components/forms/kept-select';

interface Division {
  id: string;
  name: string;
}

function RoleSelect({ id, defaultValue, error }: { id: string; defaultValue: string; error?: string[] }) {
  return (
    <>
      <KeptSelect id={id} name="role" defaultValue={defaultValue} className="field-input" aria-invalid={error ? true : undefined}>
        {ROLE_VALUES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </KeptSelect>
      <FieldError id={`${id}-error`} messages={error} />
    </>
  );
}

function DivisionSelect({ id, divisions, defaultValue, error }: { id: string; divisions: Division[]; defaultValue: string; error?: string[] }) {
  return (
    <>
      <KeptSelect
        id={id}
        name="divisionId"
        defaultValue={defaultValue}
        className="field-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">No division</option>
        {divisions.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </KeptSelect>
      <FieldError id={`${id}-error`} messages={error} />
    </>
  );
}

const formKey = (state: ActionState) => state.result?.link ?? JSON.stringify(state.values ?? {});

/** A new invitation link, shown once: read-only and selected on focus, so it copies in one step. */
function InvitationLinkBox({ id, link, name }: { id: string; link: string; name: string }) {
  return (
    <div className="mt-3">
      <label htmlFor={id} className="field-label">
        Invitation link for {name}
      </label>
      <input
        id={id}
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="field-input font-mono text-sm"
      />
    </div>
  );
}

export function InviteUserForm({ divisions }: { divisions: Division[] }) {
  const [state, formAction, pending] = useActionState(inviteUserAction, initialActionState);
  const { errors: e, value: v } = refusedInput(state);
  return (
    // Keyed by the outcome: each answer remounts the form, so a select shows the refused input again (React sets a
    // select's defaultValue only when it mounts) and a success starts empty.
    <form action={formAction} className="space-y-4" noValidate key={formKey(state)}>
      <div aria-live="polite">
        <FormMessage state={state}>
          {state.ok && state.result?.link && <InvitationLinkBox id="new-invitation-link" link={state.result.link} name={state.result.name ?? ''} />}
        </FormMessage>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="new-name" name="name" label="Name" defaultValue={v('name')} autoComplete="off" errors={e.name} />
        <TextField id="new-email" name="email" label="Email" type="email" defaultValue={v('email')} autoComplete="off" errors={e.email} />
        <div>
          <label htmlFor="new-role" className="field-label">
            Role
          </label>
          <RoleSelect id="new-role" defaultValue={v('role') || 'STAFF'} error={e.role} />
        </div>
        <div>
          <label htmlFor="new-division" className="field-label">
            Division
          </label>
          <DivisionSelect id="new-division" divisions={divisions} defaultValue={v('divisionId')} error={e.divisionId} />
        </div>
      </div>
      <p className="text-sm text-slate-600">
        You get a link to send them. With it they choose their own password; until then they cannot sign in.
      </p>
      <button type="submit" className="btn-primary" disabled={pending}>
        Invite
      </button>
    </form>
  );
}

/** For someone who has not used their link: where it stands, and a fresh one (the old one stops working). */
export function NewLinkForm({ userId, name, status }: { userId: string; name: string; status: string }) {
  const [state, formAction, pending] = useActionState(refreshInvitationAction, initialActionState);
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 p-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm font-medium text-amber-950">{status}</p>
        <button type="submit" className="btn-secondary self-start sm:self-auto" disabled={pending} aria-label={`New invitation link for ${name}`}>
          New link
        </button>
      </div>
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state}>
          {state.ok && state.result?.link && <InvitationLinkBox id={`invitation-link-${userId}`} link={state.result.link} name={name} />}
        </FormMessage>
      </div>
    </form>
  );
}

/** For someone locked out by repeated wrong passwords: how long, and an unlock. */
export function UnlockForm({ userId, name, status }: { userId: string; name: string; status: string }) {
  const [state, formAction, pending] = useActionState(unlockUserAction, initialActionState);
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-3">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="name" value={name} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm font-medium text-red-950">{status}</p>
        <button type="submit" className="btn-secondary self-start sm:self-auto" disabled={pending} aria-label={`Unlock ${name}`}>
          Unlock
        </button>
      </div>
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function EditUserForm({
  user,
  divisions,
  isSelf,
}: {
  user: { id: string; name: string; role: string; divisionId: string | null; active: boolean };
  divisions: Division[];
  isSelf: boolean;
}) {
  const [state, formAction, pending] = useActionState(updateUserAction, initialActionState);
  const { errors: e } = refusedInput(state);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)_auto_auto] sm:items-end" noValidate aria-label={`Account of ${user.name}`}>
      <input type="hidden" name="userId" value={user.id} />
      <div>
        <label htmlFor={`role-${user.id}`} className="text-sm font-medium text-slate-800">
          Role
        </label>
        <RoleSelect id={`role-${user.id}`} defaultValue={user.role} error={e.role} />
      </div>
      <div>
        <label htmlFor={`division-${user.id}`} className="text-sm font-medium text-slate-800">
          Division
        </label>
        <DivisionSelect id={`division-${user.id}`} divisions={divisions} defaultValue={user.divisionId ?? ''} error={e.divisionId} />
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="active" defaultChecked={user.active} disabled={isSelf} className="h-5 w-5" />
        Active
        {isSelf && <input type="hidden" name="active" value="on" />}
      </label>
      <button type="submit" className="btn-secondary" disabled={pending}>
        Save {user.name}
      </button>
      <div aria-live="polite" className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
