import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { NextCycleForm } from '@/components/next-cycle-form';
import { requireUser } from '@/lib/data/current-user';
import { getNextCyclePreview } from '@/lib/data/next-cycle';
import { isAppError } from '@/lib/errors';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Start the next cycle' };

export default async function NextCyclePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/admin/plans/${slug}/next-cycle`);
  if (!can(user, 'plan:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  let preview;
  try {
    preview = await getNextCyclePreview(user, slug);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/plans">Plans</Link> › <Link href={`/admin/plans/${preview.plan.slug}`}>{preview.plan.name}</Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">Start the next cycle</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          A new draft plan copied forward from {preview.plan.name}: choose what still applies, check the proposed baselines,
          and create it. {preview.plan.name} itself does not change.
        </p>
      </div>
      <NextCycleForm preview={preview} />
    </main>
  );
}
