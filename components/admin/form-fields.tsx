import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

const control =
  'mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600 sm:text-sm';

type Described = { id: string; error?: string; hint?: ReactNode };

/** aria-describedby for the field's error and hint, so a screen reader reads them with the field. */
function describedBy({ id, error, hint }: Described): string | undefined {
  return [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, error, hint }: Described) {
  return (
    <>
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

const idFor = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

type Base = { label: string; name: string; error?: string; hint?: ReactNode; className?: string };

export function InputField({
  label,
  name,
  error,
  hint,
  className,
  id,
  ...input
}: Base & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? idFor(name);
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id: fieldId, error, hint })}
        className={control}
        {...input}
      />
      <Messages id={fieldId} error={error} hint={hint} />
    </div>
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
  const fieldId = id ?? idFor(name);
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id: fieldId, error, hint })}
        className={control}
        rows={4}
        {...textarea}
      />
      <Messages id={fieldId} error={error} hint={hint} />
    </div>
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
  const fieldId = id ?? idFor(name);
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id: fieldId, error, hint })}
        className={control}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={fieldId} error={error} hint={hint} />
    </div>
  );
}

export function CheckboxField({
  label,
  name,
  error,
  hint,
  className,
  id,
  ...input
}: Base & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? idFor(name);
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <input
          id={fieldId}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id: fieldId, error, hint })}
          className="size-4 rounded border-stone-400 text-brand-700"
          {...input}
        />
        <label htmlFor={fieldId} className="text-sm font-medium text-stone-800">
          {label}
        </label>
      </div>
      <Messages id={fieldId} error={error} hint={hint} />
    </div>
  );
}
