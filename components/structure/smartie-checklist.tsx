// The SMARTIE checklist: compact flags in the outline, the full list on the goal form.
import { SMARTIE_CHECKS, type SmartieFlag } from '@/lib/smartie';

export function SmartieChips({ flags }: { flags: SmartieFlag[] }) {
  if (flags.length === 0) {
    return <p className="mt-1 text-xs font-semibold text-green-800">SMARTIE: complete</p>;
  }
  return (
    <p className="mt-1 flex flex-wrap items-center gap-1 text-xs">
      <span className="font-semibold text-slate-700">SMARTIE missing:</span>
      {flags.map((f) => (
        <span key={f.code} title={f.message} className="rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-950">
          {f.short}
        </span>
      ))}
    </p>
  );
}

export function SmartieChecklist({ flags, draft, idSuffix = '' }: { flags: SmartieFlag[]; draft: boolean; idSuffix?: string }) {
  const headingId = `smartie-heading${idSuffix}`;
  const missing = new Map(flags.map((f) => [f.code, f]));
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id={headingId} className="font-semibold">
        SMARTIE checklist
      </h2>
      <p className="text-sm text-slate-700">
        {flags.length === 0
          ? 'Nothing is missing.'
          : `${flags.length} ${flags.length === 1 ? 'thing is' : 'things are'} missing.${draft ? ' You can still save: the plan is a draft.' : ' You can still save; readers will see the gaps.'}`}
      </p>
      <ul className="mt-2 space-y-1 text-sm">
        {SMARTIE_CHECKS.map((check) => {
          const flag = missing.get(check.code);
          return (
            <li key={check.code} className="flex gap-2">
              <span aria-hidden="true" className={flag ? 'text-amber-800' : 'text-green-800'}>
                {flag ? '✗' : '✓'}
              </span>
              <span>
                <span className="sr-only">{flag ? 'Missing: ' : 'Done: '}</span>
                {check.label}
                {flag && <span className="block text-amber-900">{flag.message}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
