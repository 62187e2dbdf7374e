/*
 * The payment screen as a pure reducer: every piece of what the screen shows (the lines taken, the saved order,
 * the method, what is typed, the card payment on the reader, the question asked) changes only through these
 * actions, so each step can be table-tested and React only renders. The hooks in use-payment.ts make the calls
 * to main and dispatch what they answer; every answer, a failure included, ends the busy state.
 */
import { isFinalAttempt } from '../../../shared/payments/attempt-states.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { CardPayment } from '../../../shared/ipc/payments.ts';
import type { PaymentMethod } from '../../../shared/ipc/store.ts';
import { applyKeypadKey, type KeypadKey } from '../../shared/keypad-keys.ts';
import type { PendingPayment, PlannedPayment } from './payment-plan.ts';

export type Field = 'amount' | 'tendered';
export interface Problem {
  field: Field | null;
  message: string;
}

/** The attempt has ended and offers nothing more here: a declined card may be retried, a check waits for a person. */
export const isCardSettled = (attempt: CardPayment) =>
  isFinalAttempt(attempt) && attempt.state !== 'declined' && attempt.state !== 'needs_check';

/** What is being typed for the next payment line, and for which method and amount due it was started. */
export interface Entry {
  /** `${methodId}:${prefill}`: a new method or a new amount due starts the entry afresh. */
  key: string;
  amountText: string;
  receivedText: string;
  activeField: Field;
}

export interface PaymentState {
  /** Lines taken on screen and not yet sent (the order is not saved yet). */
  lines: readonly PendingPayment[];
  /** The order once saved (a card payment needs one, or prices moved at checkout); null until then. */
  saved: Order | null;
  pickedMethodId: string | null;
  entry: Entry;
  problem: Problem | null;
  /** A call to main is under way: the buttons that would start another wait. */
  busy: boolean;
  confirm: 'leave' | 'void' | null;
  /** Cash received far above the amount, waiting for the cashier to say it is right. */
  bigTender: PlannedPayment | null;
  /** The card payment the status panel shows. */
  attempt: CardPayment | null;
  cardError: string | null;
  /**
   * Counts the moments the entry form should take the focus again although nothing in it changed: a method
   * tapped (its button would otherwise keep the focus, and Enter would tap it again rather than send), the card
   * panel put aside with "Pay another way".
   */
  focusRequests: number;
}

export type PaymentAction =
  | { type: 'pickMethod'; methodId: string }
  | { type: 'startEntry'; key: string; amountText: string; field: Field }
  | { type: 'typeText'; field: Field; text: string }
  | { type: 'typeKey'; key: KeypadKey; decimalMark: string }
  | { type: 'focusField'; field: Field }
  | { type: 'refuse'; problem: Problem }
  | { type: 'askBigTender'; planned: PlannedPayment }
  | { type: 'closeBigTender' }
  | { type: 'takeLine'; line: PendingPayment }
  | { type: 'removeLine'; id: string }
  | { type: 'callStarted' }
  | { type: 'callFailed'; problem: Problem }
  | { type: 'orderSaved'; order: Order }
  | { type: 'orderChanged'; order: Order }
  | { type: 'cardCallFailed'; message: string }
  | { type: 'cardShown'; attempt: CardPayment }
  | { type: 'cardUpdated'; attempt: CardPayment }
  | { type: 'cardFound'; attempt: CardPayment }
  | { type: 'cardDismissed' }
  | { type: 'confirm'; question: 'leave' | 'void' | null }
  | { type: 'voidFailed'; message: string };

export function initialPaymentState(resumed: Order | null): PaymentState {
  return {
    lines: [],
    saved: resumed,
    pickedMethodId: null,
    entry: { key: '', amountText: '', receivedText: '', activeField: 'amount' },
    problem: null,
    busy: false,
    confirm: null,
    bigTender: null,
    attempt: null,
    cardError: null,
    focusRequests: 0,
  };
}

/** The method in use: the one picked while it is still offered, else the first one offered. */
export function currentMethod(state: PaymentState, methods: readonly PaymentMethod[]): PaymentMethod | null {
  return methods.find((m) => m.id === state.pickedMethodId) ?? methods[0] ?? null;
}

/** The later view of one attempt; of two written in the same millisecond, the one further along. */
const newer = (shown: CardPayment, incoming: CardPayment) => {
  if (shown.updatedAt !== incoming.updatedAt) return shown.updatedAt > incoming.updatedAt ? shown : incoming;
  return isFinalAttempt(shown) && !isFinalAttempt(incoming) ? shown : incoming;
};

/**
 * Which card payment the status panel shows after an event: news of the one shown, or a payment that has just
 * started; late news of one the cashier already put aside does not come back.
 */
function followAttempt(shown: CardPayment | null, update: CardPayment): CardPayment | null {
  if (shown?.attemptId === update.attemptId) return newer(shown, update);
  if (shown === null && !isCardSettled(update) && update.state !== 'declined') return update;
  return shown;
}

export function paymentReducer(state: PaymentState, action: PaymentAction): PaymentState {
  switch (action.type) {
    case 'pickMethod':
      return { ...state, pickedMethodId: action.methodId, focusRequests: state.focusRequests + 1 };
    case 'startEntry':
      return {
        ...state,
        entry: {
          key: action.key,
          amountText: action.amountText,
          receivedText: '',
          activeField: action.field,
        },
        problem: null,
      };
    case 'typeText':
      return {
        ...state,
        entry: { ...state.entry, [action.field === 'amount' ? 'amountText' : 'receivedText']: action.text },
        problem: null,
      };
    case 'typeKey': {
      const name = state.entry.activeField === 'amount' ? 'amountText' : 'receivedText';
      const text = applyKeypadKey(state.entry[name], action.key, action.decimalMark);
      return { ...state, entry: { ...state.entry, [name]: text }, problem: null };
    }
    case 'focusField':
      return { ...state, entry: { ...state.entry, activeField: action.field } };
    case 'refuse':
      return { ...state, problem: action.problem };
    case 'askBigTender':
      return { ...state, bigTender: action.planned };
    case 'closeBigTender':
      return { ...state, bigTender: null };
    case 'takeLine':
      return { ...state, lines: [...state.lines, action.line], bigTender: null };
    case 'removeLine':
      return { ...state, lines: state.lines.filter((l) => l.id !== action.id) };
    case 'callStarted':
      return { ...state, busy: true, cardError: null, bigTender: null };
    case 'callFailed':
      // Nothing was recorded: the screen stays as it was, with the reason next to the field it concerns.
      return { ...state, busy: false, problem: action.problem };
    case 'orderSaved':
      return { ...state, busy: false, lines: [], saved: action.order };
    case 'orderChanged':
      return { ...state, saved: action.order };
    case 'cardCallFailed':
      return { ...state, busy: false, cardError: action.message };
    case 'cardShown':
      return {
        ...state,
        busy: false,
        attempt:
          state.attempt?.attemptId === action.attempt.attemptId
            ? newer(state.attempt, action.attempt)
            : action.attempt,
      };
    case 'cardUpdated':
      // The screen hears every card payment's news; only the saved order's concern it.
      if (state.saved === null || action.attempt.orderId !== state.saved.id) return state;
      return { ...state, attempt: followAttempt(state.attempt, action.attempt) };
    case 'cardFound': {
      // Updates may have arrived before the list: keep whichever view of the attempt is newer.
      const shown = state.attempt;
      const found = action.attempt;
      const take =
        shown === null || (shown.attemptId === found.attemptId && found.updatedAt > shown.updatedAt);
      return take ? { ...state, attempt: found } : state;
    }
    case 'cardDismissed':
      return { ...state, attempt: null, cardError: null, focusRequests: state.focusRequests + 1 };
    case 'confirm':
      return { ...state, confirm: action.question };
    case 'voidFailed':
      // The reason shows with the entry form, where the cashier takes the rest: a finished card panel gives way.
      return {
        ...state,
        busy: false,
        confirm: null,
        attempt: state.attempt && isCardSettled(state.attempt) ? null : state.attempt,
        problem: { field: null, message: action.message },
      };
  }
}
