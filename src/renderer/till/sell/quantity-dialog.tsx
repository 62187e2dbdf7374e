import { useState } from 'react';
import type { KassaErrorShape } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { applyKeypadKey, Keypad } from '../../shared/keypad.tsx';
import { useTillSetup } from '../till-context.tsx';

interface QuantityDialogProps {
  name: string;
  quantity: number;
  onApply: (quantity: number) => KassaErrorShape | null;
  onClose: () => void;
}

/** Typing a quantity (12 bottles) instead of tapping + eleven times. */
export function QuantityDialog({ name, quantity, onApply, onClose }: QuantityDialogProps) {
  const { format } = useTillSetup();
  const [text, setText] = useState(String(quantity));
  const [error, setError] = useState<string | null>(null);
  // The current quantity is shown selected: the first key typed replaces it, as on a calculator.
  const [fresh, setFresh] = useState(true);

  const submit = () => {
    const typed = text.trim().replace('−', '-');
    if (!/^-?\d+$/.test(typed)) {
      setError(t('cart.quantityFormat'));
      return;
    }
    const refused = onApply(Number(typed));
    if (refused) setError(refused.message);
    else onClose();
  };

  return (
    <Dialog title={t('cart.quantityTitle', { name })} onClose={onClose} className="dialog--entry">
      <form
        className="entry entry--pad"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="entry__main">
          <div className="field">
            <label className="field__label" htmlFor="quantity-value">
              {t('cart.quantity')}
            </label>
            <input
              id="quantity-value"
              className={`field__input field__input--big${error ? ' field__input--invalid' : ''}`}
              inputMode="numeric"
              autoComplete="off"
              autoFocus
              value={text}
              aria-invalid={error !== null}
              aria-describedby={error ? 'quantity-error' : undefined}
              onFocus={(event) => event.target.select()}
              onChange={(event) => {
                setText(event.target.value);
                setFresh(false);
                setError(null);
              }}
            />
            {error ? (
              <p id="quantity-error" className="field__error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
          <div className="entry__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')} <kbd>Esc</kbd>
            </button>
            <button type="submit" className="button button--primary">
              {t('cart.setQuantityAction')} <kbd>Enter</kbd>
            </button>
          </div>
        </div>
        <Keypad
          label={t('keypad.label')}
          decimalMark={format.decimalMark}
          wholeNumbers
          onKey={(key) => {
            setText((value) => applyKeypadKey(fresh ? '' : value, key, format.decimalMark));
            setFresh(false);
            setError(null);
          }}
        />
      </form>
    </Dialog>
  );
}
