import { useState, type InputHTMLAttributes } from 'react';
import { formatWeight } from './text';

interface NumberFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: number | null | undefined;
  /** Called on every edit that reads as a number within [min, max]. */
  onValue: (v: number) => void;
  min?: number;
  max?: number;
  format?: (v: number) => string;
}

/**
 * A number input that keeps what the person is typing ("0.", "-", "1e") while passing on every value
 * that reads as a number, and shows the value it was given again once they leave it or press Enter.
 */
export function NumberField({ value, onValue, min, max, format = formatWeight, onBlur, onKeyDown, ...rest }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null || value === undefined || !Number.isFinite(value) ? '' : format(value));
  return (
    <input
      {...rest}
      type="number"
      inputMode="decimal"
      min={min}
      max={max}
      value={shown}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const v = Number(text);
        if (text.trim() === '' || !Number.isFinite(v)) return;
        if ((min !== undefined && v < min) || (max !== undefined && v > max)) return;
        onValue(v);
      }}
      onBlur={(e) => {
        setDraft(null);
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') setDraft(null);
        onKeyDown?.(e);
      }}
    />
  );
}
