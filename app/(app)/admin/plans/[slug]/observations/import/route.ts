import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/data/current-user';
import {
  commitObservationImport,
  ObservationImportError,
  previewObservationImport,
  type ImportEvent,
  type ImportProgress,
} from '@/lib/data/progress/observation-import';
import { sameSite } from '@/lib/data/core/route';
import { ERROR_MESSAGES, HTTP_STATUS, isAppError, type AppErrorCode } from '@/lib/errors';
import { can } from '@/lib/permissions';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@/lib/upload-limit';
import { observationImportRequestSchema } from '@/lib/data/progress/import-format';

// Preview or commit an observation file, answering with newline-delimited JSON: progress
// events while rows are checked and written, then the preview, the result or the refusal.
// The body is the CSV text; the data layer checks the administrator and the tenant.
// Refusals before the stream starts, in the stream's own event shape, with their code's status.
const refuse = (code: AppErrorCode, message: string = ERROR_MESSAGES[code]) =>
  Response.json({ type: 'error', code, message }, { status: HTTP_STATUS[code], headers: { 'Cache-Control': 'no-store' } });

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // Route handlers get no built-in cross-site check: the upload must come from this site.
  if (!sameSite(request)) return refuse('FORBIDDEN', 'Cross-site uploads are refused.');
  const url = new URL(request.url);
  const parsed = observationImportRequestSchema.safeParse({
    planSlug: (await params).slug,
    mode: url.searchParams.get('mode'),
    fileName: url.searchParams.get('fileName') ?? undefined,
    expectedFingerprint: url.searchParams.get('fingerprint') ?? undefined,
  });
  if (!parsed.success) return refuse('VALIDATION', 'The request is not valid. Reload the page and try again.');
  const user = await getCurrentUser();
  if (!user) return refuse('UNAUTHENTICATED');
  if (!can(user, 'plan:manage', { organizationId: user.organizationId })) return refuse('FORBIDDEN');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES) return refuse('TOO_LARGE', UPLOAD_TOO_LARGE);
  const text = await request.text();
  if (text.length > MAX_UPLOAD_BYTES) return refuse('TOO_LARGE', UPLOAD_TOO_LARGE);
  const { planSlug, mode, fileName, expectedFingerprint } = parsed.data;

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      // Each progress event is handed to the network before the work goes on.
      const onProgress = async (p: ImportProgress) => {
        send({ type: 'progress', ...p });
        await new Promise((resolve) => setImmediate(resolve));
      };
      try {
        if (mode === 'preview') {
          send({ type: 'preview', preview: await previewObservationImport(user, planSlug, text, { fileName, onProgress }) });
        } else {
          const result = await commitObservationImport(user, planSlug, text, { fileName, expectedFingerprint, onProgress });
          revalidatePath('/', 'layout');
          send({ type: 'done', result });
        }
      } catch (error) {
        if (error instanceof ObservationImportError) send({ type: 'refused', preview: error.preview, message: error.message });
        else if (isAppError(error)) send({ type: 'error', code: error.code, message: error.message });
        else {
          console.error(error);
          send({ type: 'error', code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was imported; please try again.' });
        }
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      // no-transform: a compressing proxy (or Next's own gzip) would hold the progress back.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
