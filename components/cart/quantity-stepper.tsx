'use client';

import clsx from 'clsx';
import { Minus, Plus } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useIsHydrated } from './use-is-hydrated';

type QuantityStepperProps = {
  value: number;
  min: number;
  max: number;
  onChange: (quantity: number) => void;
  /** Names the control for screen readers, e.g. "Cantidad de Aceite de Lavanda 10 ml". */
  label: string;
  disabled?: boolean;
  size?: 'sm' | 'md';
};

/**
 * − / number / + within [min, max]. The buttons change by one; a typed value is committed on blur or
 * Enter and clamped to the limits, so the shopper can never ask for what the store would refuse.
 */
export function QuantityStepper({
  value,
  min,
  max,
  onChange,
  label,
  disabled: isDisabled = false,
  size = 'md',
}: QuantityStepperProps) {
  const inputId = useId();
  const isHydrated = useIsHydrated();
  const disabled = isDisabled || !isHydrated;
  // The text being typed; null while the field shows `value`.
  const [draft, setDraft] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    setDraft(null);
    const typed = Number.parseInt(draft, 10);
    if (!Number.isFinite(typed)) return;
    const next = Math.min(max, Math.max(min, typed));
    if (next !== value) onChange(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  }

  const button = clsx(
    'inline-flex items-center justify-center text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:text-stone-400 disabled:hover:bg-transparent',
    size === 'sm' ? 'size-8' : 'size-10',
  );
  return (
    <div
      role="group"
      aria-label={label}
      className="inline-flex items-center overflow-hidden rounded-lg border border-stone-300 bg-white"
    >
      <button
        type="button"
        className={button}
        onClick={() => onChange(value - 1)}
        disabled={disabled || value <= min}
        aria-label="Quitar una unidad"
      >
        <Minus aria-hidden className="size-4" />
      </button>
      <label htmlFor={inputId} className="sr-only">
        Cantidad
      </label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft ?? String(value)}
        disabled={disabled}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
        className={clsx(
          '[appearance:textfield] border-x border-stone-300 text-center font-semibold text-stone-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:ring-inset [&::-webkit-inner-spin-button]:appearance-none',
          size === 'sm' ? 'h-8 w-10 text-sm' : 'h-10 w-12',
        )}
      />
      <button
        type="button"
        className={button}
        onClick={() => onChange(value + 1)}
        disabled={disabled || value >= max}
        aria-label="Agregar una unidad"
      >
        <Plus aria-hidden className="size-4" />
      </button>
    </div>
  );
}
