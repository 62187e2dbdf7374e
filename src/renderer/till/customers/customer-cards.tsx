import { useCallback, useEffect, useState } from 'react';
import { errorText, failureText } from '../../../shared/i18n/errors.ts';
import { t, type MessageKey } from '../../../shared/i18n/translate.ts';
import type { CardSetup, SavedCard } from '../../../shared/ipc/cards-on-file.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { CardIcon } from '../../shared/icons.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { brandName } from '../../shared/card-brands.ts';
import { LinkShare } from '../payment/link-share.tsx';
import { DemoCardButtons } from '../payment/demo-card-buttons.tsx';
import { useCall } from '../../shared/use-call.ts';
import { useTillSetup } from '../till-context.tsx';
import type { OrderCustomerRef } from './order-customer.tsx';
import './customer-cards.css';

/** How often the till asks Stripe about a card being saved, while the cashier watches it. */
const setupPollMs = 1_000;

const openStates: readonly CardSetup['state'][] = ['creating', 'waiting', 'validating', 'releasing'];
const isOpen = (setup: CardSetup) => openStates.includes(setup.state);

const expiry = (card: SavedCard) =>
  `${String(card.expMonth).padStart(2, '0')}/${String(card.expYear % 100).padStart(2, '0')}`;

/** Why a card was not saved, in the cashier's words: Kassa's own reasons first, then the bank's decline. */
/** The demo reader's test cards, in the order the cashier sees them. */
const demoCards = [
  { card: 'visa', label: 'cardsui.demo.visa' },
  { card: 'mastercard', label: 'cardsui.demo.mastercard' },
  { card: 'chargeDeclined', label: 'cardsui.demo.chargeDeclined' },
  { card: 'insufficientFunds', label: 'cardsui.demo.insufficientFunds' },
] as const;
type DemoCard = (typeof demoCards)[number]['card'];

export function setupFailureText(setup: CardSetup): string {
  const code = setup.failure ?? '';
  switch (code) {
    case 'brand_not_accepted':
      return t('cardsui.fail.brand', { brand: brandName(setup.failureBrand ?? '') });
    case 'cvc_not_checked':
      return t('cardsui.fail.cvc');
    case 'link_expired':
      return t('cardsui.fail.linkExpired');
    case 'no_reusable_card':
      return t('cardsui.fail.notReusable');
    case 'stale':
      return t('cardsui.fail.stale');
  }
  const reason = failureText({ code }, setup.state);
  // A card refused after the reader took it failed the validating hold: the bank said no to a charge on it.
  return setup.state === 'refused' ? t('cardsui.fail.hold', { reason }) : reason;
}

/** The cards button next to the order's customer, and the dialog it opens. */
export function CustomerCardsButton({
  customer,
  disabled,
}: {
  customer: OrderCustomerRef;
  disabled: boolean;
}) {
  const { methods } = useTillSetup();
  const [open, setOpen] = useState(false);
  // Cards are saved with Stripe: a till without a Stripe method has nowhere to save one.
  if (!methods.some((m) => m.terminal === 'stripe')) return null;
  return (
    <>
      <button
        type="button"
        className="icon-button order-customer__cards"
        disabled={disabled}
        aria-label={t('cardsui.open', { name: customer.name })}
        title={t('cardsui.open', { name: customer.name })}
        onClick={() => setOpen(true)}
      >
        <CardIcon />
      </button>
      {open ? <CustomerCardsDialog customer={customer} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/**
 * A customer's cards on file (STO-4): brand, last four digits and expiry, each removable (it is detached at
 * Stripe), and a new card saved at the reader or on a Stripe-hosted page the customer opens with the QR code.
 */
export function CustomerCardsDialog({
  customer,
  onClose,
}: {
  customer: OrderCustomerRef;
  onClose: () => void;
}) {
  const { methods } = useTillSetup();
  const readers = methods.filter((m) => m.terminal === 'stripe');
  const [methodId, setMethodId] = useState(readers[0]?.id ?? '');
  // Saved or removed elsewhere (the hosted page, another dialog, the payment screen): the list reads again.
  const cards = useData(() => kassa.cards.forCustomer({ customerId: customer.id }), customer.id, {
    refreshOn: ['cards.changed'],
  });
  const [setup, setSetup] = useState<CardSetup | null>(null);
  const [removing, setRemoving] = useState<SavedCard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { reload } = cards;

  const start = async (how: 'reader' | 'link') => {
    setBusy(true);
    setError(null);
    const result =
      how === 'reader'
        ? await kassa.cards.saveAtReader({ customerId: customer.id, ...(methodId ? { methodId } : {}) })
        : await kassa.cards.saveByLink({ customerId: customer.id });
    setBusy(false);
    if (result.ok) setSetup(result.value);
    else setError(errorText(result.error));
  };

  const remove = async (card: SavedCard) => {
    setBusy(true);
    setError(null);
    const result = await kassa.cards.remove({ paymentMethod: card.paymentMethod });
    setBusy(false);
    setRemoving(null);
    if (!result.ok) setError(errorText(result.error));
    reload();
  };

  const changed = useCallback(
    (next: CardSetup) => {
      setSetup(next);
      if (next.state === 'saved') reload();
    },
    [reload],
  );

  const readerName = readers.find((m) => m.id === methodId)?.name ?? '';

  return (
    <Dialog title={t('cardsui.title', { name: customer.name })} onClose={onClose} className="dialog--entry">
      <div className="entry cards-on-file" data-testid="cards-on-file">
        {setup ? (
          <SetupView
            setup={setup}
            readerName={readerName}
            onChanged={changed}
            onBack={() => setSetup(null)}
          />
        ) : (
          <>
            {cards.error ? (
              <p className="field__error" role="alert">
                {errorText(cards.error)}
              </p>
            ) : null}
            {cards.data && cards.data.length === 0 ? (
              <p className="field__hint">{t('cardsui.none')}</p>
            ) : null}
            {cards.data && cards.data.length > 0 ? (
              <ul className="cards-on-file__list" aria-label={t('cardsui.list')}>
                {cards.data.map((card) => (
                  <li key={card.paymentMethod} className="cards-on-file__card" data-testid="saved-card">
                    <CardIcon className="cards-on-file__icon" />
                    <span className="cards-on-file__brand">{brandName(card.brand)}</span>
                    <span className="cards-on-file__last4">•••• {card.last4}</span>
                    <span className="cards-on-file__expiry">
                      {t('cardsui.expires', { date: expiry(card) })}
                    </span>
                    {removing?.paymentMethod === card.paymentMethod ? null : (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={busy}
                        aria-label={t('cardsui.removeCard', {
                          brand: brandName(card.brand),
                          last4: card.last4,
                        })}
                        onClick={() => setRemoving(card)}
                      >
                        {t('cardsui.remove')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
            {removing ? (
              <div className="cards-on-file__confirm" role="alertdialog" aria-label={t('cardsui.remove')}>
                <p>
                  {t('cardsui.removeConfirm', { brand: brandName(removing.brand), last4: removing.last4 })}
                </p>
                <div className="entry__actions">
                  <button type="button" className="button" disabled={busy} onClick={() => setRemoving(null)}>
                    {t('cardsui.keep')}
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    onClick={() => void remove(removing)}
                  >
                    {t('cardsui.removeYes')}
                  </button>
                </div>
              </div>
            ) : null}
            {error ? (
              <p className="field__error" role="alert">
                {error}
              </p>
            ) : null}
            <h3 className="cards-on-file__heading">{t('cardsui.add')}</h3>
            {readers.length > 1 ? (
              <label className="field">
                <span className="field__label">{t('cardsui.reader')}</span>
                <select
                  className="field__input"
                  value={methodId}
                  onChange={(event) => setMethodId(event.target.value)}
                >
                  {readers.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <div className="entry__actions cards-on-file__add">
              <button type="button" className="button" onClick={onClose}>
                {t('cardsui.close')} <kbd>Esc</kbd>
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => void start('link')}>
                {t('cardsui.byLink')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={busy || readers.length === 0}
                onClick={() => void start('reader')}
              >
                {t('cardsui.atReader')}
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}

type StepState = 'todo' | 'now' | 'done' | 'failed';

/** The steps of saving a card at the reader: the card, the validating hold and its release, the result. */
function readerSteps(setup: CardSetup, amount: string | null): { label: string; state: StepState }[] {
  const s = setup.state;
  const tookCard = !['creating', 'waiting'].includes(s) && !(s === 'failed' || s === 'canceled');
  const holdFailed =
    s === 'refused' && setup.failure !== 'brand_not_accepted' && setup.failure !== 'cvc_not_checked';
  const steps: { label: string; state: StepState }[] = [
    {
      label: t('cardsui.step.present'),
      state: tookCard ? 'done' : s === 'waiting' || s === 'creating' ? 'now' : 'failed',
    },
  ];
  if (amount !== null) {
    steps.push({
      label: t('cardsui.step.hold', { amount }),
      state: holdFailed
        ? 'failed'
        : s === 'validating'
          ? 'now'
          : s === 'releasing' || s === 'saved'
            ? 'done'
            : 'todo',
    });
    steps.push({
      label: t('cardsui.step.release'),
      state: s === 'releasing' ? 'now' : s === 'saved' ? 'done' : 'todo',
    });
  }
  steps.push({
    label: t('cardsui.step.saved'),
    state: s === 'saved' ? 'done' : s === 'refused' ? 'failed' : 'todo',
  });
  return steps;
}

const stateKeys: Record<Exclude<CardSetup['state'], 'waiting'>, MessageKey> = {
  creating: 'cardsui.state.creating',
  validating: 'cardsui.state.validating',
  releasing: 'cardsui.state.releasing',
  saved: 'cardsui.state.saved',
  refused: 'cardsui.state.refused',
  failed: 'cardsui.state.failed',
  canceled: 'cardsui.state.canceled',
};
const stateText = (setup: CardSetup): string => {
  if (setup.state !== 'waiting') return t(stateKeys[setup.state]);
  return setup.channel === 'reader' ? t('cardsui.state.waitingReader') : t('cardsui.state.waitingLink');
};

const stepMark: Record<StepState, string> = { todo: '○', now: '…', done: '✓', failed: '✗' };

function SetupView({
  setup,
  readerName,
  onChanged,
  onBack,
}: {
  setup: CardSetup;
  readerName: string;
  onChanged: (setup: CardSetup) => void;
  onBack: () => void;
}) {
  const { format, store } = useTillSetup();
  const { busy, error, setError, run } = useCall();
  const open = isOpen(setup);

  // While the card is being saved the till asks Stripe how it stands: the customer acts elsewhere (reader, phone).
  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void kassa.cards.setup({ setupId: setup.id }).then((result) => {
        if (!live) return;
        if (result.ok) onChanged(result.value);
        else setError(errorText(result.error));
      });
    }, setupPollMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [open, setup, onChanged, setError]);

  const present = (card: DemoCard) =>
    void run(() => kassa.cards.simulateCard({ setupId: setup.id, card }), onChanged);
  const cancel = () => void run(() => kassa.cards.cancelSetup({ setupId: setup.id }), onChanged);

  const amount =
    setup.validatingAmount === null ? null : format.money(setup.validatingAmount, setup.currency);
  const ended = setup.state === 'refused' || setup.state === 'failed' || setup.state === 'canceled';

  return (
    <section
      className="card-setup"
      data-testid="card-setup"
      data-state={setup.state}
      aria-label={t('cardsui.add')}
    >
      <h3 className="card-setup__title">
        {setup.channel === 'reader'
          ? t('cardsui.readerTitle', { reader: readerName })
          : t('cardsui.linkTitle')}
      </h3>
      <p className="card-setup__state" role="status" data-testid="card-setup-state">
        {stateText(setup)}
      </p>
      {setup.channel === 'reader' ? (
        <ol className="card-setup__steps">
          {readerSteps(setup, amount).map((step) => (
            <li
              key={step.label}
              className={`card-setup__step card-setup__step--${step.state}`}
              data-state={step.state}
            >
              <span className="card-setup__mark" aria-hidden="true">
                {stepMark[step.state]}
              </span>
              {step.label}
            </li>
          ))}
        </ol>
      ) : null}
      {setup.channel === 'link' && setup.state === 'waiting' && setup.url ? (
        <div className="link-panel">
          <LinkShare
            url={setup.url}
            qrLabel={t('cardsui.qr')}
            inputId="card-link-url"
            inputLabel={t('cardsui.url')}
            mail={{
              subject: t('cardsui.mailSubject', { store: store.name }),
              body: t('cardsui.mailBody', { store: store.name, url: setup.url }),
            }}
          />
        </div>
      ) : null}
      {setup.state === 'saved' && setup.card ? (
        <p className="card-setup__result" data-testid="card-setup-result">
          {t('cardsui.saved', { brand: brandName(setup.card.brand), last4: setup.card.last4 })}
          {amount !== null && setup.channel === 'reader' ? ` ${t('cardsui.holdReleased', { amount })}` : ''}
        </p>
      ) : null}
      {ended ? (
        <p className="field__error" role="alert" data-testid="card-setup-reason">
          {setupFailureText(setup)}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {setup.simulated && setup.channel === 'reader' && setup.state === 'waiting' ? (
        <DemoCardButtons cards={demoCards} busy={busy} onPresent={present} />
      ) : null}
      <div className="entry__actions">
        {setup.channel === 'reader' && setup.state === 'waiting' ? (
          <button type="button" className="button" disabled={busy} onClick={cancel}>
            {t('holdtill.cancelSetup')}
          </button>
        ) : null}
        <button type="button" className={open ? 'button' : 'button button--primary'} onClick={onBack}>
          {t('cardsui.back')}
        </button>
      </div>
      {open ? <p className="field__hint">{t('cardsui.backHint')}</p> : null}
    </section>
  );
}
