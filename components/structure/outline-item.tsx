// One row of the structure outline: what the item is, its up/down and remove controls, and an
// optional folded-away form to edit or move it.
import type { ReactNode } from 'react';
import { RemoveButton, ReorderButtons } from '@/components/structure/outline-controls';

export function OutlineItem({
  level,
  id,
  name,
  planSlug,
  index,
  count,
  className = '',
  bodyClassName = '',
  edit,
  children,
}: {
  level: 'objective' | 'priority' | 'goal' | 'measure';
  id: string;
  name: string;
  planSlug: string;
  /** Its place among its siblings, and how many there are. */
  index: number;
  count: number;
  className?: string;
  bodyClassName?: string;
  edit?: { summary: string; form: ReactNode };
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-wrap items-start justify-between gap-2 ${className}`.trim()}>
      <div className={`min-w-0 flex-1 basis-72 ${bodyClassName}`.trim()}>{children}</div>
      <div className="flex flex-wrap items-center gap-1">
        <ReorderButtons level={level} id={id} name={name} planSlug={planSlug} first={index === 0} last={index === count - 1} />
        <RemoveButton level={level} id={id} name={name} planSlug={planSlug} />
      </div>
      {edit && (
        <details className="basis-full">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">{edit.summary}</summary>
          <div className="mt-3">{edit.form}</div>
        </details>
      )}
    </div>
  );
}
