import type { CardInfo, Failure, Observation } from '../../terminal-provider.ts';
import type { MercadoPagoOrder, MercadoPagoPayment } from './wire.ts';

/** What a cashier should read when the terminal declines a card, by the payment's `status_detail`. */
const declineWords: Readonly<Record<string, string>> = {
  rejected_by_issuer: 'Declined by the card issuer. Ask for another card or another way to pay.',
  insufficient_amount: 'Declined: not enough money on the card. Ask for another card or another way to pay.',
  high_risk: "Declined by Mercado Pago's fraud check. Ask for another way to pay.",
  processing_error: 'The terminal could not process the card. Send the payment again.',
  card_disabled: 'Declined: the card is blocked. Ask for another card.',
  bad_filled_card_data: 'Declined: the card was not read correctly. Send the payment again.',
  required_call_for_authorize:
    'Declined: the bank wants the customer to call them first. Ask for another card or another way to pay.',
  amount_limit_exceeded:
    "Declined: the amount is over the card's limit. Ask for another card, or split the payment.",
  invalid_installments:
    'Declined: the card does not allow those installments. Send it again with one installment.',
  max_attempts_exceeded: 'Declined: too many tries with this card. Ask for another card.',
};

export function declineFailure(statusDetail: string): Failure {
  return {
    code: statusDetail || 'declined',
    message:
      declineWords[statusDetail] ??
      `Declined by Mercado Pago (${statusDetail || 'no reason given'}). Ask for another card or another way to pay.`,
  };
}

export const expiredFailure: Failure = {
  code: 'expired',
  message:
    'Nobody paid on the terminal in time, so Mercado Pago let the payment expire. Send it again if the customer still wants to pay by card.',
};

export const actionRequiredFailure: Failure = {
  code: 'action_required',
  message:
    'Check the terminal: Mercado Pago lost contact with it during the payment. Look at the terminal screen or its last ticket and record whether the payment was approved (manager PIN).',
};

export function canceledFailure(statusDetail: string): Failure {
  return statusDetail === 'canceled_on_terminal'
    ? { code: 'canceled_on_terminal', message: 'The payment was canceled on the terminal.' }
    : { code: 'canceled', message: 'The payment was canceled.' };
}

/**
 * Mercado Pago's method ids name the brand and, for debit, prefix it (`debvisa`, `debmaster`); the receipt
 * writes the brand the way the Stripe provider reports it, so one list of names serves both.
 */
const brands: Readonly<Record<string, string>> = {
  visa: 'visa',
  debvisa: 'visa',
  master: 'mastercard',
  debmaster: 'mastercard',
  amex: 'amex',
  elo: 'elo',
  debelo: 'elo',
  hipercard: 'hipercard',
  maestro: 'maestro',
  cabal: 'cabal',
  debcabal: 'cabal',
  naranja: 'naranja',
  diners: 'diners',
};

/** The brand and last four digits of the card that paid, where Mercado Pago reports them (issue 15.17). */
export function cardOf(payment: MercadoPagoPayment | undefined): CardInfo | null {
  const last4 = payment?.card?.last_four_digits;
  if (typeof last4 !== 'string' || !/^\d{4}$/.test(last4)) return null;
  const method = payment?.payment_method?.id ?? '';
  return { brand: brands[method] ?? (method || 'card'), last4 };
}

/** Point orders carry exactly one payment; an order without one is treated as not yet paid. */
export function paymentOf(order: MercadoPagoOrder): MercadoPagoPayment | undefined {
  return order.transactions.payments[0];
}

/**
 * An order's status in the orchestrator's words. `processed` counts as paid only when the payment inside it
 * is processed too; a `refunded` order was paid first (refunds are followed separately). `expired` means no
 * card was ever read, so it ends like a cancel: the line fails and the cashier may send it again.
 */
export function observeOrder(order: MercadoPagoOrder): Observation {
  const providerRef = order.id;
  const payment = paymentOf(order);
  const detail = payment?.status_detail ?? order.status_detail;
  switch (order.status) {
    case 'created':
    case 'at_terminal':
      return { phase: 'waiting_for_card', providerRef };
    case 'processed':
      // Mercado Pago can report the order before the payment inside it settles: keep looking.
      return payment?.status === 'processed'
        ? { phase: 'succeeded', providerRef, card: cardOf(payment) }
        : { phase: 'processing', providerRef };
    case 'refunded':
      return { phase: 'succeeded', providerRef, card: cardOf(payment) };
    case 'failed':
      return { phase: 'declined', providerRef, failure: declineFailure(detail) };
    case 'canceled':
      return { phase: 'canceled', providerRef, failure: canceledFailure(detail) };
    case 'expired':
      return { phase: 'canceled', providerRef, failure: expiredFailure };
    case 'action_required':
      return { phase: 'needs_check', providerRef, failure: actionRequiredFailure };
  }
}

/** Orders still waiting for the terminal: the terminal takes no other order until they end. */
export const isOpenOrder = (order: MercadoPagoOrder): boolean =>
  order.status === 'created' || order.status === 'at_terminal';
