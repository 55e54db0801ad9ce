export function DemoBanner({ compact = false }: { compact?: boolean }) {
  return (
    <div role="note" className="border-b border-amber-300 bg-amber-50 text-amber-950">
      <p className={`mx-auto max-w-6xl px-4 ${compact ? 'py-1.5 text-xs' : 'py-2 text-sm'}`}>
        <strong className="font-semibold">Demo data.</strong> The plan&apos;s goals, baselines and targets come from the
        published plan; the progress values are invented for this demonstration and are not real results.
      </p>
    </div>
  );
}
