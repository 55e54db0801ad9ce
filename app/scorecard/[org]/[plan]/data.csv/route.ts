// Open data, CSV: every published figure of the plan (columns documented in the README).
import { openDataResponse } from '@/app/scorecard/[org]/[plan]/open-data-response';

export async function GET(request: Request, { params }: { params: Promise<{ org: string; plan: string }> }) {
  return openDataResponse(request, await params, 'csv');
}
