// The two downloads share everything but the format (and the language of the names): 404 for
// anything not published.
import { getOpenData } from '@/lib/data/scorecard';
import { answer } from '@/lib/data/core/route';
import { openDataCsv, openDataJson } from '@/lib/open-data';
import type { Lang } from '@/lib/public-scorecard';

export async function openDataResponse(
  { org, plan }: { org: string; plan: string },
  format: 'csv' | 'json',
  lang: Lang = 'en',
): Promise<Response> {
  return answer(async () => {
    const { source, rows } = await getOpenData(org, plan, lang);
    const filename = `${source.plan.organization.slug}-${source.plan.slug}${lang === 'en' ? '' : `-${lang}`}.${format}`;
    const headers = {
      'Content-Disposition': `${format === 'csv' ? 'attachment' : 'inline'}; filename="${filename}"`,
      'Cache-Control': 'public, max-age=0, must-revalidate',
    };
    return format === 'csv'
      ? new Response(openDataCsv(rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
      : Response.json(openDataJson(source, rows, lang), { headers });
  }, 'text');
}
