import type { AttemptState } from '../ipc/payments.ts';

/**
 * The one definition of where a card payment attempt stands, for the core and the windows alike. The journal
 * builds its SQL from these lists, so "open" means the same in a query as in a screen.
 */

/** The terminal is busy with the attempt: it was sent or is about to be, and the card may still be read. */
export const onTerminalStates = [
  'created',
  'sending',
  'waiting_for_card',
  'processing',
  'authorized',
] as const satisfies readonly AttemptState[];

/** States an attempt ends in. `needs_check` is final unless a manager forced the line as paid (see below). */
export const endStates = [
  'succeeded',
  'declined',
  'canceled',
  'failed',
  'needs_check',
] as const satisfies readonly AttemptState[];

export interface AttemptStanding {
  state: AttemptState;
  /** A manager recorded the line as paid while the provider could not be asked (force done). */
  forced: boolean;
}

const onTerminal: ReadonlySet<AttemptState> = new Set(onTerminalStates);

/** The terminal is still busy with it: another payment on the same terminal must wait. */
export const isOnTerminal = (state: AttemptState): boolean => onTerminal.has(state);

/**
 * Kassa still follows it with the provider: it is on the terminal, or it was forced as paid and waits for the
 * provider to confirm that the money came.
 */
export const isOpenAttempt = (a: AttemptStanding): boolean =>
  isOnTerminal(a.state) || (a.forced && a.state === 'needs_check');

/** Its outcome is settled: nothing more is asked of the provider. */
export const isFinalAttempt = (a: AttemptStanding): boolean => !isOpenAttempt(a);
