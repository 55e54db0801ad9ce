import { getCurrentUser } from '@/lib/data/current-user';
import { observationValuesCsv } from '@/lib/data/progress/observation-files';
import { csvDownload } from '../csv-response';

// The plan's approved values in the import's format: importing the file again changes nothing.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return csvDownload(async () => observationValuesCsv(await getCurrentUser(), slug));
}
