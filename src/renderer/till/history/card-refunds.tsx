import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { KassaError } from '../../../shared/errors.ts';
import { refundFailureWords } from '../../../shared/payments/failure-words.ts';
import { t, type MessageKey } from '../../../shared/i18n/translate.ts';
import type { Order, PaymentLine } from '../../../shared/ipc/orders.ts';
import type { Refund } from '../../../shared/ipc/payments.ts';
import { cardBrand } from '../payment/card-status.tsx';
import { AmountField, ConfirmActions, useApprovedRequest, withPin } from '../entry-fields.tsx';
import type { Formatters } from '../../shared/formatters.ts';
import { useTillSetup } from '../till-context.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';

/** What is still refundable on a card line: its amount less the refunds not known to have failed. */
export function refundableOn(line: PaymentLine, refunds: readonly Refund[]): number {
  const refunded = refunds
    .filter((r) => r.paymentLineId === line.id && r.state !== 'failed')
    .reduce((sum, r) => sum + r.amount, 0);
  return Math.max(0, line.amount - refunded);
}

/** Why a card refund is given, as Stripe records it. */
const reasonKeys = {
  requested_by_customer: 'holdtill.reason.requested_by_customer',
  duplicate: 'holdtill.reason.duplicate',
  fraudulent: 'holdtill.reason.fraudulent',
} as const satisfies Record<string, MessageKey>;
type RefundReason = keyof typeof reasonKeys;
const refundReasons = Object.keys(reasonKeys) as RefundReason[];

/** Refunds back to the card from the order detail (STT-7): in full or in part, with those already made. */
export function CardRefunds({ order }: { order: Order }) {
  const { format } = useTillSetup();
  const [open, setOpen] = useState<string | null>(null);
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState<RefundReason>('requested_by_customer');
  const [error, setError] = useState<string | null>(null);
  const { busy, send, approvalDialog } = useApprovedRequest();
  const refundList = useData(() => kassa.payments.refundsForOrder({ orderId: order.id }), order.id, {
    refreshOn: ['refunds.updated'],
  });
  const refunds: readonly Refund[] = refundList.data ?? [];
  // Lines a provider confirmed as paid on the card. A payment made before Kassa read Mercado Pago's card digits has
  // none, so the payments say which lines to offer; one recorded on a manager's word (forced) is not refunded from here.
  const attempts = useData(() => kassa.payments.forOrder({ orderId: order.id }), order.id);
  const confirmedLines = new Set(
    (attempts.data ?? []).filter((a) => a.state === 'succeeded' && !a.forced).map((a) => a.paymentLineId),
  );
  const shownError = error ?? (refundList.error ? errorText(refundList.error) : undefined) ?? null;

  const cardLines = order.payments.filter(
    (p) => p.status === 'paid' && (p.cardLast4 !== null || confirmedLines.has(p.id)),
  );
  if (cardLines.length === 0) return null;

  const start = (line: PaymentLine) => {
    setOpen(line.id);
    setAmountText(format.amountInput(refundableOn(line, refunds), order.currency));
    setError(null);
  };

  const confirm = async (line: PaymentLine) => {
    let amount: number;
    try {
      amount = format.parseAmount(amountText, order.currency);
    } catch (problem) {
      if (problem instanceof KassaError) {
        setError(errorText(problem));
        return;
      }
      throw problem;
    }
    const max = refundableOn(line, refunds);
    if (amount <= 0) {
      setError(t('refund.zero'));
      return;
    }
    if (amount > max) {
      setError(t('refund.max', { amount: format.money(max, order.currency) }));
      return;
    }
    // One id for the first try and the approved one: main never refunds the same request twice.
    const refundId = crypto.randomUUID();
    const result = await send((managerPin) =>
      kassa.payments.refund({
        refundId,
        orderId: order.id,
        paymentLineId: line.id,
        amount,
        reason,
        ...withPin(managerPin),
      }),
    );
    if (!result.ok) {
      setError(errorText(result.error));
      return;
    }
    setOpen(null);
    refundList.reload();
  };

  return (
    <section className="refunds" aria-label={t('refund.list')} data-testid="card-refunds">
      {cardLines.map((line) => {
        const left = refundableOn(line, refunds);
        const label =
          line.cardLast4 === null
            ? line.methodName
            : `${line.methodName} · ${t('card.paidWith', {
                brand: cardBrand(line.cardBrand ?? ''),
                last4: line.cardLast4,
              })}`;
        return (
          <div key={line.id} className="refunds__line">
            <div className="refunds__head">
              <span className="refunds__card">{label}</span>
              <span className="refunds__amount">{format.money(line.amount, order.currency)}</span>
              {left > 0 && open !== line.id ? (
                <button type="button" className="button button--small" onClick={() => start(line)}>
                  {t('refund.action')}
                </button>
              ) : null}
            </div>
            <ul className="refunds__done">
              {refunds
                .filter((r) => r.paymentLineId === line.id)
                .map((r) => (
                  <li key={r.id} data-testid="refund-row">
                    <span>{format.dateTime(r.createdAt)}</span>
                    <span>{r.kind === 'release' ? t('refund.released') : t(`refund.state.${r.state}`)}</span>
                    <span className="num">−{format.money(r.amount, order.currency)}</span>
                    {r.failureCode || r.failureMessage ? (
                      <span className="field__error">
                        {r.failureCode
                          ? errorText({ message: '', ...refundFailureWords(r.failureCode) })
                          : r.failureMessage}
                      </span>
                    ) : null}
                  </li>
                ))}
            </ul>
            {open === line.id ? (
              <form
                className="refunds__form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void confirm(line);
                }}
              >
                <p className="refunds__title">{t('refund.title')}</p>
                <AmountField
                  id={`refund-${line.id}`}
                  label={t('refund.amount')}
                  invalid={error !== null}
                  autoFocus
                  value={amountText}
                  onChange={(text) => {
                    setAmountText(text);
                    setError(null);
                  }}
                />
                <div className="field field--compact">
                  <label className="field__label" htmlFor={`refund-reason-${line.id}`}>
                    {t('holdtill.refundReason')}
                  </label>
                  <select
                    id={`refund-reason-${line.id}`}
                    className="field__input"
                    value={reason}
                    onChange={(event) => setReason(event.target.value as RefundReason)}
                  >
                    {refundReasons.map((r) => (
                      <option key={r} value={r}>
                        {t(reasonKeys[r])}
                      </option>
                    ))}
                  </select>
                </div>
                <ConfirmActions
                  cancelLabel={t('refund.cancel')}
                  onCancel={() => setOpen(null)}
                  confirmLabel={t('refund.confirm', {
                    amount: moneyOrText(amountText, order.currency, format),
                  })}
                  busy={busy}
                  danger
                />
              </form>
            ) : null}
          </div>
        );
      })}
      {shownError ? (
        <p className="field__error" role="alert">
          {shownError}
        </p>
      ) : null}
      {approvalDialog}
    </section>
  );
}

function moneyOrText(text: string, currency: string, format: Formatters): string {
  try {
    return format.money(format.parseAmount(text, currency), currency);
  } catch {
    return text;
  }
}
