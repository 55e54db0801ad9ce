// The picture a shared goal link previews with (OpenGraph / Twitter): the goal, its status in
// words and its latest value against the target, in the address's language. 404 like the page.
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { getGoalView } from '@/lib/data/scorecard';
import { refusal } from '@/lib/data/core/route';
import { isAppError } from '@/lib/errors';
import { LANGS, type Lang } from '@/lib/public-scorecard';
import type { MeasureStatus } from '@/lib/status';

const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

// Status colours of the app's badges, with the status always written out beside them.
const STATUS_COLOURS: Record<MeasureStatus, { background: string; text: string }> = {
  MET: { background: '#dcfce7', text: '#14532d' },
  ON_TRACK: { background: '#dbeafe', text: '#1e3a8a' },
  AT_RISK: { background: '#fef3c7', text: '#78350f' },
  OFF_TRACK: { background: '#fee2e2', text: '#7f1d1d' },
  NO_DATA: { background: '#f1f5f9', text: '#334155' },
};

type Params = { locale: string; org: string; plan: string; goal: string };

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { locale, org, plan, goal } = await params;
  if (!LANGS.includes(locale as Lang)) notFound();
  let view;
  try {
    view = await getGoalView(org, plan, goal, locale as Lang);
  } catch (error) {
    if (isAppError(error)) return refusal(error, 'text');
    throw error;
  }
  const ts = await getTranslations({ locale: locale as Lang, namespace: 'Status' });
  const status = view.goal.status;
  const measure = view.measures[0];
  const latest = measure?.latest ? `${clip(measure.name.text, 48)}: ${measure.latest.display} (${measure.latest.periodLabel})` : null;
  const colours = STATUS_COLOURS[status];

  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 64, background: '#ffffff', borderTop: '16px solid #1e3a8a' }}>
        <div style={{ display: 'flex', fontSize: 28, color: '#475569' }}>{clip(`${view.plan.organizationName} · ${view.plan.name.text}`, 80)}</div>
        <div style={{ display: 'flex', marginTop: 28, fontSize: 60, fontWeight: 700, color: '#0f172a', lineHeight: 1.15 }}>
          {clip(`${view.goal.code} · ${view.goal.title.text}`, 110)}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', marginTop: 40 }}>
          <div style={{ display: 'flex', padding: '10px 28px', borderRadius: 999, fontSize: 34, fontWeight: 700, background: colours.background, color: colours.text }}>
            {ts(status)}
          </div>
          {latest && <div style={{ display: 'flex', marginLeft: 28, fontSize: 30, color: '#0f172a' }}>{latest}</div>}
        </div>
        {measure && <div style={{ display: 'flex', marginTop: 24, fontSize: 28, color: '#334155' }}>{clip(measure.targetSentence, 120)}</div>}
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: 24, color: '#64748b' }}>Northstar</div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}
