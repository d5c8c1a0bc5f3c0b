import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonStyles } from './page-header';

/**
 * A GET form: filters go into the URL (shareable, back-button friendly) and the server page reads
 * them. `keep` carries state the form does not show, such as the sort.
 */
export function FilterBar({
  base,
  keep = {},
  children,
  label = 'Filtros',
}: {
  base: string;
  keep?: Record<string, string | undefined>;
  children: ReactNode;
  label?: string;
}) {
  return (
    <form
      method="get"
      action={base}
      role="search"
      aria-label={label}
      className="flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-3 shadow-sm"
    >
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary}>
          Filtrar
        </button>
        <Link href={base} className={buttonStyles.subtle + ' py-2'}>
          Limpiar
        </Link>
      </div>
    </form>
  );
}

const control =
  'mt-1 block rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200';

export function FilterInput({
  label,
  name,
  defaultValue,
  type = 'text',
  placeholder,
  className = 'w-56',
}: {
  label: string;
  name: string;
  defaultValue?: string;
  type?: string;
  placeholder?: string;
  className?: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-semibold tracking-wide text-stone-600 uppercase">
        {label}
      </label>
      <input
        id={`filter-${name}`}
        name={name}
        type={type}
        defaultValue={defaultValue}
        placeholder={placeholder}
        className={`${control} ${className}`}
      />
    </div>
  );
}

export function FilterSelect({
  label,
  name,
  defaultValue,
  options,
}: {
  label: string;
  name: string;
  defaultValue?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-semibold tracking-wide text-stone-600 uppercase">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={defaultValue ?? ''} className={control}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
