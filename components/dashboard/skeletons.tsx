// Placeholders shown while a widget's data streams in, sized like the widget so nothing jumps.
export function WidgetSkeleton({ label, rows = 3, className = '' }: { label: string; rows?: number; className?: string }) {
  return (
    <div role="status" aria-label={`Loading ${label}`} className={`card animate-pulse space-y-3 p-5 ${className}`}>
      <div className="h-5 w-48 rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-10 rounded bg-slate-100" />
      ))}
    </div>
  );
}

export function HeaderSkeleton() {
  return (
    <div role="status" aria-label="Loading the plan" className="animate-pulse space-y-3">
      <div className="h-4 w-64 rounded bg-slate-200" />
      <div className="h-8 w-96 max-w-full rounded bg-slate-200" />
      <div className="h-16 rounded-xl bg-slate-100" />
    </div>
  );
}
