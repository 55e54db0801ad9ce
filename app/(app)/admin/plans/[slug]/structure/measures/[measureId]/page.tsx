import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditorPage } from '@/components/structure/editor-page';
import { MeasureForm } from '@/components/structure/measure-form';
import { requireAdmin } from '@/lib/data/current-user';
import { getMeasureEditor } from '@/lib/data/structure/editors';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Edit measure' };

export default async function EditMeasurePage({ params }: { params: Promise<{ slug: string; measureId: string }> }) {
  const { slug, measureId } = await params;
  const user = await requireAdmin(`/admin/plans/${slug}/structure/measures/${measureId}`);
  const editor = await getMeasureEditor(user, slug, { measureId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const m = editor.measure;
  return (
    <EditorPage
      planSlug={slug}
      planName={editor.plan.name}
      title={`${m.code} ${m.name}`}
      intro={
        editor.historyRequired ? (
          <p>Its target is on record: a change to the baseline or target keeps the current one in its history, with the reason and the board&apos;s approval.</p>
        ) : (
          <p>The plan is a draft and the measure has no approved values: changes simply replace what is here.</p>
        )
      }
    >
      <MeasureForm editor={editor} />
    </EditorPage>
  );
}
