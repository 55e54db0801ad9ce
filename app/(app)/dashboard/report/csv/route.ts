// The board report's figures as a CSV download, with the same filters as the page.
import { boardReportCsv } from '@/lib/board-report';
import { getCurrentUser } from '@/lib/data/current-user';
import { getBoardReport } from '@/lib/data/dashboard';
import { ERROR_MESSAGES, isAppError } from '@/lib/errors';
import { parseDashboardFilters } from '@/lib/validations/dashboard';

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response(ERROR_MESSAGES.UNAUTHENTICATED, { status: 401 });
  const search = parseDashboardFilters(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const report = await getBoardReport(user, search);
    const name = `${report.plan.organizationSlug}-${report.plan.slug}-board-report${report.period ? `-${report.period.code}` : ''}.csv`;
    return new Response(boardReportCsv(report), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return new Response(ERROR_MESSAGES.NOT_FOUND, { status: 404 });
    throw error;
  }
}
