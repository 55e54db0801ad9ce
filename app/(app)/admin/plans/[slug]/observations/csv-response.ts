import { answer } from '@/lib/data/core/route';

/** A CSV file as a download, or the refusal as JSON with its status code. */
export async function csvDownload(load: () => Promise<{ fileName: string; csv: string }>): Promise<Response> {
  return answer(async () => {
    const { fileName, csv } = await load();
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
