// The two downloads share everything but the format (and the language of the names): 404 for
// anything not published. Browsers and caches may keep a download but must revalidate: an
// unchanged one costs a 304.
import { getOpenDataFile } from '@/lib/data/scorecard';
import { answer } from '@/lib/data/core/route';
import { matchesEtag, PUBLIC_CACHE_CONTROL } from '@/lib/data/public-cache';
import type { Lang } from '@/lib/public-scorecard';

export async function openDataResponse(
  request: Request,
  { org, plan }: { org: string; plan: string },
  format: 'csv' | 'json',
  lang: Lang = 'en',
): Promise<Response> {
  return answer(async () => {
    const file = await getOpenDataFile(org, plan, format, lang);
    const headers = {
      'Content-Disposition': `${format === 'csv' ? 'attachment' : 'inline'}; filename="${file.filename}"`,
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
      'Cache-Control': PUBLIC_CACHE_CONTROL,
      ETag: file.etag,
    };
    if (matchesEtag(request.headers.get('if-none-match'), file.etag)) return new Response(null, { status: 304, headers });
    return new Response(file.body, { headers });
  }, 'text');
}
