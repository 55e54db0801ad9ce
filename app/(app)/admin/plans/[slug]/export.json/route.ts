import { getCurrentUser } from '@/lib/data/current-user';
import { exportPlan } from '@/lib/data/plan/transfer';
import { HTTP_STATUS, isAppError } from '@/lib/errors';

// The whole plan as a JSON download. The data layer checks the administrator and the tenant.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const doc = await exportPlan(await getCurrentUser(), slug);
    return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}.json"`,
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
