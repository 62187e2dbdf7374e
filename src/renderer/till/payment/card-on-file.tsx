import { useEffect, useState } from 'react';
import { failureText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { SavedCard } from '../../../shared/ipc/cards-on-file.ts';
import type { CardPayment } from '../../../shared/ipc/payments.ts';
import { kassa } from '../../shared/kassa.ts';
import { QrCode } from '../../shared/qr-code.tsx';
import { useData } from '../../shared/use-data.ts';
import { useTillSetup } from '../till-context.tsx';
import { AttemptButtons, type CardAction } from './card-status.tsx';
import { ErrorLine } from '../../shared/error-line.tsx';
import type { Result } from '../../../shared/errors.ts';
import type { AutopilotTaskView } from '../../../shared/ipc/autopilot.ts';
import { ScheduleCharge } from './schedule-charge.tsx';
import './link-panel.css';
import './card-on-file.css';

/** A card payment that charges a saved card: its terminal is the card (pm_…), not a reader. */
export const isCardOnFilePayment = (attempt: CardPayment): boolean => attempt.terminal.startsWith('pm_');

/** The customer's saved cards (none without a customer): the till offers "Card on file" only when there are some. */
export function useSavedCards(customerId: string | null): SavedCard[] {
  const cards = useData(
    customerId === null ? null : () => kassa.cards.forCustomer({ customerId }),
    customerId ?? '',
    { refreshOn: ['cards.changed'] },
  );
  return customerId !== null && cards.dataKey === customerId ? (cards.data ?? []) : [];
}

const cardText = (card: SavedCard) =>
  t('offsession.card', {
    brand: card.brand.toUpperCase(),
    last4: card.last4,
    month: String(card.expMonth).padStart(2, '0'),
    year: String(card.expYear % 100).padStart(2, '0'),
  });

interface PickerProps {
  cards: SavedCard[];
  customerName: string;
  amount: number;
  busy: boolean;
  error: string | null;
  onCharge: (paymentMethod: string) => void;
  onBack: () => void;
  /** Charge later: saves the order if it is not yet, and has the autopilot charge the card at `dueAt`. */
  onSchedule: (paymentMethod: string, dueAt: number) => Promise<Result<AutopilotTaskView>>;
  onNextSale: () => void;
}

/** "Card on file": the customer's saved cards, one chosen, and the charge for the amount of the payment. */
export function CardOnFilePicker({
  cards,
  customerName,
  amount,
  busy,
  error,
  onCharge,
  onBack,
  onSchedule,
  onNextSale,
}: PickerProps) {
  const { format } = useTillSetup();
  const [chosen, setChosen] = useState<string | null>(cards[0]?.paymentMethod ?? null);
  const chosenCard = cards.find((card) => card.paymentMethod === chosen);
  return (
    <div className="link-panel" data-testid="card-on-file">
      <h3 className="link-panel__title">{t('offsession.title')}</h3>
      {cards.length === 0 ? <p>{t('offsession.noCards')}</p> : null}
      <div
        className="card-on-file__cards"
        role="radiogroup"
        aria-label={t('offsession.forCustomer', { name: customerName })}
      >
        {cards.map((card) => (
          <label key={card.paymentMethod} className="card-on-file__card">
            <input
              type="radio"
              name="card-on-file"
              checked={chosen === card.paymentMethod}
              onChange={() => setChosen(card.paymentMethod)}
            />
            {cardText(card)}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="entry__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || chosen === null}
          onClick={() => chosen && onCharge(chosen)}
        >
          {t('offsession.charge', { amount: format.money(amount) })}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onBack}>
          {t('offsession.back')}
        </button>
      </div>
      <ScheduleCharge
        paymentMethod={chosen}
        cardLabel={chosenCard ? `${chosenCard.brand.toUpperCase()} •••• ${chosenCard.last4}` : ''}
        amount={amount}
        busy={busy}
        schedule={onSchedule}
        onNextSale={onNextSale}
      />
    </div>
  );
}

interface StatusProps {
  attempt: CardPayment;
  busy: boolean;
  error: string | null;
  onAction: (action: CardAction) => void;
}

/**
 * A charge on a card on file as it goes: charging, approved, declined with the reason, or waiting for the customer
 * to confirm with their bank on Stripe's page (its link and QR code). The sale completes by itself when it is paid.
 */
export function CardOnFileStatus({ attempt, busy, error, onAction }: StatusProps) {
  const { format } = useTillSetup();
  const waiting = attempt.state === 'waiting_for_card';
  // The link of this try (a new try gets a new page), asked for once the bank wants the customer.
  const key = `${attempt.attemptId}:${attempt.tryNumber}`;
  const [fetched, setFetched] = useState<{ key: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    void kassa.cards.chargeLink({ attemptId: attempt.attemptId }).then((answer) => {
      if (live && answer.ok) setFetched({ key, url: answer.value.url });
    });
    return () => {
      live = false;
    };
  }, [waiting, key, attempt.attemptId]);
  const link = waiting && fetched?.key === key ? fetched.url : null;
  const amount = format.money(attempt.amount);
  return (
    <div className="link-panel" data-testid="card-on-file-status" aria-live="polite">
      <h3 className="link-panel__title">{t('offsession.title')}</h3>
      {attempt.state === 'succeeded' && attempt.card ? (
        <p className="link-panel__state" role="status">
          {t('offsession.approved', {
            amount,
            brand: attempt.card.brand.toUpperCase(),
            last4: attempt.card.last4,
          })}
        </p>
      ) : attempt.state === 'declined' || attempt.state === 'failed' || attempt.state === 'canceled' ? (
        <>
          <p className="link-panel__state">{t('offsession.declined')}</p>
          <p className="field__error" role="alert" data-testid="card-on-file-reason">
            {failureText(attempt.failure, attempt.state)}
          </p>
        </>
      ) : waiting ? (
        <>
          <p role="status">{t('offsession.needsCustomer')}</p>
          {link ? (
            <>
              <QrCode text={link} label={t('offsession.openLink')} size={200} />
              <a
                className="button"
                href={link}
                target="_blank"
                rel="noreferrer"
                data-testid="card-on-file-link"
              >
                {t('offsession.openLink')}
              </a>
            </>
          ) : (
            <p>{t('offsession.waitingLink')}</p>
          )}
        </>
      ) : (
        <p role="status">{t('offsession.charging')}</p>
      )}
      <ErrorLine text={error} />
      <AttemptButtons
        className="entry__actions"
        busy={busy}
        buttons={[
          {
            show: attempt.actions.retry,
            label: t('offsession.tryAgain'),
            tone: 'primary',
            onClick: () => onAction('retry'),
          },
          {
            show: waiting && attempt.actions.cancel,
            label: t('offsession.cancel'),
            tone: 'danger',
            onClick: () => onAction('cancel'),
          },
          {
            show: attempt.state === 'declined' || attempt.state === 'failed' || attempt.state === 'canceled',
            label: t('offsession.back'),
            onClick: () => onAction('dismiss'),
          },
        ]}
      />
    </div>
  );
}
