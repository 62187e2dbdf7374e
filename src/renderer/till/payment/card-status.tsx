import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import { failureText } from '../../../shared/i18n/errors.ts';
import type { CardPayment } from '../../../shared/ipc/payments.ts';
import { isOnTerminal } from '../../../shared/payments/attempt-states.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { useTillSetup } from '../till-context.tsx';
import { needsTerminalCheck, TerminalCheck } from './terminal-check.tsx';
import { isStandaloneRefusal, StandaloneTerminal } from './terminal-mode.tsx';
import './terminal-steps.css';
import { toDecimalString } from '../../../shared/money/money.ts';
import { kassa } from '../../shared/kassa.ts';
import { ErrorLine } from '../../shared/error-line.tsx';
import { isCardSettled } from './payment-state.ts';

export type CardAction = 'cancel' | 'retry' | 'checkAgain' | 'approve' | 'decline' | 'dismiss';

interface CardStatusProps {
  attempt: CardPayment;
  busy: boolean;
  error: string | null;
  onAction: (action: CardAction) => void;
  onForceDone: (managerPin: string) => void;
}

export { isCardSettled };

/**
 * The provider could not stop the payment from Kassa: only the terminal (or, once the card is being read,
 * nobody) can. Said until the payment ends, because the customer may still pay meanwhile.
 */
function cancelRefusal(attempt: CardPayment): 'cancel_on_terminal' | 'cancel_too_late' | null {
  if (isCardSettled(attempt) || attempt.state === 'needs_check') return null;
  const code = attempt.failure?.code;
  return code === 'cancel_on_terminal' || code === 'cancel_too_late' ? code : null;
}

/**
 * Sends the same amount again with the same method, as a new payment: the screen puts the ended one aside
 * first, so the new one is shown from its first update.
 */
async function sendAgain(attempt: CardPayment, dismiss: () => void): Promise<void> {
  dismiss();
  await kassa.payments.start({
    orderId: attempt.orderId,
    methodId: attempt.methodId,
    amount: orderAmountOf(attempt),
    paymentLineId: crypto.randomUUID(),
  });
}

/** What the payment pays towards the order, in the order's currency (the card may be charged in another). */
export function orderAmountOf(attempt: CardPayment): number {
  return attempt.conversion?.orderAmount ?? attempt.amount;
}

/** The live status of one card payment on the reader, with what the cashier may do now. */
export function CardStatus({ attempt, busy, error, onAction, onForceDone }: CardStatusProps) {
  const { format } = useTillSetup();
  const [askPin, setAskPin] = useState(false);
  const [pin, setPin] = useState('');
  const waiting = attempt.state === 'waiting_for_card';
  const check = needsTerminalCheck(attempt);
  const cancelThere = cancelRefusal(attempt);
  const tone =
    attempt.state === 'succeeded'
      ? 'ok'
      : check
        ? 'check'
        : attempt.state === 'declined' || attempt.state === 'failed' || attempt.state === 'needs_check'
          ? 'bad'
          : isOnTerminal(attempt.state)
            ? 'busy'
            : 'neutral';

  return (
    <section
      className={`card-status card-status--${tone}`}
      aria-label={t('card.status')}
      data-testid="card-status"
      data-state={attempt.state}
    >
      <p className="card-status__method">
        {attempt.methodName} · {format.money(orderAmountOf(attempt))}
        {attempt.conversion ? (
          <span className="card-status__conversion" data-testid="card-conversion">
            {' · '}
            {t('card.converted', {
              amount: `${toDecimalString(attempt.amount, attempt.currency)} ${attempt.currency}`,
              rate: attempt.conversion.rate,
            })}
          </span>
        ) : null}
      </p>
      <p className="card-status__state" role="status" data-testid="card-state">
        {t(`card.state.${attempt.state}`)}
        {attempt.state === 'succeeded' && attempt.card
          ? ` · ${t('card.paidWith', { brand: cardBrand(attempt.card.brand), last4: attempt.card.last4 })}`
          : ''}
      </p>
      {waiting ? <p className="card-status__hint">{t('card.waitingHint')}</p> : null}
      {cancelThere ? (
        <div className="terminal-step terminal-step--cancel" role="alert" data-testid="cancel-on-terminal">
          <h3 className="terminal-step__title">
            {cancelThere === 'cancel_on_terminal' ? t('terminal.cancelThere') : t('terminal.cancelTooLate')}
          </h3>
          <p className="terminal-step__text">{failureText(attempt.failure, attempt.state)}</p>
        </div>
      ) : attempt.failure && !isCardSettledOk(attempt) && !check ? (
        <p className="card-status__reason" data-testid="card-reason">
          {failureText(attempt.failure, attempt.state)}
        </p>
      ) : null}
      {check ? <TerminalCheck attempt={attempt} /> : null}
      {isStandaloneRefusal(attempt) ? (
        <StandaloneTerminal
          attempt={attempt}
          onSendAgain={() => void sendAgain(attempt, () => onAction('dismiss'))}
        />
      ) : null}
      {attempt.connectionProblem ? (
        <p className="card-status__reason">{t('card.connectionProblem')}</p>
      ) : null}
      <ErrorLine text={error} />

      {attempt.simulated && waiting ? (
        <div className="card-status__demo" role="group" aria-label={t('card.demo')}>
          <span className="card-status__demo-label">{t('card.demo')}</span>
          <button type="button" className="button" disabled={busy} onClick={() => onAction('approve')}>
            {t('card.presentApprove')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onAction('decline')}>
            {t('card.presentDecline')}
          </button>
        </div>
      ) : null}

      <AttemptButtons
        className="card-status__actions"
        busy={busy}
        buttons={[
          {
            show: attempt.actions.retry,
            label: t('card.retry'),
            tone: 'primary',
            onClick: () => onAction('retry'),
          },
          {
            show: attempt.actions.checkAgain,
            label: t('card.checkAgain'),
            onClick: () => onAction('checkAgain'),
          },
          {
            show: attempt.actions.forceDone && attempt.connectionProblem,
            label: t('card.forceDone'),
            tone: 'danger',
            onClick: () => setAskPin(true),
          },
          { show: attempt.actions.cancel, label: t('card.cancel'), onClick: () => onAction('cancel') },
          {
            show: attempt.state === 'declined' || isCardSettled(attempt),
            label: attempt.state === 'succeeded' ? t('card.takeRest') : t('card.otherWay'),
            tone: 'ghost',
            onClick: () => onAction('dismiss'),
            whileBusy: true,
          },
        ]}
      />

      {askPin ? (
        <Dialog title={t('card.forceTitle')} onClose={() => setAskPin(false)} className="dialog--confirm">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setAskPin(false);
              onForceDone(pin);
              setPin('');
            }}
          >
            <p className="dialog__text">{t('card.forceText')}</p>
            <div className="field">
              <label className="field__label" htmlFor="force-pin">
                {t('card.managerPin')}
              </label>
              <input
                id="force-pin"
                className="field__input"
                type="password"
                inputMode="numeric"
                autoComplete="off"
                autoFocus
                value={pin}
                onChange={(event) => setPin(event.target.value)}
              />
            </div>
            <div className="entry__actions">
              <button type="button" className="button" onClick={() => setAskPin(false)}>
                {t('card.back')}
              </button>
              <button type="submit" className="button button--danger">
                {t('card.confirm')}
              </button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </section>
  );
}

/** One of the buttons under a card payment's state: shown only where the attempt allows it. */
export interface AttemptButton {
  show: boolean;
  label: string;
  tone?: 'primary' | 'danger' | 'ghost';
  onClick: () => void;
  /** Usable while a request is under way (leaving the panel is; another request is not). */
  whileBusy?: boolean;
}

/** The row of what the cashier may do with a card attempt now: retry, cancel, go back… (the till and cards on file). */
export function AttemptButtons({
  className,
  busy,
  buttons,
}: {
  className: string;
  busy: boolean;
  buttons: readonly AttemptButton[];
}) {
  return (
    <div className={className}>
      {buttons
        .filter((b) => b.show)
        .map((b) => (
          <button
            key={b.label}
            type="button"
            className={b.tone ? `button button--${b.tone}` : 'button'}
            disabled={b.whileBusy ? undefined : busy}
            onClick={b.onClick}
          >
            {b.label}
          </button>
        ))}
    </div>
  );
}

const isCardSettledOk = (attempt: CardPayment) => attempt.state === 'succeeded';

/** "visa" → "Visa", as printed on the card. */
export function cardBrand(brand: string): string {
  const known: Record<string, string> = {
    visa: 'Visa',
    mastercard: 'Mastercard',
    amex: 'American Express',
    discover: 'Discover',
    jcb: 'JCB',
    unionpay: 'UnionPay',
    diners: 'Diners Club',
    interac: 'Interac',
    eftpos_au: 'eftpos',
    // Brands Mercado Pago reports in Latin America.
    elo: 'Elo',
    hipercard: 'Hipercard',
    maestro: 'Maestro',
    cabal: 'Cabal',
    naranja: 'Naranja',
  };
  return known[brand.toLowerCase()] ?? brand;
}
