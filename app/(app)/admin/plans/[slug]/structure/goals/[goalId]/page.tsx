import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditorPage } from '@/components/structure/editor-page';
import { GoalForm } from '@/components/structure/goal-form';
import { requireAdmin } from '@/lib/data/current-user';
import { getGoalEditor } from '@/lib/data/structure/editors';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Edit goal' };

export default async function EditGoalPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; goalId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { slug, goalId } = await params;
  const { created } = await searchParams;
  const base = `/admin/plans/${slug}/structure`;
  const user = await requireAdmin(`${base}/goals/${goalId}`);
  const editor = await getGoalEditor(user, slug, goalId).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const goal = editor.goal!;
  return (
    <EditorPage planSlug={slug} planName={editor.plan.name} title={`${goal.code} ${goal.title}`}>
      {created && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
          {editor.plan.labels.goal} {goal.code} created. Now add its measures.
        </p>
      )}
      <section aria-labelledby="measures-heading" className="card p-4">
        <h2 id="measures-heading" className="font-semibold">
          Measures
        </h2>
        {goal.measures.length === 0 ? (
          <p className="text-sm text-slate-700">No measure yet.</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm">
            {goal.measures.map((m) => (
              <li key={m.id}>
                <span className="font-mono text-xs">{m.code}</span> <Link href={`${base}/measures/${m.id}`}>{m.name}</Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link href={`${base}/measures/new?goal=${goal.id}`} className="btn-secondary">
            Add a measure
          </Link>
        </p>
      </section>
      <GoalForm editor={editor} priorityId={goal.priorityId} />
    </EditorPage>
  );
}
