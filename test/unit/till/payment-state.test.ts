import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/shared/ipc/orders.ts';
import type { CardPayment } from '../../../src/shared/ipc/payments.ts';
import type { PaymentMethod } from '../../../src/shared/ipc/store.ts';
import {
  currentMethod,
  initialPaymentState,
  paymentReducer,
  type PaymentAction,
  type PaymentState,
} from '../../../src/renderer/till/payment/payment-state.ts';

const cash = { id: 'cash', name: 'Cash', journal: 'cash' } as PaymentMethod;
const card = { id: 'card', name: 'Card', journal: 'bank' } as PaymentMethod;
const order = { id: 'o1', status: 'open', total: 500, paid: 0, remaining: 500 } as Order;
const attempt = (state: CardPayment['state'], updatedAt: number, attemptId = 'a1', orderId = 'o1') =>
  ({ attemptId, orderId, state, updatedAt }) as CardPayment;

const run = (actions: PaymentAction[], from: PaymentState = initialPaymentState(null)) =>
  actions.reduce(paymentReducer, from);

describe('the payment screen’s state', () => {
  it.each<[string, PaymentAction[], Partial<PaymentState>]>([
    [
      'a failed call ends the busy state and shows why, next to its field',
      [
        { type: 'callStarted' },
        { type: 'callFailed', problem: { field: 'tendered', message: 'Too little' } },
      ],
      { busy: false, problem: { field: 'tendered', message: 'Too little' } },
    ],
    [
      'a failed card call ends the busy state and shows on the card panel',
      [{ type: 'callStarted' }, { type: 'cardCallFailed', message: 'Reader offline' }],
      { busy: false, cardError: 'Reader offline' },
    ],
    [
      'a failed void ends the busy state, closes the question and shows why',
      [
        { type: 'confirm', question: 'void' },
        { type: 'callStarted' },
        { type: 'voidFailed', message: 'Locked' },
      ],
      { busy: false, confirm: null, problem: { field: null, message: 'Locked' } },
    ],
    [
      'saving the order ends the busy state and empties the lines taken on screen',
      [
        { type: 'takeLine', line: { id: 'l1', method: cash, amount: 100, tendered: 100 } },
        { type: 'callStarted' },
        { type: 'orderSaved', order },
      ],
      { busy: false, lines: [], saved: order },
    ],
    [
      'typing clears the refusal shown',
      [
        { type: 'refuse', problem: { field: 'amount', message: 'No' } },
        { type: 'typeText', field: 'amount', text: '5' },
      ],
      { problem: null },
    ],
    [
      'a new entry starts from the amount due with the cash received empty',
      [
        { type: 'typeText', field: 'tendered', text: '20' },
        { type: 'startEntry', key: 'cash:500', amountText: '5.00', field: 'tendered' },
      ],
      { entry: { key: 'cash:500', amountText: '5.00', receivedText: '', activeField: 'tendered' } },
    ],
    [
      'the keypad types into the field that has the focus',
      [
        { type: 'startEntry', key: 'cash:500', amountText: '5.00', field: 'tendered' },
        { type: 'typeKey', key: '1', decimalMark: '.' },
        { type: 'typeKey', key: 'decimal', decimalMark: '.' },
        { type: 'focusField', field: 'amount' },
        { type: 'typeKey', key: 'back', decimalMark: '.' },
      ],
      { entry: { key: 'cash:500', amountText: '5.0', receivedText: '1.', activeField: 'amount' } },
    ],
    [
      'late news of a card payment put aside does not bring it back',
      [
        { type: 'orderSaved', order },
        { type: 'cardShown', attempt: attempt('declined', 2) },
        { type: 'cardDismissed' },
        { type: 'cardUpdated', attempt: attempt('declined', 3) },
      ],
      { attempt: null },
    ],
    [
      'an older view of the card payment does not replace a newer one',
      [
        { type: 'orderSaved', order },
        { type: 'cardUpdated', attempt: attempt('processing', 5) },
        { type: 'cardFound', attempt: attempt('waiting_for_card', 4) },
      ],
      { attempt: attempt('processing', 5) },
    ],
    [
      // A terminal in standalone mode is refused at once: the news can come before the Send's own answer.
      'the Send’s answer does not hide a refusal heard before it',
      [
        { type: 'callStarted' },
        { type: 'orderSaved', order },
        { type: 'callStarted' },
        { type: 'cardUpdated', attempt: attempt('sending', 1) },
        { type: 'cardUpdated', attempt: attempt('failed', 2) },
        { type: 'cardShown', attempt: attempt('sending', 1) },
      ],
      { busy: false, attempt: attempt('failed', 2) },
    ],
    [
      'of two views written in the same millisecond, the one further along stays',
      [
        { type: 'orderSaved', order },
        { type: 'callStarted' },
        { type: 'cardUpdated', attempt: attempt('sending', 7) },
        { type: 'cardUpdated', attempt: attempt('failed', 7) },
        { type: 'cardShown', attempt: attempt('sending', 7) },
      ],
      { attempt: attempt('failed', 7) },
    ],
    [
      'news of another order’s card payment is not shown',
      [
        { type: 'orderSaved', order },
        { type: 'cardUpdated', attempt: attempt('waiting_for_card', 3, 'a9', 'o2') },
      ],
      { attempt: null },
    ],
    [
      'a settled card panel gives way when the void fails, so the reason shows with the entry form',
      [
        { type: 'cardShown', attempt: attempt('canceled', 2) },
        { type: 'voidFailed', message: 'No' },
      ],
      { attempt: null },
    ],
  ])('%s', (_name, actions, expected) => {
    expect(run(actions)).toMatchObject(expected);
  });

  it('the method picked gives way to the first one offered when it is no longer offered', () => {
    const picked = run([{ type: 'pickMethod', methodId: 'card' }]);
    expect(currentMethod(picked, [cash, card])).toBe(card);
    expect(currentMethod(picked, [cash])).toBe(cash);
    expect(currentMethod(picked, [])).toBeNull();
  });

  it('a resumed order starts saved', () => {
    expect(initialPaymentState(order).saved).toBe(order);
  });
});
