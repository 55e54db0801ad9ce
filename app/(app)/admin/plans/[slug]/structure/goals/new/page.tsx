import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { EditorPage } from '@/components/structure/editor-page';
import { GoalForm } from '@/components/structure/goal-form';
import { requireAdmin } from '@/lib/data/current-user';
import { getGoalEditor } from '@/lib/data/structure/editors';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'New goal' };

export default async function NewGoalPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ priority?: string }> }) {
  const { slug } = await params;
  const { priority } = await searchParams;
  const user = await requireAdmin(`/admin/plans/${slug}/structure`);
  const editor = await getGoalEditor(user, slug, null).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  if (editor.priorities.length === 0) redirect(`/admin/plans/${slug}/structure`);
  const priorityId = editor.priorities.some((p) => p.id === priority) ? priority! : editor.priorities[0]!.id;
  return (
    <EditorPage planSlug={slug} planName={editor.plan.name} title={`New ${editor.plan.labels.goal.toLowerCase()}`} intro={<p>Add its measures once it is created.</p>}>
      <GoalForm editor={editor} priorityId={priorityId} />
    </EditorPage>
  );
}
