// Open data, JSON: the same rows as data.csv, with the column types and a schema version.
import { openDataResponse } from '@/app/scorecard/[org]/[plan]/open-data-response';

export async function GET(request: Request, { params }: { params: Promise<{ org: string; plan: string }> }) {
  return openDataResponse(request, await params, 'json');
}
