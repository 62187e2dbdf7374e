import { useEffect, useState } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { LinkChoice, PaymentLink } from '../../../shared/ipc/paylinks.ts';
import type { LinkMethod } from '../../../shared/payments/link-methods.ts';
import { kassa } from '../../shared/kassa.ts';
import { linkMethodName as methodName } from '../../shared/link-method-names.ts';
import { useTillSetup } from '../till-context.tsx';
import { RemoteOrderForm } from '../remote/remote-order-form.tsx';
import { LinkShare } from './link-share.tsx';
import './link-panel.css';
import { ErrorLine } from '../../shared/error-line.tsx';
import { disputeReasonKey } from '../../../shared/payments/stripe-words.ts';

/** A dispute's reason in the cashier's words; a reason Stripe added later shows as its code. */
const disputeReasonWords = (reason: string): string => {
  const key = disputeReasonKey(reason);
  return key ? t(key) : reason;
};

const stateText: Record<PaymentLink['state'], () => string> = {
  creating: () => t('paylink.state.creating'),
  open: () => t('paylink.state.open'),
  awaiting_settlement: () => t('paylink.state.awaiting_settlement'),
  paid: () => t('paylink.state.paid'),
  failed: () => t('paylink.state.failed'),
  expired: () => t('paylink.state.expired'),
  canceled: () => t('paylink.state.canceled'),
};

export const linkStateText = (state: PaymentLink['state']): string => stateText[state]();

export const isLinkLive = (link: PaymentLink): boolean =>
  link.state === 'creating' || link.state === 'open' || link.state === 'awaiting_settlement';

interface LinkPanelProps {
  link: PaymentLink;
  /** Why methods enabled for links are not offered on this one (the currency, a missing publishable key). */
  notOffered: { method: LinkMethod; reason: 'currency' | 'publishable_key' }[];
  /** What Stripe said about paying the money out to the shop (null: not known now). */
  payouts: LinkChoice['payouts'];
  onChanged: (link: PaymentLink) => void;
  onDismiss: () => void;
  /** On the payment screen: the order may become a remote order, and the till goes on to the next sale. */
  onNextSale?: () => void;
}

/**
 * A payment link on the till: its QR code and address for the customer's phone, where it stands, and what the
 * cashier may do (cancel it and take the payment another way, or make a new one after it expired). The sale
 * completes by itself when the payment arrives; nothing here needs a click for that.
 */
export function LinkPanel({ link, notOffered, payouts, onChanged, onDismiss, onNextSale }: LinkPanelProps) {
  const { format, store } = useTillSetup();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [remote, setRemote] = useState<'form' | { name: string } | null>(null);

  useEffect(
    () =>
      kassa.on('paylinks.updated', (update) => {
        if (update.id === link.id) onChanged(update);
      }),
    [link.id, onChanged],
  );

  const act = async (action: 'cancel' | 'renew') => {
    setBusy(true);
    setError(null);
    const result = await kassa.paylinks[action]({ linkId: link.id });
    setBusy(false);
    if (result.ok) onChanged(result.value);
    else setError(errorText(result.error));
  };

  const amount = format.money(link.amount);
  const live = isLinkLive(link);

  return (
    <div className="link-panel" data-testid="payment-link" data-state={link.state}>
      <h3 className="link-panel__title">{t('paylink.title', { amount })}</h3>
      <p className="link-panel__state" role="status">
        {stateText[link.state]()}
      </p>
      {link.dispute ? (
        <p className="field__error" role="alert">
          {t('paylink.dispute', { reason: disputeReasonWords(link.dispute) })}
        </p>
      ) : null}
      {link.state === 'open' && link.url ? (
        <>
          <p className="link-panel__expires">{t('paylink.expires', { time: format.time(link.expiresAt) })}</p>
          <LinkShare
            url={link.url}
            qrLabel={t('paylink.qr')}
            inputId="paylink-url"
            inputLabel={t('paylink.url')}
            mail={{
              subject: t('paylink.mailSubject', { store: store.name }),
              body: t('paylink.mailBody', { amount, url: link.url }),
            }}
          />
        </>
      ) : null}
      <p className="link-panel__methods">
        {t('paylink.methods', { methods: link.methods.map((m) => methodName[m]()).join(', ') })}
      </p>
      {notOffered.map((n) => (
        <p key={n.method} className="link-panel__not-offered">
          {n.reason === 'currency'
            ? t('paylink.notOffered.currency', { method: methodName[n.method](), currency: link.currency })
            : t('paylink.notOffered.publishableKey', { method: methodName[n.method]() })}
        </p>
      ))}
      {payouts?.bankAccount === false ? (
        <p className="link-panel__payouts" role="note">
          {t('paylink.payouts.noBank')}
        </p>
      ) : null}
      {payouts && payouts.currentlyDue.length > 0 ? (
        <p className="link-panel__payouts" role="note">
          {t('paylink.payouts.due', { fields: payouts.currentlyDue.join(', ') })}
        </p>
      ) : null}
      {payouts &&
      !payouts.payoutsEnabled &&
      payouts.bankAccount !== false &&
      payouts.currentlyDue.length === 0 ? (
        <p className="link-panel__payouts" role="note">
          {t('paylink.payouts.paused')}
        </p>
      ) : null}
      <ErrorLine text={error} />
      <div className="entry__actions">
        {link.state === 'open' || link.state === 'creating' ? (
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => void act('cancel')}
          >
            {t('paylink.cancel')}
          </button>
        ) : null}
        {link.state === 'expired' || link.state === 'canceled' || link.state === 'failed' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void act('renew')}
          >
            {t('paylink.renew')}
          </button>
        ) : null}
        {!live ? (
          <button type="button" className="button" disabled={busy} onClick={onDismiss}>
            {t('paylink.otherWay')}
          </button>
        ) : null}
        {onNextSale && link.state === 'open' && remote === null ? (
          <button type="button" className="button" onClick={() => setRemote('form')}>
            {t('remote.button')}
          </button>
        ) : null}
      </div>
      {onNextSale && remote === 'form' ? (
        <RemoteOrderForm
          orderId={link.orderId}
          saved={null}
          onSaved={(saved) => setRemote({ name: saved.name })}
          onCancel={() => setRemote(null)}
        />
      ) : null}
      {onNextSale && remote !== null && remote !== 'form' ? (
        <div className="link-panel__remote" data-testid="remote-saved">
          <p role="status">{t('remote.saved', { name: remote.name })}</p>
          <p>{t('remote.nextSaleHint')}</p>
          <button type="button" className="button button--primary" onClick={onNextSale}>
            {t('remote.nextSale')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
