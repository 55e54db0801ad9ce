'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { ChangeRow, ImportEvent, ObservationImportPreview, ObservationImportResult } from '@/lib/data/progress/observation-import';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@/lib/upload-limit';
import { TextField } from '@/components/forms/field';
import { ColumnHeads } from '@/components/column-heads';

type Progress = { phase: 'upload' | 'check' | 'compare' | 'write'; done: number; total: number };
type Stage =
  | { kind: 'idle' }
  | { kind: 'working'; mode: 'preview' | 'commit'; progress: Progress }
  | { kind: 'preview'; preview: ObservationImportPreview; refused?: string }
  | { kind: 'done'; result: ObservationImportResult }
  | { kind: 'error'; message: string; preview?: ObservationImportPreview };

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

function InlineValue({ v, unit }: { v: { value: number; n: number | null }; unit: string }) {
  const number = v.value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return <>{`${unit === 'PERCENT' ? `${number}%` : number}${v.n === null ? '' : ` (n = ${count(v.n)})`}`}</>;
}

function ValueCell({ v, unit }: { v: { value: number; n: number | null }; unit: string }) {
  const number = v.value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return (
    <>
      {unit === 'PERCENT' ? `${number}%` : number}
      {v.n !== null && <span className="block text-xs font-normal text-slate-600">n = {count(v.n)}</span>}
    </>
  );
}

const PHASE_WORDS: Record<Progress['phase'], (p: Progress) => string> = {
  upload: (p) => (p.total ? `Sent ${kilobytes(p.done)} of ${kilobytes(p.total)}` : 'Sending the file…'),
  check: (p) => `Checked ${count(p.done)} of ${plural(p.total, 'row', 'rows')}`,
  compare: () => 'Comparing with the values stored now…',
  write: (p) => `Saved ${count(p.done)} of ${plural(p.total, 'value', 'values')}`,
};

function kilobytes(bytes: number): string {
  return `${count(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

function percentOf(p: Progress): number {
  if (p.phase === 'upload' && p.total === 0) return 0;
  return p.total === 0 ? 100 : Math.round((p.done / p.total) * 100);
}

/**
 * Sends the file and reads the import route's newline-delimited JSON events as they arrive.
 * XMLHttpRequest rather than fetch: it reports the upload's own progress, which matters for a
 * large file on a slow connection, before the server's checking and saving progress takes over.
 */
function run(url: string, body: string, onEvent: (event: ImportEvent | Progress & { type: 'progress' }) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    const readEvents = () => {
      if (xhr.getResponseHeader('content-type')?.includes('application/json')) return;
      const text = xhr.responseText;
      let newline: number;
      while ((newline = text.indexOf('\n', read)) >= 0) {
        const line = text.slice(read, newline).trim();
        read = newline + 1;
        if (line) onEvent(JSON.parse(line) as ImportEvent);
      }
    };
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onEvent({ type: 'progress', phase: 'upload', done: e.loaded, total: e.total });
    };
    xhr.onprogress = readEvents;
    xhr.onload = () => {
      if (xhr.getResponseHeader('content-type')?.includes('application/json')) {
        let refusal: { message?: string } | null = null;
        try {
          refusal = JSON.parse(xhr.responseText) as { message?: string };
        } catch {
          refusal = null;
        }
        onEvent({ type: 'error', code: String(xhr.status), message: refusal?.message ?? 'The server refused the file.' });
      } else {
        readEvents();
      }
      resolve();
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'text/csv; charset=utf-8');
    xhr.send(body);
  });
}

/** Upload a CSV of values, see what would change and every problem, then confirm the import. */
export function ObservationImportForm({ planSlug, planName }: { planSlug: string; planName: string }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const base = `/admin/plans/${encodeURIComponent(planSlug)}/observations/import`;

  useEffect(() => {
    if (stage.kind === 'preview' || stage.kind === 'done' || stage.kind === 'error') outcomeRef.current?.focus();
  }, [stage.kind]);

  async function start(mode: 'preview' | 'commit', chosen: { name: string; text: string }, fingerprint?: string) {
    setStage({ kind: 'working', mode, progress: { phase: 'upload', done: 0, total: 0 } });
    const params = new URLSearchParams({ mode, fileName: chosen.name });
    if (fingerprint) params.set('fingerprint', fingerprint);
    let last: Stage | null = null;
    try {
      await run(`${base}?${params}`, chosen.text, (event) => {
        if (event.type === 'progress') setStage({ kind: 'working', mode, progress: event });
        else if (event.type === 'preview') last = { kind: 'preview', preview: event.preview };
        else if (event.type === 'refused') last = { kind: 'preview', preview: event.preview, refused: event.message };
        else if (event.type === 'done') last = { kind: 'done', result: event.result };
        else last = { kind: 'error', message: event.message };
      });
    } catch {
      last = { kind: 'error', message: 'The connection was lost. Nothing was imported unless a result was shown; preview the file again to check.' };
    }
    setStage(last ?? { kind: 'error', message: 'The server stopped answering before it finished. Preview the file again to see where things stand.' });
  }

  async function onPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('file') as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen || chosen.size === 0) return setFileError('Choose a CSV file of values.');
    if (chosen.size > MAX_UPLOAD_BYTES) return setFileError(UPLOAD_TOO_LARGE);
    setFileError(null);
    const loaded = { name: chosen.name, text: await chosen.text() };
    setFile(loaded);
    await start('preview', loaded);
  }

  const working = stage.kind === 'working';
  const preview = stage.kind === 'preview' ? stage.preview : null;
  const writes = preview ? preview.created + preview.changed : 0;

  return (
    <div className="space-y-5">
      <form onSubmit={onPreview} className="max-w-xl space-y-4" noValidate>
        <TextField
          id="observations-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          label="Values file (CSV)"
          hint="Up to 10 MB (about 50,000 rows). Nothing is saved until you confirm the preview."
          errors={fileError ? [fileError] : undefined}
          onChange={() => {
            setFileError(null);
            if (!working) setStage({ kind: 'idle' });
          }}
        />
        <button type="submit" className={preview ? 'btn-secondary' : 'btn-primary'} disabled={working}>
          {working && stage.mode === 'preview' ? 'Checking…' : 'Preview import'}
        </button>
      </form>

      {stage.kind === 'working' && <ProgressBar mode={stage.mode} progress={stage.progress} />}

      <div ref={outcomeRef} tabIndex={-1} className="min-w-0 space-y-5 outline-none">
        {stage.kind === 'error' && (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
            {stage.message}
          </div>
        )}
        {stage.kind === 'done' && (
          <div role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            <p className="font-semibold">
              Imported {stage.result.fileName} into {stage.result.plan.name}: {plural(stage.result.created, 'new value', 'new values')},{' '}
              {plural(stage.result.changed, 'changed value', 'changed values')}, {count(stage.result.unchanged)} unchanged.
            </p>
            <p className="mt-1">
              The values are approved and show on the goal pages{stage.result.goals ? ` of ${plural(stage.result.goals, 'goal', 'goals')}` : ''}, each with
              the import in its history. <Link href={`/dashboard?plan=${encodeURIComponent(planSlug)}`}>Open the plan’s dashboard</Link>.
            </p>
          </div>
        )}
        {preview && stage.kind === 'preview' && (
          <PreviewPanel
            preview={preview}
            refused={stage.refused}
            planName={planName}
            confirm={
              <div className="flex flex-wrap items-center gap-3">
                <button
                  type="button"
                  className="btn-primary"
                  disabled={preview.problemCount > 0 || writes === 0 || !file}
                  aria-describedby="confirm-hint"
                  onClick={() => file && start('commit', file, preview.fingerprint)}
                >
                  Confirm import of {plural(writes, 'value', 'values')}
                </button>
                <p id="confirm-hint" className="text-sm text-slate-700">
                  {preview.problemCount > 0
                    ? 'Fix the problems in your file and preview it again: the import is all or nothing.'
                    : writes === 0
                      ? 'Nothing to import: every value in the file is already stored.'
                      : 'All or nothing: every value is saved, or none is.'}
                </p>
              </div>
            }
          />
        )}
      </div>
    </div>
  );
}

function ProgressBar({ mode, progress }: { mode: 'preview' | 'commit'; progress: Progress }) {
  const percent = percentOf(progress);
  const words = PHASE_WORDS[progress.phase](progress);
  return (
    <div className="max-w-xl space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <p id="import-progress-label" className="text-sm font-semibold">
        {mode === 'preview' ? 'Checking the file' : 'Importing'}
      </p>
      <div
        role="progressbar"
        aria-labelledby="import-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-700 transition-[width] duration-150" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {words}
      </p>
    </div>
  );
}

function PreviewPanel({
  preview,
  refused,
  planName,
  confirm,
}: {
  preview: ObservationImportPreview;
  refused?: string;
  planName: string;
  confirm: React.ReactNode;
}) {
  const stats: [string, number][] = [
    ['Rows', preview.rowCount],
    ['New', preview.created],
    ['Changed', preview.changed],
    ['Unchanged', preview.unchanged],
    ['Problems', preview.problemCount],
  ];
  return (
    <section aria-labelledby="preview-heading" className="min-w-0 space-y-4 border-t border-slate-200 pt-5">
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview of {preview.fileName}
        </h2>
        <p className="text-sm text-slate-700">
          {refused ? 'Nothing was imported.' : `What importing it into ${planName} would do. Nothing has been saved yet.`}
        </p>
      </div>
      <dl className="grid grid-cols-3 gap-2 sm:grid-cols-5 sm:gap-3">
        {stats.map(([label, value]) => (
          <div
            key={label}
            className={`rounded-lg border px-3 py-2 ${label === 'Problems' && value > 0 ? 'border-red-300 bg-red-50 text-red-900' : 'border-slate-200 bg-slate-50'}`}
          >
            <dt className="text-xs font-semibold uppercase tracking-wide">{label}</dt>
            <dd className="text-xl font-bold tabular-nums">{count(value)}</dd>
          </div>
        ))}
      </dl>

      {preview.problemCount > 0 && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold">
            {refused ??
              `The file has ${plural(preview.problemCount, 'problem', 'problems')}: nothing can be imported until ${preview.problemCount === 1 ? 'it is' : 'they are'} fixed.`}
          </p>
          {preview.problemCount > preview.problems.length && (
            <p>
              The first {count(preview.problems.length)} of {count(preview.problemCount)} are listed.
            </p>
          )}
          <ol className="mt-2 max-h-96 space-y-1 overflow-y-auto" aria-label="Problems by line">
            {preview.problems.map((p, i) => (
              <li key={`${p.line}-${i}`} className="break-words">
                <span className="font-semibold">{p.line === 0 ? 'File' : `Line ${p.line}`}</span>
                {p.column && (
                  <>
                    , <code className="break-all">{p.column}</code>
                  </>
                )}
                : {p.message}
              </li>
            ))}
          </ol>
        </div>
      )}

      {preview.changes.length > 0 && <ChangesTable preview={preview} />}
      {confirm}
    </section>
  );
}

function ChangesTable({ preview }: { preview: ObservationImportPreview }) {
  const total = preview.created + preview.changed;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">Values that would change</h3>
      {total > preview.changes.length && (
        <p className="text-sm text-slate-700">
          The first {count(preview.changes.length)} of {count(total)} are shown, changed values first.
        </p>
      )}
      {/* Phones: one card per value; wider screens: a table. Only one of them is displayed. */}
      <ul className="max-h-[32rem] divide-y divide-slate-200 overflow-y-auto rounded-lg border border-slate-200 sm:hidden" aria-label="Values that would change">
        {preview.changes.map((c) => (
          <li key={c.line} className="space-y-0.5 p-3 text-sm">
            <p className="font-medium">
              <span className="font-normal text-slate-600">Line {c.line} · </span>
              {c.goalCode} · {c.measureCode}
            </p>
            <p className="text-slate-700">
              {c.group} · as of {c.asOf} · reported {c.reportedIn}
            </p>
            <p>
              <span className="text-slate-700">{c.before ? <InlineValue v={c.before} unit={c.unit} /> : 'new'}</span>
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> becomes </span>
              <span className="font-semibold">
                <InlineValue v={c.after} unit={c.unit} />
              </span>
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden max-h-[32rem] overflow-auto rounded-lg border border-slate-200 sm:block" tabIndex={0} role="region" aria-label="Values that would change">
        <table className="data-table">
          <ColumnHeads className="sticky top-0" columns={['Line', 'Measure', 'Student group', 'As of', 'Before', 'After']} />
          <tbody>
            {preview.changes.map((c: ChangeRow) => (
              <tr key={c.line}>
                <td className="tabular-nums">{c.line}</td>
                <td className="min-w-48">
                  <span className="font-medium">
                    {c.goalCode} · {c.measureCode}
                  </span>
                  <span className="block text-xs text-slate-600">{c.measureName}</span>
                </td>
                <td>{c.group}</td>
                <td className="whitespace-nowrap">
                  {c.asOf}
                  <span className="block text-xs text-slate-600">reported {c.reportedIn}</span>
                </td>
                <td className="whitespace-nowrap text-slate-700">{c.before ? <ValueCell v={c.before} unit={c.unit} /> : 'new'}</td>
                <td className="whitespace-nowrap font-semibold">
                  <ValueCell v={c.after} unit={c.unit} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
