import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * Labelled form controls for every form in the store and the admin: each control is tied to its label, and its
 * error and hint are announced with it (aria-describedby), so the four kinds differ only in the control itself.
 */

const control =
  'mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600 sm:text-sm';

type Base = { label: string; name: string; error?: string; hint?: ReactNode; className?: string; id?: string };

/** The id, name and ARIA wiring shared by every control kind. */
function wiring({ id, name, error, hint }: Base) {
  const fieldId = id ?? `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const describedBy = [error ? `${fieldId}-error` : null, hint ? `${fieldId}-hint` : null].filter(Boolean).join(' ');
  return {
    fieldId,
    controlProps: {
      id: fieldId,
      name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

function Messages({ fieldId, error, hint }: { fieldId: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && !error ? (
        <p id={`${fieldId}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Label above, control, then the hint or the error. */
function Stacked({ base, fieldId, children }: { base: Base; fieldId: string; children: ReactNode }) {
  return (
    <div className={base.className}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-stone-800">
        {base.label}
      </label>
      {children}
      <Messages fieldId={fieldId} error={base.error} hint={base.hint} />
    </div>
  );
}

export function InputField({
  label,
  name,
  error,
  hint,
  className,
  id,
  ...input
}: Base & InputHTMLAttributes<HTMLInputElement>) {
  const base = { label, name, error, hint, className, id };
  const { fieldId, controlProps } = wiring(base);
  return (
    <Stacked base={base} fieldId={fieldId}>
      <input {...controlProps} className={control} {...input} />
    </Stacked>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  className,
  id,
  ...textarea
}: Base & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const base = { label, name, error, hint, className, id };
  const { fieldId, controlProps } = wiring(base);
  return (
    <Stacked base={base} fieldId={fieldId}>
      <textarea {...controlProps} className={control} rows={4} {...textarea} />
    </Stacked>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  className,
  id,
  options,
  ...select
}: Base & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const base = { label, name, error, hint, className, id };
  const { fieldId, controlProps } = wiring(base);
  return (
    <Stacked base={base} fieldId={fieldId}>
      <select {...controlProps} className={control} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Stacked>
  );
}

/** Box first, label beside it. */
export function CheckboxField({
  label,
  name,
  error,
  hint,
  className,
  id,
  ...input
}: Base & InputHTMLAttributes<HTMLInputElement>) {
  const { fieldId, controlProps } = wiring({ label, name, error, hint, id });
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          {...controlProps}
          type="checkbox"
          className="size-4 rounded border-stone-400 text-brand-700"
          {...input}
        />
        <label htmlFor={fieldId} className="text-sm font-medium text-stone-800">
          {label}
        </label>
      </div>
      <Messages fieldId={fieldId} error={error} hint={hint} />
    </div>
  );
}
