'use client';

// The forms outside the signed-in app: the first-run setup and accepting an invitation. Both
// work without JavaScript beyond the form itself; refused input comes back with the reason
// beside each field, and passwords are never sent back into the page.
import { useActionState } from 'react';
import { acceptInvitationAction, completeSetupAction } from '@/lib/data/organization/actions';
import { FormMessage } from '@/components/form-message';
import { SelectField, TextField } from '@/components/forms/field';
import { NameAndSlugFields } from '@/components/forms/name-and-slug';
import { initialActionState, refusedInput } from '@/lib/action-state';
import { PASSWORD_RULE, suggestOrganizationSlug } from '@/lib/data/organization/fields';

function NewPasswordFields({ idPrefix, errors }: { idPrefix: string; errors: Record<string, string[]> }) {
  return (
    <>
      <TextField id={`${idPrefix}-password`} name="password" label="Password" type="password" autoComplete="new-password" hint={PASSWORD_RULE} hintAbove errors={errors.password} />
      <TextField id={`${idPrefix}-confirm`} name="confirmPassword" label="Password again" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
    </>
  );
}

export function SetupForm({ token, timeZones, defaultTimeZone }: { token: string; timeZones: string[]; defaultTimeZone: string }) {
  const [state, formAction, pending] = useActionState(completeSetupAction, initialActionState);
  const { errors: e, value: v } = refusedInput(state);
  return (
    // Remounted after a refusal, so the time zone select shows what was chosen (a select takes its default only on mount).
    <form action={formAction} className="space-y-6" noValidate key={JSON.stringify(state.values ?? {})}>
      <input type="hidden" name="token" value={token} />
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Your organization</legend>
        <NameAndSlugFields
          idPrefix="setup"
          nameLabel="Organization name"
          nameAutoComplete="organization"
          suggestSlug={suggestOrganizationSlug}
          slugHint={(slug) => (
            <>
              Lowercase letters, digits and hyphens, made from the name if left empty. Public scorecards live at
              /scorecard/<span className="break-all font-mono">{slug || 'address'}</span>.
            </>
          )}
          defaults={{ name: v('name'), slug: v('slug') }}
          errors={e}
        />
        <SelectField
          id="setup-time-zone"
          name="timeZone"
          label="Time zone"
          hint={<>Due dates, &ldquo;today&rdquo; and &ldquo;overdue&rdquo; follow it.</>}
          hintAbove
          options={timeZones.map((tz) => [tz, tz.replaceAll('_', ' ')] as const)}
          defaultValue={v('timeZone') || defaultTimeZone}
          errors={e.timeZone}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Its first administrator: you</legend>
        <TextField hintAbove id="setup-admin-name" name="adminName" label="Your name" autoComplete="name" defaultValue={v('adminName')} errors={e.adminName} />
        <TextField hintAbove id="setup-email" name="email" label="Email" type="email" autoComplete="username" defaultValue={v('email')} errors={e.email} />
        <NewPasswordFields idPrefix="setup" errors={e} />
      </fieldset>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? 'Setting up…' : 'Create the organization'}
      </button>
    </form>
  );
}

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction, initialActionState);
  const { errors: e, value: v } = refusedInput(state);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <TextField
        hintAbove
        id="invite-email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        hint="The address this invitation was sent to."
        defaultValue={v('email')}
        errors={e.email}
      />
      <NewPasswordFields idPrefix="invite" errors={e} />
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? 'Saving…' : 'Set my password'}
      </button>
    </form>
  );
}
