'use client';

// The forms outside the signed-in app: the first-run setup and accepting an invitation. Both
// work without JavaScript beyond the form itself; refused input comes back with the reason
// beside each field, and passwords are never sent back into the page.
import { useActionState, useState } from 'react';
import { acceptInvitationAction, completeSetupAction } from '@/lib/data/organization/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { initialActionState, refusedInput } from '@/lib/action-state';
import { PASSWORD_RULE } from '@/lib/data/organization/fields';
import { suggestOrganizationSlug } from '@/lib/data/organization/fields';
import { KeptSelect } from '@/components/forms/kept-select';

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: React.ReactNode;
  errors?: string[];
  defaultValue?: string;
  type?: string;
  autoComplete?: string;
  className?: string;
}

function Field({ id, name, label, hint, errors, defaultValue, type = 'text', autoComplete = 'off', className }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', errors ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        className="field-input"
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

function NewPasswordFields({ idPrefix, errors }: { idPrefix: string; errors: Record<string, string[]> }) {
  return (
    <>
      <Field
        id={`${idPrefix}-password`}
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_RULE}
        errors={errors.password}
      />
      <Field
        id={`${idPrefix}-confirm`}
        name="confirmPassword"
        label="Password again"
        type="password"
        autoComplete="new-password"
        errors={errors.confirmPassword}
      />
    </>
  );
}

export function SetupForm({ token, timeZones, defaultTimeZone }: { token: string; timeZones: string[]; defaultTimeZone: string }) {
  const [state, formAction, pending] = useActionState(completeSetupAction, initialActionState);
  const { errors: e, value: v } = refusedInput(state);
  const [slug, setSlug] = useState(v('slug'));
  const [slugEdited, setSlugEdited] = useState(Boolean(v('slug')));
  return (
    // Remounted after a refusal, so the time zone select shows what was chosen (a select takes its default only on mount).
    <form action={formAction} className="space-y-6" noValidate key={JSON.stringify(state.values ?? {})}>
      <input type="hidden" name="token" value={token} />
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Your organization</legend>
        <div>
          <label htmlFor="setup-name" className="field-label">
            Organization name
          </label>
          <input
            id="setup-name"
            name="name"
            defaultValue={v('name')}
            onChange={(event) => {
              if (!slugEdited) setSlug(suggestOrganizationSlug(event.target.value));
            }}
            autoComplete="organization"
            className="field-input"
            aria-invalid={e.name ? true : undefined}
            aria-describedby={e.name ? 'setup-name-error' : undefined}
          />
          <FieldError id="setup-name-error" messages={e.name} />
        </div>
        <div>
          <label htmlFor="setup-slug" className="field-label">
            Address
          </label>
          <p id="setup-slug-hint" className="text-sm text-slate-600">
            Lowercase letters, digits and hyphens, made from the name if left empty. Public scorecards live at
            /scorecard/<span className="break-all font-mono">{slug || 'address'}</span>.
          </p>
          <input
            id="setup-slug"
            name="slug"
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugEdited(true);
            }}
            autoComplete="off"
            className="field-input font-mono"
            aria-invalid={e.slug ? true : undefined}
            aria-describedby={`setup-slug-hint${e.slug ? ' setup-slug-error' : ''}`}
          />
          <FieldError id="setup-slug-error" messages={e.slug} />
        </div>
        <div>
          <label htmlFor="setup-time-zone" className="field-label">
            Time zone
          </label>
          <p id="setup-time-zone-hint" className="text-sm text-slate-600">
            Due dates, &ldquo;today&rdquo; and &ldquo;overdue&rdquo; follow it.
          </p>
          <KeptSelect
            id="setup-time-zone"
            name="timeZone"
            defaultValue={v('timeZone') || defaultTimeZone}
            className="field-input"
            aria-invalid={e.timeZone ? true : undefined}
            aria-describedby={`setup-time-zone-hint${e.timeZone ? ' setup-time-zone-error' : ''}`}
          >
            {timeZones.map((tz) => (
              <option key={tz} value={tz}>
                {tz.replaceAll('_', ' ')}
              </option>
            ))}
          </KeptSelect>
          <FieldError id="setup-time-zone-error" messages={e.timeZone} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Its first administrator: you</legend>
        <Field id="setup-admin-name" name="adminName" label="Your name" autoComplete="name" defaultValue={v('adminName')} errors={e.adminName} />
        <Field id="setup-email" name="email" label="Email" type="email" autoComplete="username" defaultValue={v('email')} errors={e.email} />
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
      <Field
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
