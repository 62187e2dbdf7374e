import type { ChangeEvent, FocusEvent, ReactNode, Ref } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import { Dialog } from './dialog.tsx';

/**
 * The footer of a keypad entry dialog: Cancel (Esc) and the dialog's own action (Enter), with their keys shown
 * so a cashier learns the shortcuts while tapping.
 */
export function EntryActions({ submitLabel, onCancel }: { submitLabel: string; onCancel: () => void }) {
  return (
    <div className="entry__actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')} <kbd>Esc</kbd>
      </button>
      <button type="submit" className="button button--primary">
        {submitLabel} <kbd>Enter</kbd>
      </button>
    </div>
  );
}

interface EntryFieldProps {
  /** What is entered ("quantity"): the input is `<name>-value`, its refusal `<name>-error`. */
  name: string;
  label: string;
  /** Why the typed value was refused, shown under it until the cashier types again. */
  error: string | null;
  inputMode: 'decimal' | 'numeric';
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  /** The input's id where a screen names it otherwise (the payment screen's `pay-amount`). */
  id?: string;
  /** Focused on open (a dialog's one field); a screen with two fields focuses one itself. */
  autoFocus?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** The one big number a keypad dialog asks for, focused on open so the cashier can type straight away. */
export function EntryField({
  name,
  label,
  error,
  inputMode,
  value,
  onChange,
  onFocus,
  id = `${name}-value`,
  autoFocus = true,
  placeholder,
  inputRef,
}: EntryFieldProps) {
  const errorId = `${name}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className={`field__input field__input--big${error ? ' field__input--invalid' : ''}`}
        inputMode={inputMode}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onFocus={onFocus}
        onChange={onChange}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface EntryDialogProps {
  title: string;
  onClose: () => void;
  /** Enter or the action button: check what was typed and apply it, or say why not. */
  onSubmit: () => void;
  submitLabel: string;
  /** The on-screen keypad beside the entry, for a counter without a keyboard. */
  keypad: ReactNode;
  children: ReactNode;
}

/** A dialog where the cashier enters one value on a keypad (quantity, discount), then applies it or cancels. */
export function EntryDialog({ title, onClose, onSubmit, submitLabel, keypad, children }: EntryDialogProps) {
  return (
    <Dialog title={title} onClose={onClose} className="dialog--entry">
      <form
        className="entry entry--pad"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <div className="entry__main">
          {children}
          <EntryActions submitLabel={submitLabel} onCancel={onClose} />
        </div>
        {keypad}
      </form>
    </Dialog>
  );
}
