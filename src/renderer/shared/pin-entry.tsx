import { useEffect, useRef } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import { applyKeypadKey, Keypad } from './keypad.tsx';

/** The contract's PIN rule: 4 to 8 digits. Longer input is cut off as it is typed. */
export const maxPinLength = 8;

interface PinEntryProps {
  id: string;
  label: string;
  value: string;
  onChange: (pin: string) => void;
  error?: string | null;
  autoFocus?: boolean;
  disabled?: boolean;
}

const digitsOnly = (text: string) => text.replace(/\D/g, '').slice(0, maxPinLength);

/**
 * A PIN field with a number pad beside it, for touch screens and keyboards alike. The digits are hidden; the
 * keypad's buttons never take the focus, so a physical keyboard keeps typing into the field.
 */
export function PinEntry({ id, label, value, onChange, error, autoFocus, disabled }: PinEntryProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  return (
    <div className="pin-entry">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          ref={ref}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          className={`field__input field__input--big pin-entry__input${error ? ' field__input--invalid' : ''}`}
          value={value}
          disabled={disabled}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(digitsOnly(event.target.value))}
        />
        {error ? (
          <p id={`${id}-error`} className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <Keypad
        label={t('pin.keypad')}
        decimalMark="."
        wholeNumbers
        onKey={(key) => {
          if (disabled) return;
          onChange(digitsOnly(applyKeypadKey(value, key, '.')));
          ref.current?.focus();
        }}
      />
    </div>
  );
}
