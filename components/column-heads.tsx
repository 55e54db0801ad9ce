// A table's column headings, each a column header for screen readers.
import type { ReactNode } from 'react';

export function ColumnHeads({ columns, className }: { columns: readonly ReactNode[]; className?: string }) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
