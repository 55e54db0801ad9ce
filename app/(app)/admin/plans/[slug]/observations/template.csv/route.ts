import { getCurrentUser } from '@/lib/data/current-user';
import { observationTemplateCsv } from '@/lib/data/progress/observation-files';
import { csvDownload } from '../csv-response';

// The plan's import template: a row per measure and student group, value and n empty.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return csvDownload(async () => observationTemplateCsv(await getCurrentUser(), slug));
}
