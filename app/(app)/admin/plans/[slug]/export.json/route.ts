import { getCurrentUser } from '@/lib/data/current-user';
import { exportPlan } from '@/lib/data/plan/transfer';
import { answer } from '@/lib/data/core/route';

// The whole plan as a JSON download. The data layer checks the administrator and the tenant.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return answer(async () => {
    const doc = await exportPlan(await getCurrentUser(), slug);
    return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}.json"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
