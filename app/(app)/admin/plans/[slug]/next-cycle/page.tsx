import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextCycleForm } from '@/components/next-cycle-form';
import { requireAdmin } from '@/lib/data/current-user';
import { getNextCyclePreview } from '@/lib/data/plan/next-cycle';
import { isAppError } from '@/lib/errors';
import { AdminPage, planCrumbs } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Start the next cycle' };

export default async function NextCyclePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireAdmin(`/admin/plans/${slug}/next-cycle`);
  let preview;
  try {
    preview = await getNextCyclePreview(user, slug);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
  return (
    <AdminPage
      width="medium"
      trail={planCrumbs(preview.plan)}
      title="Start the next cycle"
      intro={
        <>
          A new draft plan copied forward from {preview.plan.name}: choose what still applies, check the proposed baselines,
          and create it. {preview.plan.name} itself does not change.
        </>
      }
    >
      <NextCycleForm preview={preview} />
    </AdminPage>
  );
}
