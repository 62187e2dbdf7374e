import { useState, type ReactNode } from 'react';
import type { Result } from '../../shared/errors.ts';
import { useManagerApproval } from './payment/use-manager-approval.tsx';

interface EntryFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Marked as the field to fix (the last answer named it). */
  invalid?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
  testId?: string;
  /** The id of the error line that explains the field, read out with it. */
  describedBy?: string | undefined;
  /** A dialog's roomier field; a form inside a screen uses the compact one (the default). */
  roomy?: boolean;
  /** Said under the field: its error line or a hint. */
  children?: ReactNode;
}

function EntryField({
  id,
  label,
  value,
  onChange,
  invalid = false,
  autoFocus,
  placeholder,
  testId,
  describedBy,
  roomy = false,
  children,
  inputMode,
}: EntryFieldProps & { inputMode?: 'decimal' }) {
  return (
    <div className={roomy ? 'field' : 'field field--compact'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={`field__input${invalid ? ' field__input--invalid' : ''}`}
        inputMode={inputMode}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder}
        data-testid={testId}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {children}
    </div>
  );
}

/** An amount of money typed in the store locale's notation (read with `readAmount` or `format.parseAmount`). */
export function AmountField(props: EntryFieldProps) {
  return <EntryField {...props} inputMode="decimal" />;
}

/** Why money moves or a drawer opens (a pay-out, a return, a no-sale): free words kept in the audit log. */
export function ReasonField(props: EntryFieldProps) {
  return <EntryField {...props} />;
}

/** The row under a till form: Cancel, then the action it confirms (red where money goes back out). */
export function ConfirmActions({
  cancelLabel,
  onCancel,
  confirmLabel,
  busy,
  danger = false,
  testId,
  cancelWhileBusy = true,
}: {
  /** No cancel button where the form has nothing to go back to. */
  cancelLabel?: string;
  onCancel?: () => void;
  /** False where going back while the request runs would lose its answer (a dialog that closes on Cancel). */
  cancelWhileBusy?: boolean;
  confirmLabel: string;
  busy: boolean;
  danger?: boolean;
  testId?: string;
}) {
  return (
    <div className="entry__actions">
      {cancelLabel && onCancel ? (
        <button type="button" className="button" disabled={busy && !cancelWhileBusy} onClick={onCancel}>
          {cancelLabel}
        </button>
      ) : null}
      <button
        type="submit"
        className={`button ${danger ? 'button--danger' : 'button--primary'}`}
        disabled={busy}
        data-testid={testId}
      >
        {confirmLabel}
      </button>
    </div>
  );
}

/**
 * A request that may need a manager's PIN (TILL-9), with the form busy while it runs: `send` asks main, and
 * where main answers that a manager must approve, the PIN dialog (`approvalDialog`, rendered by the form) sends
 * it again with the PIN. The answer is main's, approved or refused.
 */
export function useApprovedRequest(): {
  busy: boolean;
  send: <T>(request: (managerPin?: string) => Promise<Result<T>>) => Promise<Result<T>>;
  approvalDialog: ReactNode;
} {
  const [busy, setBusy] = useState(false);
  const { withApproval, approvalDialog } = useManagerApproval();
  const send = async <T,>(request: (managerPin?: string) => Promise<Result<T>>) => {
    setBusy(true);
    try {
      return await withApproval(request);
    } finally {
      setBusy(false);
    }
  };
  return { busy, send, approvalDialog };
}

/** The manager's PIN, when one was given, as the optional field of a request. */
export const withPin = (managerPin: string | undefined): { managerPin?: string } =>
  managerPin ? { managerPin } : {};
