import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MoveForm, TextItemForm } from '@/components/structure/outline-controls';
import { DoneNotice } from '@/components/layout/page-parts';
import { OutlineItem } from '@/components/structure/outline-item';
import { SmartieChips } from '@/components/structure/smartie-checklist';
import { requireAdmin } from '@/lib/data/current-user';
import { STATUS_WORDS } from '@/lib/data/plan/fields';
import type { StructureLevel } from '@/lib/data/structure/fields';
import { getStructureOutline } from '@/lib/data/structure/outline';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Plan structure' };

function notice(search: Record<string, string | string[] | undefined>): string | null {
  const name = typeof search.name === 'string' ? search.name : '';
  if (search.removed === 'archived') return `${name || 'The item'} was archived: it is hidden everywhere, and its approved values are kept.`;
  if (search.removed === 'deleted') return `${name || 'The item'} was deleted.`;
  if (search.measure === 'created') return `Measure ${name} added.`;
  if (search.measure === 'saved') return `Measure ${name} saved.`;
  if (search.measure === 'saved-version') return `Measure ${name} saved; its previous target is kept in its history.`;
  return null;
}

export default async function StructurePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const base = `/admin/plans/${slug}/structure`;
  const user = await requireAdmin(base);
  const outline = await getStructureOutline(user, slug).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const { plan, objectives } = outline;
  const L = plan.labels;
  const message = notice(await searchParams);

  const objectiveOptions = objectives.map((o, i) => ({ id: o.id, label: `${i + 1}. ${o.name}` }));
  /** An item's place in the outline: what its reorder and remove buttons act on. */
  const placed = (level: StructureLevel, id: string, name: string, index: number, count: number) => ({ level, id, name, planSlug: slug, index, count });
  const priorityOptions = objectives.flatMap((o, i) => o.priorities.map((p, j) => ({ id: p.id, label: `${i + 1}.${j + 1} ${p.name}` })));

  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/plans">Plans</Link> <span aria-hidden="true">›</span> {plan.name}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">Structure of {plan.name}</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          {L.objectives} → {L.priorities} → {L.goals} → measures. {STATUS_WORDS[plan.status]}
          {plan.published ? ', published: changes show on the public scorecard at once.' : ', not published.'} Removing an item
          that has approved values archives it instead of deleting it.
        </p>
      </div>
      {message && <DoneNotice>{message}</DoneNotice>}

      {objectives.length === 0 && <p className="card p-5 text-slate-700">This plan has no {L.objectives.toLowerCase()} yet. Add the first one below.</p>}

      <ol className="space-y-6">
        {objectives.map((o, oi) => (
          <li key={o.id}>
            <section aria-labelledby={`objective-${o.id}`} className="card overflow-hidden">
              <OutlineItem
                {...placed('objective', o.id, o.name, oi, objectives.length)}
                className="border-b border-slate-200 bg-slate-50 p-4"
                edit={{ summary: `Edit ${L.objective.toLowerCase()}`, form: <TextItemForm level="objective" planSlug={slug} item={o} levelLabel={L.objective} idPrefix={`o-${o.id}`} /> }}
              >
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {L.objective} {oi + 1}
                </p>
                <h2 id={`objective-${o.id}`} className="text-lg font-semibold">
                  {o.name}
                </h2>
                {o.description && <p className="mt-1 text-sm text-slate-700">{o.description}</p>}
              </OutlineItem>

              <ol className="divide-y divide-slate-200">
                {o.priorities.map((p, pi) => (
                  <li key={p.id} className="p-4">
                    <OutlineItem
                      {...placed('priority', p.id, p.name, pi, o.priorities.length)}
                      edit={{
                        summary: `Edit or move ${L.priority.toLowerCase()}`,
                        form: <TextItemForm level="priority" planSlug={slug} item={p} objectiveId={o.id} objectives={objectiveOptions} levelLabel={L.priority} idPrefix={`p-${p.id}`} />,
                      }}
                    >
                      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                        {L.priority} {oi + 1}.{pi + 1}
                      </p>
                      <h3 className="font-semibold">{p.name}</h3>
                    </OutlineItem>

                    <ol className="mt-3 space-y-3">
                      {p.goals.map((g, gi) => (
                        <li key={g.id} className="rounded-lg border border-slate-200 p-3">
                          <OutlineItem
                            {...placed('goal', g.id, g.code, gi, p.goals.length)}
                            edit={{
                              summary: `Move ${g.code} to another ${L.priority.toLowerCase()}`,
                              form: <MoveForm level="goal" id={g.id} name={g.code} planSlug={slug} parentLabel={L.priority} options={priorityOptions} currentParentId={p.id} />,
                            }}
                          >
                            <h4 className="font-semibold">
                              <span className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">{g.code}</span>
                              <Link href={`${base}/goals/${g.id}`}>{g.title}</Link>
                            </h4>
                            <p className="mt-0.5 text-sm text-slate-600">{g.divisionName ?? 'No owning division'}</p>
                            <SmartieChips flags={g.flags} />
                          </OutlineItem>
                          <ul className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3" aria-label={`Measures of ${g.code}`}>
                            {g.measures.map((m, mi) => (
                              <li key={m.id}>
                                <OutlineItem {...placed('measure', m.id, m.code, mi, g.measures.length)} bodyClassName="text-sm">
                                  <p>
                                    <span className="font-mono text-xs text-slate-700">{m.code}</span>{' '}
                                    <Link href={`${base}/measures/${m.id}`}>{m.name}</Link>
                                  </p>
                                  <p className="text-slate-600">{m.targetSentence}</p>
                                </OutlineItem>
                              </li>
                            ))}
                            <li>
                              <Link href={`${base}/measures/new?goal=${g.id}`} className="text-sm font-semibold">
                                Add a measure to {g.code}
                              </Link>
                            </li>
                          </ul>
                        </li>
                      ))}
                    </ol>
                    <p className="mt-3">
                      <Link href={`${base}/goals/new?priority=${p.id}`} className="btn-secondary">
                        Add a {L.goal.toLowerCase()} to {oi + 1}.{pi + 1}
                      </Link>
                    </p>
                  </li>
                ))}
              </ol>
              <details className="border-t border-slate-200 p-4">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                  Add a {L.priority.toLowerCase()} to {L.objective.toLowerCase()} {oi + 1}
                </summary>
                <div className="mt-3">
                  <TextItemForm level="priority" planSlug={slug} objectiveId={o.id} levelLabel={L.priority} idPrefix={`new-p-${o.id}`} />
                </div>
              </details>
            </section>
          </li>
        ))}
      </ol>

      <section aria-labelledby="add-objective" className="card space-y-3 p-5">
        <h2 id="add-objective" className="text-lg font-semibold">
          Add a {L.objective.toLowerCase()}
        </h2>
        <TextItemForm level="objective" planSlug={slug} planId={plan.id} levelLabel={L.objective} idPrefix="new-objective" />
      </section>
    </main>
  );
}
