import { HTTP_STATUS, isAppError } from '@/lib/errors';

/** A CSV file as a download, or the refusal as JSON with its status code. */
export async function csvDownload(load: () => Promise<{ fileName: string; csv: string }>): Promise<Response> {
  try {
    const { fileName, csv } = await load();
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error)) {
      return Response.json({ error: error.code, message: error.message }, { status: HTTP_STATUS[error.code], headers: { 'Cache-Control': 'no-store' } });
    }
    throw error;
  }
}
