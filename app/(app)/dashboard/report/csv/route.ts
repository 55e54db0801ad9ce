// The board report's figures as a CSV download, with the same filters as the page.
import { boardReportCsv } from '@/lib/board-report';
import { getCurrentUser } from '@/lib/data/current-user';
import { getBoardReport } from '@/lib/data/dashboard';
import { answer } from '@/lib/data/core/route';
import { parseDashboardFilters } from '@/lib/validations/dashboard';

export async function GET(request: Request) {
  const search = parseDashboardFilters(Object.fromEntries(new URL(request.url).searchParams));
  // The data layer refuses a visitor who is not signed in (401) and another tenant's plan (404).
  return answer(async () => {
    const report = await getBoardReport(await getCurrentUser(), search);
    const name = `${report.plan.organizationSlug}-${report.plan.slug}-board-report${report.period ? `-${report.period.code}` : ''}.csv`;
    return new Response(boardReportCsv(report), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  }, 'text');
}
