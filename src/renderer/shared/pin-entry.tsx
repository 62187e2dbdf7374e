import { useEffect, useRef } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import { applyKeypadKey, Keypad } from './keypad.tsx';

/*
 * The contract's PIN rule is 4 to 8 digits. A longer PIN is not cut off as it is typed (a cut PIN would be
 * saved as something its owner never chose): main refuses it with a message.
 */

interface PinEntryProps {
  id: string;
  label: string;
  value: string;
  onChange: (pin: string) => void;
  error?: string | null;
  autoFocus?: boolean;
  disabled?: boolean;
}

// A PIN pad takes digits only; nothing typed is ever shortened.
const digitsOnly = (text: string) => text.replace(/\D/g, '');

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
