// The panel a deletion is confirmed in: why the thing cannot be deleted yet, or the question and
// the form that deletes it (the action reads its id and name, and the confirmation).
import type { ReactNode } from 'react';

export function DeleteConfirmation({
  id,
  name,
  blocked,
  question,
  action,
  pending,
  onCancel,
}: {
  id: string;
  name: string;
  /** Why it cannot be deleted yet; null when it can. */
  blocked: ReactNode | null;
  question: ReactNode;
  action: (form: FormData) => void;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      {blocked ?? (
        <form action={action} className="space-y-2">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="name" value={name} />
          <input type="hidden" name="confirm" value="yes" />
          <p>{question}</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className="btn-primary" disabled={pending}>
              Confirm: delete {name}
            </button>
            <button type="button" className="btn-secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
