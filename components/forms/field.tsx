// A labelled form field: its label, the control, an optional hint and its error message, tied
// together for screen readers. The control gets its id, aria-invalid and aria-describedby.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError } from '@/components/form-message';
import { KeptSelect } from '@/components/forms/kept-select';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function Field({
  id,
  label,
  hint,
  hintAbove = false,
  errors,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The hint between the label and the control (a longer explanation), not under it. */
  hintAbove?: boolean;
  errors?: string[];
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const control: FieldControlProps = {
    id,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': [hintId, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined,
  };
  const hintText = hint ? (
    <p id={hintId!} className={hintAbove ? 'text-sm text-slate-600' : 'mt-1 text-xs text-slate-600'}>
      {hint}
    </p>
  ) : null;
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hintAbove && hintText}
      {children(control)}
      {!hintAbove && hintText}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

type FieldFrame = Omit<Parameters<typeof Field>[0], 'children'>;

/** A labelled select of fixed choices, as [value, words] pairs. */
export function SelectField({
  name,
  options,
  defaultValue,
  ...field
}: FieldFrame & { name: string; options: readonly (readonly [string, string])[]; defaultValue?: string }) {
  return (
    <Field {...field}>
      {(control) => (
        <KeptSelect {...control} name={name} defaultValue={defaultValue ?? ''} className="field-input">
          {options.map(([value, words]) => (
            <option key={value} value={value}>
              {words}
            </option>
          ))}
        </KeptSelect>
      )}
    </Field>
  );
}

/** A labelled text input, or a textarea when given rows. */
export function TextField({
  name,
  rows,
  inputClassName,
  label,
  hint,
  hintAbove,
  errors,
  className,
  id,
  ...attributes
}: FieldFrame & { name: string; rows?: number; inputClassName?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'className'>) {
  const inputClass = inputClassName ? `field-input ${inputClassName}` : 'field-input';
  return (
    <Field id={id} label={label} hint={hint} hintAbove={hintAbove} errors={errors} className={className}>
      {(control) =>
        rows ? (
          <textarea
            {...control}
            name={name}
            rows={rows}
            lang={attributes.lang}
            defaultValue={attributes.defaultValue}
            placeholder={attributes.placeholder}
            className={inputClass}
          />
        ) : (
          <input {...control} {...attributes} name={name} className={inputClass} />
        )
      }
    </Field>
  );
}
