import type { ReactNode } from 'react';

interface FormFieldProps {
  /** The id of the control inside, so the label, help and error are tied to it. */
  id: string;
  label: string;
  /** A sentence that helps fill the field in: where to find a key, what empty means. */
  hint?: ReactNode;
  error?: string | null;
  /** Renders the control; it receives the attributes that tie it to the label, help and error. */
  children: (control: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    className: string;
  }) => ReactNode;
  className?: string;
}

/**
 * One labelled form field with its help text and, when the last save was refused because of it, the reason
 * right underneath (PREF-4), so the owner sees what to fix where they fix it.
 */
export function FormField({ id, label, hint, error, children, className }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy,
        className: `field__input${error ? ' field__input--invalid' : ''}`,
      })}
      {error ? (
        <p id={errorId ?? undefined} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId ?? undefined} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface CheckFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | null;
  disabled?: boolean;
}

/** A yes/no setting as a switch-like checkbox with its explanation. */
export function CheckField({ id, label, hint, checked, onChange, error, disabled }: CheckFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="check-field">
      <input
        id={id}
        type="checkbox"
        className="check-field__box"
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        aria-invalid={Boolean(error)}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div className="check-field__text">
        <label className="check-field__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="field__hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
