import { useEffect, useState } from 'react';
import { errorText, failureText } from '../../../shared/i18n/errors.ts';
import { t, type MessageKey } from '../../../shared/i18n/translate.ts';
import type { HoldView } from '../../../shared/ipc/holds.ts';
import type { SavedCard } from '../../../shared/ipc/cards-on-file.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { kassa } from '../../shared/kassa.ts';
import { brandName } from '../../shared/card-brands.ts';
import { readAmount } from '../shift/amount-input.ts';
import { DemoCardButtons } from '../payment/demo-card-buttons.tsx';
import { useCall } from '../../shared/use-call.ts';
import { useTillSetup } from '../till-context.tsx';
import { holdStateText } from './hold-words.ts';
import './open-hold.css';

/** How often the till asks Stripe about a hold waiting at the reader, while the cashier watches it. */
const holdPollMs = 1_000;

/** The demo reader's test cards for a hold, in the order the cashier sees them. */
const demoCards = [
  { card: 'visa', label: 'holdtill.demo.visa' },
  { card: 'mastercard', label: 'holdtill.demo.mastercard' },
  { card: 'declined', label: 'holdtill.demo.declined' },
  { card: 'insufficientFunds', label: 'holdtill.demo.insufficientFunds' },
] as const satisfies readonly { card: string; label: MessageKey }[];

const stillOpening = (hold: HoldView) => hold.state === 'opening' || hold.state === 'waiting';

/** Where the hold is made: at a Stripe reader (a card method), or on one of the customer's saved cards. */
type Where = { kind: 'reader'; methodId: string } | { kind: 'card'; paymentMethod: string };
const whereKey = (where: Where) => (where.kind === 'reader' ? where.methodId : where.paymentMethod);

interface OpenHoldDialogProps {
  /** What the order still owes: the amount offered first. */
  suggested: number;
  /** The customer's saved cards (none without a customer). */
  cards: readonly SavedCard[];
  /** Saves the order if it is not saved yet (a hold needs an order); null when it could not be saved. */
  ensureOrder: () => Promise<{ id: string } | null>;
  onClose: () => void;
}

/**
 * "Hold an amount" (STO-5) for the order on the payment screen: the cashier types the amount (checked and refused in
 * words), picks the reader or a card on file, and watches the hold being made. In demo mode the reader offers test
 * cards. A hold that is made appears under Holds, where it is captured, increased or released later.
 */
export function OpenHoldDialog({ suggested, cards, ensureOrder, onClose }: OpenHoldDialogProps) {
  const { methods, store, format } = useTillSetup();
  const readers = methods.filter((m) => m.terminal === 'stripe');
  const choices: { where: Where; label: string }[] = [
    ...readers.map((m) => ({
      where: { kind: 'reader', methodId: m.id } as Where,
      label: t('holdtill.atReader', { reader: m.name }),
    })),
    ...cards.map((c) => ({
      where: { kind: 'card', paymentMethod: c.paymentMethod } as Where,
      label: t('holdtill.onCard', { brand: brandName(c.brand), last4: c.last4 }),
    })),
  ];
  const [where, setWhere] = useState<Where | null>(choices[0]?.where ?? null);
  const [amountText, setAmountText] = useState(suggested > 0 ? format.amountInput(suggested) : '');
  const [amountError, setAmountError] = useState<string | null>(null);
  const { busy, error, setError, run } = useCall();
  const [opening, setOpening] = useState(false);
  const [hold, setHold] = useState<HoldView | null>(null);

  // While the hold waits for the card the till asks Stripe how it stands, and follows the core's news of it.
  const watching = hold !== null && stillOpening(hold);
  const holdId = hold?.id ?? null;
  useEffect(() => {
    if (!watching || holdId === null) return;
    let live = true;
    const timer = window.setInterval(() => {
      void kassa.holds.get({ holdId }).then((result) => {
        if (live && result.ok) setHold(result.value);
      });
    }, holdPollMs);
    const off = kassa.on('holds.updated', (update) => {
      if (live && update.id === holdId) setHold(update);
    });
    return () => {
      live = false;
      window.clearInterval(timer);
      off();
    };
  }, [watching, holdId]);

  const start = async () => {
    const read = readAmount(amountText, store.currency, store.locale);
    if ('error' in read) return setAmountError(read.error);
    if (read.amount <= 0) return setAmountError(t('err.holds.amountPositive'));
    setAmountError(null);
    if (!where) return setError(t('holdtill.noWhere'));
    setOpening(true);
    setError(null);
    const order = await ensureOrder();
    if (!order) return setOpening(false);
    const result =
      where.kind === 'reader'
        ? await kassa.holds.openAtReader({ orderId: order.id, methodId: where.methodId, amount: read.amount })
        : await kassa.holds.openOnCard({
            orderId: order.id,
            methodId: readers[0]?.id ?? '',
            amount: read.amount,
            paymentMethod: where.paymentMethod,
          });
    setOpening(false);
    if (result.ok) setHold(result.value);
    else if (result.error.field === 'amount') setAmountError(errorText(result.error));
    else setError(errorText(result.error));
  };

  const present = (card: (typeof demoCards)[number]['card']) => {
    if (hold) void run(() => kassa.holds.simulateCard({ holdId: hold.id, card }), setHold);
  };
  const cancel = () => {
    if (hold) void run(() => kassa.holds.release({ holdId: hold.id }), setHold);
  };

  const money = (amount: number) => format.money(amount, hold?.currency ?? store.currency);

  return (
    <Dialog title={t('holdtill.title')} onClose={onClose} className="dialog--entry">
      <div className="entry open-hold" data-testid="open-hold">
        {hold === null ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void start();
            }}
          >
            <div className="field">
              <label className="field__label" htmlFor="hold-amount">
                {t('holdtill.amount')}
              </label>
              <input
                id="hold-amount"
                className={`field__input field__input--big${amountError ? ' field__input--invalid' : ''}`}
                inputMode="decimal"
                autoComplete="off"
                autoFocus
                value={amountText}
                aria-invalid={amountError !== null}
                aria-describedby={amountError ? 'hold-amount-error' : 'hold-amount-hint'}
                onChange={(event) => {
                  setAmountText(event.target.value);
                  setAmountError(null);
                }}
              />
              {amountError ? (
                <p id="hold-amount-error" className="field__error" role="alert">
                  {amountError}
                </p>
              ) : (
                <p id="hold-amount-hint" className="field__hint">
                  {t('holdtill.amountHint')}
                </p>
              )}
            </div>
            <fieldset className="open-hold__where">
              <legend className="field__label">{t('holdtill.where')}</legend>
              {choices.map((choice) => (
                <label key={whereKey(choice.where)} className="open-hold__choice">
                  <input
                    type="radio"
                    name="hold-where"
                    checked={where !== null && whereKey(where) === whereKey(choice.where)}
                    onChange={() => setWhere(choice.where)}
                  />
                  {choice.label}
                </label>
              ))}
            </fieldset>
            {error ? (
              <p className="field__error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="entry__actions">
              <button type="button" className="button" onClick={onClose}>
                {t('holdtill.close')} <kbd>Esc</kbd>
              </button>
              <button
                type="submit"
                className="button button--primary"
                disabled={busy || opening || where === null}
                data-testid="open-hold-submit"
              >
                {t('holdtill.hold')}
              </button>
            </div>
          </form>
        ) : (
          <section className="open-hold__status" data-testid="open-hold-status" data-state={hold.state}>
            <p className="open-hold__state" role="status" data-testid="open-hold-state">
              {holdStateText(hold)} · {money(hold.amount)}
            </p>
            {hold.state === 'held' ? (
              <p className="open-hold__result" data-testid="open-hold-result">
                {t('holdtill.held', {
                  amount: money(hold.amount),
                  brand: brandName(hold.cardBrand ?? ''),
                  last4: hold.cardLast4 ?? '',
                })}
              </p>
            ) : null}
            {hold.state === 'failed' ? (
              <p className="field__error" role="alert" data-testid="open-hold-reason">
                {t('holdtill.failed', {
                  reason: failureText({ code: hold.failure ?? 'canceled' }, 'failed'),
                })}
              </p>
            ) : null}
            {hold.state === 'released' ? <p className="field__hint">{t('holdtill.canceled')}</p> : null}
            {error ? (
              <p className="field__error" role="alert">
                {error}
              </p>
            ) : null}
            {hold.simulated && hold.state === 'waiting' ? (
              <DemoCardButtons cards={demoCards} busy={busy} onPresent={present} testIdPrefix="hold-demo" />
            ) : null}
            <div className="entry__actions">
              {stillOpening(hold) ? (
                <button type="button" className="button" disabled={busy} onClick={cancel}>
                  {t('holdtill.cancel')}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="open-hold-done"
                  onClick={onClose}
                >
                  {t('holdtill.done')}
                </button>
              )}
            </div>
          </section>
        )}
      </div>
    </Dialog>
  );
}
