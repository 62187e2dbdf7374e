import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import type { KassaErrorShape } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { EntryDialog, EntryField } from '../../shared/entry.tsx';
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
    if (refused) setError(errorText(refused));
    else onClose();
  };

  return (
    <EntryDialog
      title={t('cart.quantityTitle', { name })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('cart.setQuantityAction')}
      keypad={
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
      }
    >
      <EntryField
        name="quantity"
        label={t('cart.quantity')}
        error={error}
        inputMode="numeric"
        value={text}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setText(event.target.value);
          setFresh(false);
          setError(null);
        }}
      />
    </EntryDialog>
  );
}
