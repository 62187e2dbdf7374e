import { describe, expect, it } from 'vitest';
import type { AttemptState } from '../../../src/shared/ipc/payments.ts';
import {
  cardPaymentView,
  cashierActions,
  type AttemptRecord,
} from '../../../src/shared/payments/attempt-view.ts';

type Row = { state: AttemptState; problem?: boolean; cancelAsked?: boolean; forced?: boolean };
const actionsOf = ({ state, problem = false, cancelAsked = false, forced = false }: Row) =>
  cashierActions({
    state,
    connection_problem: problem ? 1 : 0,
    cancel_requested: cancelAsked ? 1 : 0,
    forced: forced ? 1 : 0,
  });

describe('what a cashier may do with a card payment', () => {
  const none = { cancel: false, retry: false, checkAgain: false, forceDone: false };
  const table: [string, Row, typeof none][] = [
    ['just created', { state: 'created' }, { ...none, cancel: true }],
    ['being sent', { state: 'sending' }, { ...none, cancel: true }],
    ['waiting for the card', { state: 'waiting_for_card' }, { ...none, cancel: true }],
    ['card being read', { state: 'processing' }, none],
    ['authorized, being captured', { state: 'authorized' }, none],
    ['declined', { state: 'declined' }, { ...none, cancel: true, retry: true }],
    ['declined, cancel already asked', { state: 'declined', cancelAsked: true }, none],
    ['waiting, cancel already asked', { state: 'waiting_for_card', cancelAsked: true }, none],
    ['succeeded', { state: 'succeeded' }, none],
    ['canceled', { state: 'canceled' }, none],
    ['failed', { state: 'failed' }, none],
    ['needs a check on the terminal', { state: 'needs_check' }, none],
    [
      'waiting, provider unreachable',
      { state: 'waiting_for_card', problem: true },
      { cancel: true, retry: false, checkAgain: true, forceDone: true },
    ],
    [
      'processing, provider unreachable',
      { state: 'processing', problem: true },
      { ...none, checkAgain: true, forceDone: true },
    ],
    [
      'forced as paid, provider still unreachable',
      { state: 'needs_check', problem: true, forced: true },
      { ...none, checkAgain: true },
    ],
    ['ended, provider unreachable', { state: 'failed', problem: true }, none],
  ];
  for (const [name, row, expected] of table) {
    it(name, () => expect(actionsOf(row)).toEqual(expected));
  }
});

describe('the view of an attempt', () => {
  const row: AttemptRecord = {
    id: 'att_1',
    order_id: 'o1',
    payment_line_id: 'l1',
    method_id: 'stripe-chf',
    provider: 'stripe',
    terminal_ref: 'WSC-1',
    amount: 1050,
    currency: 'CHF',
    state: 'succeeded',
    try_number: 2,
    provider_ref: 'pi_1',
    connection_problem: 0,
    cancel_requested: 0,
    forced: 0,
    failure_code: null,
    failure_message: null,
    card_brand: 'visa',
    card_last4: '4242',
    order_amount: 1000,
    order_currency: 'EUR',
    exchange_rate: '1.05',
    created_at: 1,
    updated_at: 2,
  };
  it('carries the card, the conversion and the method name, and no card when only half of it is known', () => {
    const view = cardPaymentView(row, { methodName: 'Card (CHF)', simulated: false });
    expect(view).toMatchObject({
      methodName: 'Card (CHF)',
      card: { brand: 'visa', last4: '4242' },
      conversion: { orderAmount: 1000, orderCurrency: 'EUR', rate: '1.05' },
      tryNumber: 2,
      failure: null,
    });
    expect(
      cardPaymentView({ ...row, card_last4: null, exchange_rate: null }, { methodName: '', simulated: true }),
    ).toMatchObject({ card: null, conversion: null, simulated: true });
  });
});
