import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import { Dialog } from '../../shared/dialog.tsx';

interface ManagerPinDialogProps {
  title: string;
  text: string;
  /** Gets the PIN typed; answers the refusal to show (a wrong PIN), or null when it went through. */
  onConfirm: (managerPin: string) => Promise<string | null>;
  onClose: () => void;
}

/**
 * A manager confirms a decision with their PIN (force done, a terminal's outcome, a discount or refund over a
 * cashier's limit). The dialog stays open on a refusal, so a mistyped PIN is typed again instead of starting
 * over, and it cannot be closed while the PIN is with main: its answer decides what the screen says.
 */
export function ManagerPinDialog({ title, text, onConfirm, onClose }: ManagerPinDialogProps) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <Dialog title={title} onClose={() => (busy ? undefined : onClose())} className="dialog--confirm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          void onConfirm(pin).then((refusal) => {
            setBusy(false);
            setPin('');
            setError(refusal);
            if (refusal === null) onClose();
          });
        }}
      >
        <p className="dialog__text">{text}</p>
        <div className="field">
          <label className="field__label" htmlFor="manager-pin">
            {t('card.managerPin')}
          </label>
          <input
            id="manager-pin"
            className={`field__input${error ? ' field__input--invalid' : ''}`}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            autoFocus
            value={pin}
            aria-invalid={error !== null}
            aria-describedby={error ? 'manager-pin-error' : undefined}
            onChange={(event) => {
              setPin(event.target.value.replace(/\D/g, ''));
              setError(null);
            }}
          />
          {error ? (
            <p id="manager-pin-error" className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="entry__actions">
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {t('card.back')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || pin.length < 4}>
            {t('card.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
