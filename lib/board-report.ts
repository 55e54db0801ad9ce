// The board report's figures as CSV: one row per measure, the same numbers the printed
// report shows. Pure.
import { toCsv } from '@/lib/csv';
import type { BoardReport } from '@/lib/data/dashboard';
import { statusLabel } from '@/lib/status';

export const BOARD_REPORT_COLUMNS = [
  'Objective',
  'Priority',
  'Goal code',
  'Goal',
  'Division',
  'Goal status',
  'Measure',
  'Latest value',
  'Latest period',
  'Expected value',
  'Final target',
  'Measure status',
  'Target',
] as const;

const rounded = (value: number | null, decimals: number) => (value === null ? null : Number(value.toFixed(decimals)));

export function boardReportRows(report: BoardReport): (string | number | null)[][] {
  const { labels } = report.plan;
  return report.objectives.flatMap((o) =>
    o.goals.flatMap((g) =>
      g.measures.map((m) => [
        `${labels.objective} ${o.number}: ${o.name}`,
        g.priorityName,
        g.code,
        g.title,
        g.divisionName ?? '',
        statusLabel(g.status),
        m.name,
        m.latest ? rounded(m.latest.value, m.decimals) : null,
        m.latest?.periodLabel ?? '',
        rounded(m.expected, m.decimals),
        rounded(m.finalTarget, m.decimals),
        statusLabel(m.status),
        m.targetSentence,
      ]),
    ),
  );
}

export function boardReportCsv(report: BoardReport): string {
  return toCsv(BOARD_REPORT_COLUMNS, boardReportRows(report));
}
