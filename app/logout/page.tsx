import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/sign-out-button';
import { SiteHeader } from '@/components/site-header';

export const metadata: Metadata = { title: 'Sign out' };

export default function LogoutPage() {
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <div className="card p-6 sm:p-8">
          <h1 className="text-2xl font-bold">Sign out of Northstar?</h1>
          <p className="mt-2 text-slate-600">You will need your email and password to sign in again.</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <SignOutButton />
            <Link href="/dashboard" className="btn-secondary">
              Cancel
            </Link>
          </div>
        </div>
      </main>
    </>
  );
}
