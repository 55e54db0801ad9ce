import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/login-form';
import { Logo } from '@/components/site-header';
import { getCurrentUser } from '@/lib/data/current-user';
import { demoMode } from '@/lib/env';

export const metadata: Metadata = { title: 'Sign in' };

const DEMO_ACCOUNTS = [
  ['admin@example.org', 'Plan administrator'],
  ['cabinet@example.org', 'Cabinet member'],
  ['lead@example.org', 'Lead, Curriculum and Instructional Services'],
  ['staff@example.org', 'Staff, Curriculum and Instructional Services'],
  ['lead2@example.org', 'Lead, Juvenile Court and Community Schools'],
] as const;

// After the setup page or an invitation, the login page greets the person with what just happened.
const NOTICES = {
  setup: 'Your organization is ready. Sign in with the email and password you just chose.',
  invited: 'Your password is set. Sign in to start.',
} as const;

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; email?: string; notice?: string }>;
}) {
  const { callbackUrl, email, notice } = await searchParams;
  const noticeText = notice === 'setup' || notice === 'invited' ? NOTICES[notice] : null;
  if (await getCurrentUser()) redirect('/dashboard');
  const demo = demoMode();
  return (
    <div className="flex min-h-screen flex-col bg-brand-900">
      <header className="mx-auto w-full max-w-md px-4 pt-10">
        <Link href="/" className="no-underline hover:no-underline">
          <Logo />
        </Link>
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        <div className="card p-6 sm:p-8">
          <h1 className="text-2xl font-bold text-slate-900">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">Track your organization&apos;s strategic plan.</p>
          {noticeText && (
            <p role="status" className="mt-4 rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">
              {noticeText}
            </p>
          )}
          <div className="mt-6">
            <LoginForm callbackUrl={callbackUrl ?? null} defaultEmail={typeof email === 'string' ? email : ''} />
          </div>
        </div>
        {demo && (
          <section aria-labelledby="demo-accounts" className="mt-6 rounded-xl bg-white/10 p-5 text-sm text-blue-50">
            <h2 id="demo-accounts" className="font-semibold text-white">
              Demo accounts
            </h2>
            <p className="mt-1">
              Password for all: <code className="rounded bg-white/15 px-1.5 py-0.5 text-white">northstar-demo</code>
            </p>
            <ul className="mt-3 space-y-1.5">
              {DEMO_ACCOUNTS.map(([email, role]) => (
                <li key={email}>
                  <code className="text-white">{email}</code> — {role}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="mt-6 text-center text-sm">
          <Link href="/" className="text-blue-100 underline">
            Public scorecards
          </Link>
        </p>
      </main>
    </div>
  );
}
