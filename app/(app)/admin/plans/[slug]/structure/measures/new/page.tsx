import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { EditorPage } from '@/components/structure/editor-page';
import { MeasureForm } from '@/components/structure/measure-form';
import { requireAdmin } from '@/lib/data/current-user';
import { getMeasureEditor } from '@/lib/data/structure/editors';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'New measure' };

export default async function NewMeasurePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ goal?: string }> }) {
  const { slug } = await params;
  const { goal } = await searchParams;
  const user = await requireAdmin(`/admin/plans/${slug}/structure`);
  if (!goal) redirect(`/admin/plans/${slug}/structure`);
  const editor = await getMeasureEditor(user, slug, { goalId: goal }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const owner = editor.goals.find((g) => g.id === goal)!;
  return (
    <EditorPage planSlug={slug} planName={editor.plan.name} title={`New measure of ${owner.code}`} intro={<p>{owner.name}</p>}>
      <MeasureForm editor={editor} />
    </EditorPage>
  );
}
