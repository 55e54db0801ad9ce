'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { SIGN_IN_LOCKED } from '@/lib/errors';
import { safeReturnPath } from '@/lib/safe-redirect';

// Only a path of this app is followed after sign-in (lib/safe-redirect.ts), never another host.

export function LoginForm({ callbackUrl, defaultEmail = '' }: { callbackUrl: string | null; defaultEmail?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(
        result?.error === SIGN_IN_LOCKED
          ? 'Too many failed sign-ins: wait a few minutes and try again, or ask an administrator to unlock the account.'
          : 'That email and password do not match an active account.',
      );
      return;
    }
    // A full page load, not a client-side move: the signed-in page starts at the top with its skip
    // link first, and focus is not left on the vanished form.
    window.location.assign(safeReturnPath(callbackUrl));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div aria-live="polite" className="min-h-0">
        {error && (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
            {error}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="email" className="field-label">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={defaultEmail}
          className="field-input"
        />
      </div>
      <div>
        <label htmlFor="password" className="field-label">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus={Boolean(defaultEmail)}
          className="field-input"
        />
      </div>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
