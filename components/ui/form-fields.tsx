import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

/**
 * Labelled form controls for every form in the store and the admin: each control is tied to its label, and its
 * error and hint are announced with it (aria-describedby), so the four kinds differ only in the control itself.
 */

const control =
  'mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600 sm:text-sm';

type Base = { label: string; name: string; error?: string; hint?: ReactNode; className?: string; id?: string };

/** Separates the field's own props from the control's, and derives the id and ARIA wiring from them. */
function split<P extends Base>({ label, name, error, hint, className, id, ...control }: P) {
  const base: Base = { label, name, error, hint, className, id };
  return { base, control, ...wiring(base) };
}

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

export function InputField(props: Base & InputHTMLAttributes<HTMLInputElement>) {
  const { base, control: input, fieldId, controlProps } = split(props);
  return (
    <Stacked base={base} fieldId={fieldId}>
      <input {...controlProps} className={control} {...input} />
    </Stacked>
  );
}

export function TextAreaField(props: Base & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { base, control: textarea, fieldId, controlProps } = split(props);
  return (
    <Stacked base={base} fieldId={fieldId}>
      <textarea {...controlProps} className={control} rows={4} {...textarea} />
    </Stacked>
  );
}

export function SelectField({
  options,
  ...props
}: Base & SelectHTMLAttributes<HTMLSelectElement> & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const { base, control: select, fieldId, controlProps } = split(props);
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
export function CheckboxField(props: Base & InputHTMLAttributes<HTMLInputElement>) {
  const { base, control: input, fieldId, controlProps } = split(props);
  return (
    <div className={base.className}>
      <div className="flex items-center gap-2">
        <input
          {...controlProps}
          type="checkbox"
          className="size-4 rounded border-stone-400 text-brand-700"
          {...input}
        />
        <label htmlFor={fieldId} className="text-sm font-medium text-stone-800">
          {base.label}
        </label>
      </div>
      <Messages fieldId={fieldId} error={base.error} hint={base.hint} />
    </div>
  );
}
