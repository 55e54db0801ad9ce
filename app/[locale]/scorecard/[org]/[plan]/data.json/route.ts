// Open data, JSON, with names in the address's language (/es/…/data.json): same rows and columns.
import { notFound } from 'next/navigation';
import { openDataResponse } from '@/app/scorecard/[org]/[plan]/open-data-response';
import { LANGS, type Lang } from '@/lib/public-scorecard';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; org: string; plan: string }> }) {
  const { locale, org, plan } = await params;
  if (!LANGS.includes(locale as Lang)) notFound();
  return openDataResponse(request, { org, plan }, 'json', locale as Lang);
}
