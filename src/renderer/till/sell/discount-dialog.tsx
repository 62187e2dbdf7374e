import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { KassaError, type KassaErrorShape } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { Discount } from '../../../shared/ipc/common.ts';
import { EntryDialog, EntryField } from '../../shared/entry.tsx';
import { applyKeypadKey, Keypad } from '../../shared/keypad.tsx';
import { useTillSetup } from '../till-context.tsx';
import { parseDiscount, type DiscountKind } from './discount-input.ts';

const quickPercents = [500, 1000, 1500, 2000, 5000];

interface DiscountDialogProps {
  title: string;
  current: Discount | null;
  /**
   * Tries the discount on the cart (asking a manager first when it is over a cashier's limit); an error leaves
   * the cart as it was and is shown here.
   */
  onApply: (discount: Discount | null) => Promise<KassaErrorShape | null>;
  onClose: () => void;
}

export function DiscountDialog({ title, current, onApply, onClose }: DiscountDialogProps) {
  const { store, format } = useTillSetup();
  const [kind, setKind] = useState<DiscountKind>(current?.kind ?? 'percent');
  const [text, setText] = useState(() =>
    current === null
      ? ''
      : current.kind === 'percent'
        ? String(current.basisPoints / 100).replace('.', format.decimalMark)
        : format.amountInput(current.amount),
  );
  const [error, setError] = useState<string | null>(null);

  const apply = async (discount: Discount | null) => {
    const refused = await onApply(discount);
    if (refused) setError(refused.message);
    else onClose();
  };

  const submit = () => {
    try {
      void apply(parseDiscount(kind, text, format.parseAmount));
    } catch (e) {
      if (e instanceof KassaError) setError(errorText(e));
      else throw e;
    }
  };

  return (
    <EntryDialog
      title={title}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('discount.apply')}
      keypad={
        <Keypad
          label={t('keypad.label')}
          decimalMark={format.decimalMark}
          onKey={(key) => {
            setText((value) => applyKeypadKey(value, key, format.decimalMark));
            setError(null);
          }}
        />
      }
    >
      <div className="segmented" role="radiogroup" aria-label={t('discount.kind')}>
        {(['percent', 'amount'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            className={`segmented__option${kind === k ? ' segmented__option--on' : ''}`}
            onClick={() => {
              setKind(k);
              setError(null);
            }}
          >
            {k === 'percent' ? t('discount.percent') : t('discount.amount', { currency: store.currency })}
          </button>
        ))}
      </div>
      <EntryField
        name="discount"
        label={kind === 'percent' ? t('discount.percentLabel') : t('discount.amountLabel')}
        error={error}
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      <div className="chips">
        {kind === 'percent'
          ? quickPercents.map((bp) => (
              <button
                key={bp}
                type="button"
                className="chip"
                onClick={() => void apply({ kind: 'percent', basisPoints: bp })}
              >
                {format.percent(bp)}
              </button>
            ))
          : null}
        {current ? (
          <button
            type="button"
            className="button button--danger-ghost button--small"
            onClick={() => void apply(null)}
          >
            {t('discount.remove')}
          </button>
        ) : null}
      </div>
      {store.approvals.discountPercent < 100 ? (
        <p className="field__hint">
          {t('discount.approvalHint', { percent: format.percent(store.approvals.discountPercent * 100) })}
        </p>
      ) : null}
    </EntryDialog>
  );
}
