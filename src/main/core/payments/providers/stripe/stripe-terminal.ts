import type Stripe from 'stripe';
import type {
  AttemptInfo,
  CardInfo,
  Observation,
  ProviderRecord,
  RefundResult,
  RequestJournal,
  TerminalProvider,
} from '../../terminal-provider.ts';
import { ProviderError } from '../../terminal-provider.ts';
import { checkStripeAmount } from '../../../../../shared/payments/stripe-amount-rules.ts';
import { declineMessage, toProviderError } from './stripe-errors.ts';

export interface StripeTerminalOptions {
  stripe: Stripe;
  /** Test-mode keys on simulated readers: demo buttons may present test cards. */
  simulated: boolean;
  /**
   * How often the reader is read while a payment is open: about 8 requests a second per open payment feels
   * instant to the cashier and stays well inside Stripe's 25 requests a second in test mode (100 live).
   */
  pollIntervalMs?: number;
}

const testCards = {
  approve: '4242424242424242',
  decline: '4000000000000002',
  insufficient_funds: '4000000000009995',
} as const;

export const wrap = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw toProviderError(error);
  }
};

/**
 * Sends a request through the journal. Stripe stores a 5xx under its idempotency key and replays it for
 * every retry, so after a 5xx Kassa looks at what actually happened: if the request took effect its result
 * is used, and only if it did not is the step given a fresh key for the orchestrator's next try.
 */
export async function sendOrVerify<T>(
  journal: RequestJournal,
  step: string,
  call: (idempotencyKey: string) => Promise<T>,
  lookup: () => Promise<T | null>,
  options?: { inert?: boolean },
): Promise<T> {
  try {
    return await journal.send(step, (key) => wrap(() => call(key)), options);
  } catch (error) {
    if (!(error instanceof ProviderError) || error.status === null || error.status < 500) throw error;
    const found = await lookup();
    if (found !== null) return found;
    journal.renew(step);
    throw error;
  }
}

function cardOf(intent: Stripe.PaymentIntent): CardInfo | null {
  const charge = intent.latest_charge;
  if (!charge || typeof charge === 'string') return null;
  const card = charge.payment_method_details?.card_present ?? charge.payment_method_details?.card;
  return card?.last4 ? { brand: card.brand ?? 'card', last4: card.last4 } : null;
}

/** What a PaymentIntent's status means for a counter payment with manual capture. */
export function observeIntent(intent: Stripe.PaymentIntent): Observation {
  switch (intent.status) {
    case 'requires_capture':
      return { phase: 'authorized', providerRef: intent.id, card: cardOf(intent) };
    case 'succeeded':
      return { phase: 'succeeded', providerRef: intent.id, card: cardOf(intent) };
    case 'canceled':
      return { phase: 'canceled', providerRef: intent.id };
    case 'processing':
      return { phase: 'processing', providerRef: intent.id };
    default: {
      const error = intent.last_payment_error;
      if (error) {
        return {
          phase: 'declined',
          providerRef: intent.id,
          failure: {
            code: error.decline_code ?? error.code ?? 'card_declined',
            message: declineMessage(error.code, error.decline_code),
          },
        };
      }
      return { phase: 'waiting_for_card', providerRef: intent.id };
    }
  }
}

/**
 * Stripe Terminal, server-driven (smart readers): a manual-capture PaymentIntent is handed to the reader
 * chosen by its serial number, the reader's action is polled, and the authorization is captured once Kassa
 * has recorded it. Payment methods name readers by serial number; the tmr_ id is looked up and cached.
 */
export function createStripeTerminal(options: StripeTerminalOptions): TerminalProvider {
  const { stripe } = options;
  const readerIds = new Map<string, string>();

  async function readerId(serial: string): Promise<string> {
    const cached = readerIds.get(serial);
    if (cached) return cached;
    const list = await wrap(() => stripe.terminal.readers.list({ serial_number: serial, limit: 1 }));
    const reader = list.data[0];
    if (!reader) {
      throw new ProviderError(
        'reader_not_found',
        `Stripe has no reader with serial number ${serial}. Check the serial number of this payment method.`,
        {
          retryable: false,
          maybeApplied: false,
        },
      );
    }
    readerIds.set(serial, reader.id);
    return reader.id;
  }

  const retrieveIntent = (id: string) =>
    wrap(() => stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));

  async function createIntent(attempt: AttemptInfo, journal: RequestJournal): Promise<string> {
    if (attempt.providerRef) return attempt.providerRef;
    const intent = await sendOrVerify(
      journal,
      'create_intent',
      (idempotencyKey) =>
        stripe.paymentIntents.create(
          {
            amount: attempt.amount,
            currency: attempt.currency.toLowerCase(),
            allowed_payment_method_types: ['card_present'],
            capture_method: 'manual',
            description: attempt.description,
            metadata: { kassa_attempt: attempt.id, kassa_order: attempt.orderId, kassa_till: attempt.tillId },
          },
          { idempotencyKey },
        ),
      () => findIntent(attempt),
      // A manual-capture PaymentIntent takes no money until a reader processes it (the next request).
      { inert: true },
    );
    journal.remember(intent.id);
    return intent.id;
  }

  /** The PaymentIntent created for an attempt, if any (listing is consistent at once; search is not). */
  async function findIntent(attempt: AttemptInfo): Promise<Stripe.PaymentIntent | null> {
    const recent = stripe.paymentIntents.list({
      created: { gte: Math.floor(Date.now() / 1000) - 2 * 86_400 },
      limit: 100,
    });
    for await (const intent of recent) if (intent.metadata?.kassa_attempt === attempt.id) return intent;
    return null;
  }

  const retrieveReader = (serial: string) =>
    wrap(async () => stripe.terminal.readers.retrieve(await readerId(serial)));

  function ourAction(reader: Stripe.Terminal.Reader | Stripe.Terminal.DeletedReader, intentId: string) {
    const action = 'action' in reader ? reader.action : null;
    return action?.type === 'process_payment_intent' &&
      action.process_payment_intent?.payment_intent === intentId
      ? action
      : null;
  }

  return {
    kind: 'stripe',
    pollIntervalMs: options.pollIntervalMs ?? 120,
    // Nothing tells Kassa of a tap on a Stripe reader: it looks at once after a change, then backs off.
    promptFirstLook: true,
    checkAmount: checkStripeAmount,

    async start(attempt, journal) {
      const intentId = await createIntent(attempt, journal);
      const reader = await readerId(attempt.terminalRef);
      await sendOrVerify(
        journal,
        `process_${attempt.tryNumber}`,
        (idempotencyKey) =>
          stripe.terminal.readers.processPaymentIntent(
            reader,
            { payment_intent: intentId, process_config: { enable_customer_cancellation: true } },
            { idempotencyKey },
          ),
        async () => {
          // Took effect if the reader is working on this PaymentIntent now (a failed action is an earlier try's).
          const current = await retrieveReader(attempt.terminalRef);
          const action = ourAction(current, intentId);
          if (action && action.status !== 'failed') return current;
          const intent = await retrieveIntent(intentId);
          return intent.status === 'requires_capture' || intent.status === 'succeeded' ? current : null;
        },
      );
      return { phase: 'waiting_for_card', providerRef: intentId };
    },

    async observe(attempt) {
      if (!attempt.providerRef) return { phase: 'not_found' };
      const reader = await retrieveReader(attempt.terminalRef);
      const action = ourAction(reader, attempt.providerRef);
      const ours = action !== null;
      if (ours && action.status === 'in_progress')
        return { phase: 'waiting_for_card', providerRef: attempt.providerRef };
      // A succeeded action means a manual-capture authorization: the capture's answer carries the card.
      if (ours && action.status === 'succeeded')
        return { phase: 'authorized', providerRef: attempt.providerRef, card: null };
      const intent = await retrieveIntent(attempt.providerRef);
      const seen = observeIntent(intent);
      if (seen.phase === 'waiting_for_card' && !ours) {
        // The reader no longer works on this payment (canceled on the reader, timed out, restarted).
        const message = 'The reader stopped waiting for the card.';
        const code = 'reader_action_ended';
        return {
          phase: 'declined',
          providerRef: attempt.providerRef,
          failure: { code, message: `${message} Send it again or choose another way to pay.` },
        };
      }
      if (seen.phase === 'waiting_for_card' && ours && action.status === 'failed') {
        return {
          phase: 'declined',
          providerRef: attempt.providerRef,
          failure: {
            code: action.failure_code ?? 'card_declined',
            message: declineMessage(action.failure_code, null),
          },
        };
      }
      return seen;
    },

    async capture(attempt, journal) {
      if (!attempt.providerRef) return { phase: 'not_found' };
      const intentId = attempt.providerRef;
      try {
        const intent = await sendOrVerify(
          journal,
          'capture',
          (idempotencyKey) =>
            stripe.paymentIntents.capture(intentId, { expand: ['latest_charge'] }, { idempotencyKey }),
          async () => {
            const current = await retrieveIntent(intentId);
            return current.status === 'requires_capture' ? null : current;
          },
        );
        return observeIntent(intent);
      } catch (error) {
        // Already captured or canceled (e.g. after the idempotency window): the PaymentIntent says which.
        if (error instanceof ProviderError && !error.retryable)
          return observeIntent(await retrieveIntent(intentId));
        throw error;
      }
    },

    async cancel(attempt, journal) {
      // A PaymentIntent whose creation may have gone out is looked up with the same key before canceling.
      const intentId = attempt.providerRef ?? (await createIntent(attempt, journal));
      const intent = await retrieveIntent(intentId);
      if (intent.status === 'succeeded') return observeIntent(intent);
      if (intent.status !== 'canceled' && intent.status !== 'requires_capture') {
        const reader = await retrieveReader(attempt.terminalRef);
        if (ourAction(reader, intentId)?.status === 'in_progress') {
          try {
            await sendOrVerify(
              journal,
              `cancel_action_${attempt.tryNumber}`,
              (idempotencyKey) => stripe.terminal.readers.cancelAction(reader.id, {}, { idempotencyKey }),
              async () => {
                const current = await retrieveReader(attempt.terminalRef);
                return ourAction(current, intentId)?.status === 'in_progress' ? null : current;
              },
            );
          } catch (error) {
            if (error instanceof ProviderError && error.code === 'terminal_reader_busy') {
              throw new ProviderError(
                'cancel_too_late',
                'The card is already being read; the payment can no longer be canceled. Wait for the result.',
                {
                  retryable: false,
                  maybeApplied: false,
                },
              );
            }
            throw error;
          }
        }
      }
      if (intent.status === 'canceled') return observeIntent(intent);
      const canceled = await sendOrVerify(
        journal,
        'cancel_intent',
        (idempotencyKey) => stripe.paymentIntents.cancel(intentId, {}, { idempotencyKey }),
        async () => {
          const current = await retrieveIntent(intentId);
          return current.status === 'canceled' || current.status === 'succeeded' ? current : null;
        },
      );
      return observeIntent(canceled);
    },

    async refund(attempt, refund, journal): Promise<RefundResult> {
      const result = await sendOrVerify(
        journal,
        `refund_${refund.id}`,
        (idempotencyKey) =>
          stripe.refunds.create(
            {
              payment_intent: attempt.providerRef!,
              amount: refund.amount,
              reason: refund.reason as Stripe.RefundCreateParams.Reason,
              metadata: { kassa_refund: refund.id, kassa_order: attempt.orderId },
            },
            { idempotencyKey },
          ),
        async () => {
          const refunds = await wrap(() =>
            stripe.refunds.list({ payment_intent: attempt.providerRef!, limit: 100 }),
          );
          return refunds.data.find((r) => r.metadata?.kassa_refund === refund.id) ?? null;
        },
      );
      const state =
        result.status === 'succeeded'
          ? 'succeeded'
          : result.status === 'failed' || result.status === 'canceled'
            ? 'failed'
            : 'pending';
      return {
        providerRef: result.id,
        state,
        ...(result.failure_reason
          ? { failureMessage: result.failure_reason, failureCode: result.failure_reason }
          : {}),
      };
    },

    async listRecent(sinceMs) {
      const records: ProviderRecord[] = [];
      const list = stripe.paymentIntents.list({ created: { gte: Math.floor(sinceMs / 1000) }, limit: 100 });
      for await (const intent of list) {
        if (!intent.metadata?.kassa_till) continue;
        // A card setup's validating hold is the setup's own, reconciled with the setups (cards-on-file.ts).
        if (intent.metadata.kassa_setup) continue;
        records.push({
          providerRef: intent.id,
          attemptId: intent.metadata.kassa_attempt ?? null,
          tillId: intent.metadata.kassa_till,
          amount: intent.amount,
          currency: intent.currency,
          phase: observeIntent(intent).phase,
          created: intent.created * 1000,
        });
        if (records.length >= 1000) break;
      }
      return records;
    },

    async simulateCard(attempt, card) {
      const reader = await readerId(attempt.terminalRef);
      await wrap(() =>
        stripe.testHelpers.terminal.readers.presentPaymentMethod(reader, {
          card_present: { number: testCards[card] },
        }),
      );
    },
  };
}
