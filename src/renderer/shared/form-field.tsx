import type { InputHTMLAttributes, ReactNode } from 'react';

interface FormFieldProps {
  /** The id of the control inside, so the label, help and error are tied to it. */
  id: string;
  label: string;
  /** A sentence that helps fill the field in: where to find a key, what empty means. */
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Renders the control; it receives the attributes that tie it to the label, help and error. */
  children: (control: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    className: string;
  }) => ReactNode;
  className?: string | undefined;
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

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'value' | 'onChange'>;

/** A field's label, help and refusal, around whatever control it holds. */
interface FieldFrame {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
}

/** A field whose control edits one piece of text. */
interface TextValue {
  value: string;
  onChange: (value: string) => void;
}

interface TextFieldProps extends InputAttributes, FieldFrame, TextValue {
  /** Keys, account codes and serials: set in a fixed-width face so each character can be checked. */
  code?: boolean;
  /** Spans the whole row of a form grid, for long keys. */
  wide?: boolean;
}

/** A FormField holding a single-line input, the commonest field of all. */
export function TextField({ id, label, hint, error, value, onChange, code, wide, ...input }: TextFieldProps) {
  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      error={error}
      className={wide ? 'form-grid__wide' : undefined}
    >
      {(control) => (
        <input
          {...control}
          {...input}
          className={code ? `${control.className} field__input--code` : control.className}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/**
 * A provider's key, token or account id: fixed-width, never spell-checked or remembered by the browser, and
 * hidden as it is typed when it is a secret.
 */
export function KeyField({ secret, ...field }: Omit<TextFieldProps, 'code'> & { secret?: boolean }) {
  return (
    <TextField {...field} code type={secret ? 'password' : undefined} autoComplete="off" spellCheck={false} />
  );
}

interface SelectFieldProps extends FieldFrame, TextValue {
  disabled?: boolean;
  /** The <option>s to choose from. */
  children: ReactNode;
}

/** A FormField holding a drop-down of fixed choices. */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  disabled,
  children,
}: SelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </FormField>
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
