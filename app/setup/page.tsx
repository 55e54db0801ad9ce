import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountShell, LinkProblem } from '@/components/account-shell';
import { SetupForm } from '@/components/account-forms';
import { SETUP_LINK_INVALID, setupIsOpen, setupTokenIsValid } from '@/lib/data/organization/setup';
import { DEFAULT_TIME_ZONE } from '@/lib/data/organization/fields';

// The token is in the address: never send it on to another site.
export const metadata: Metadata = { title: 'Set up Northstar', referrer: 'no-referrer', robots: { index: false } };

function timeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  // Once an organization exists the page is gone for good: nobody can set up a second one here.
  if (!(await setupIsOpen())) notFound();
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const valid = await setupTokenIsValid(token);
  return (
    <AccountShell
      wide
      title="Set up Northstar"
      intro={<p>Name your organization and create its first administrator account. You can add divisions, people and plans next.</p>}
    >
      {valid ? <SetupForm token={token} timeZones={timeZones()} defaultTimeZone={DEFAULT_TIME_ZONE} /> : <LinkProblem>{SETUP_LINK_INVALID}</LinkProblem>}
    </AccountShell>
  );
}
