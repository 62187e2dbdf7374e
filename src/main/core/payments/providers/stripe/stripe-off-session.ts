import type Stripe from 'stripe';
import type { AttemptInfo, Observation, RequestJournal, TerminalProvider } from '../../terminal-provider.ts';
import { ProviderError } from '../../terminal-provider.ts';
import { checkStripeAmount } from '../../../../../shared/payments/stripe-amount-rules.ts';
import { createStripeTerminal, observeIntent, sendOrVerify, wrap } from './stripe-terminal.ts';

export interface StripeOffSessionOptions {
  stripe: Stripe;
  /** The Stripe Customer a saved card (pm_…) belongs to, or null when Kassa has no such card on file. */
  customerOf(paymentMethod: string): string | null;
  /** Where Stripe's authentication page sends the customer when they are done. */
  returnUrl: string;
  /** How often a charge waiting for the customer is looked at (they take a while: about once a second). */
  pollIntervalMs?: number;
  /** A charge waiting for the customer this long is left to the minute sweep (default 5 minutes). */
  handOverAfterMs?: number;
}

interface CardErrorLike {
  type?: string;
  payment_intent?: Stripe.PaymentIntent;
  raw?: { payment_intent?: Stripe.PaymentIntent };
}

/**
 * A card declined by the issuer is an answer, not a failure of the request: Stripe's 402 carries the PaymentIntent
 * as it now stands (`requires_payment_method` with `last_payment_error`), and that is what the charge goes on from.
 */
async function answeredIntent(call: Promise<Stripe.PaymentIntent>): Promise<Stripe.PaymentIntent> {
  try {
    return await call;
  } catch (error) {
    const e = error as CardErrorLike;
    const intent = e.payment_intent ?? e.raw?.payment_intent;
    if (e.type === 'StripeCardError' && intent) return intent;
    throw error;
  }
}

const needsCustomer = (intent: Stripe.PaymentIntent): boolean =>
  intent.status === 'requires_payment_method' &&
  (intent.last_payment_error?.decline_code === 'authentication_required' ||
    intent.last_payment_error?.code === 'authentication_required');

/** A charge on a saved card as the orchestrator sees it: waiting for the customer while they authenticate. */
function observe(intent: Stripe.PaymentIntent): Observation {
  if (intent.status === 'requires_action') return { phase: 'waiting_for_card', providerRef: intent.id };
  return observeIntent(intent);
}

/**
 * Later charges on a card on file (STO-4, issue 13.4), as one more provider behind the same orchestrator and
 * journal: the attempt's terminal is the saved card (pm_…). `start` writes the create's key to the journal, then
 * creates and confirms the PaymentIntent off-session (`customer`, `payment_method`, `off_session`, `confirm`).
 * When the bank wants the customer present (`authentication_required`), the same PaymentIntent is confirmed again
 * on-session with a return URL: Stripe answers `requires_action` with a hosted authentication page
 * (`next_action.redirect_to_url`), offered to the customer as a link, and the attempt waits for them like a card
 * payment waits for a tap. Every step replays under its key after a crash, so nothing is charged twice.
 */
export function createStripeOffSession(options: StripeOffSessionOptions): TerminalProvider & {
  /** The hosted page where the customer authenticates a charge waiting for them, or null. */
  authenticationUrl(providerRef: string): Promise<string | null>;
} {
  const { stripe } = options;
  // Refunds, reconciliation and test cards are those of any Stripe PaymentIntent on the account.
  const base = createStripeTerminal({ stripe, simulated: false });
  const retrieve = (id: string) =>
    wrap(() => stripe.paymentIntents.retrieve(id, { expand: ['latest_charge'] }));

  /** The PaymentIntent made for an attempt, if any (listing is consistent at once). */
  async function findIntent(attempt: AttemptInfo): Promise<Stripe.PaymentIntent | null> {
    const recent = stripe.paymentIntents.list({
      created: { gte: Math.floor(Date.now() / 1000) - 2 * 86_400 },
      limit: 100,
    });
    for await (const intent of recent) if (intent.metadata?.kassa_attempt === attempt.id) return intent;
    return null;
  }

  function customer(attempt: AttemptInfo): string {
    const found = options.customerOf(attempt.terminalRef);
    if (found === null)
      throw new ProviderError('card_not_on_file', 'This card is no longer on file for the customer.', {
        retryable: false,
        maybeApplied: false,
      });
    return found;
  }

  /** The off-session charge of this try: the first creates the PaymentIntent, a retry confirms it again. */
  async function charge(attempt: AttemptInfo, journal: RequestJournal): Promise<Stripe.PaymentIntent> {
    if (attempt.tryNumber === 1 && attempt.providerRef) return retrieve(attempt.providerRef);
    if (attempt.tryNumber === 1) {
      const intent = await sendOrVerify(
        journal,
        'charge_on_file',
        (idempotencyKey) =>
          answeredIntent(
            stripe.paymentIntents.create(
              {
                amount: attempt.amount,
                currency: attempt.currency.toLowerCase(),
                customer: customer(attempt),
                payment_method: attempt.terminalRef,
                allowed_payment_method_types: ['card'],
                off_session: true,
                confirm: true,
                description: attempt.description,
                metadata: {
                  kassa_attempt: attempt.id,
                  kassa_order: attempt.orderId,
                  kassa_till: attempt.tillId,
                  kassa_off_session: '1',
                },
                expand: ['latest_charge'],
              },
              { idempotencyKey },
            ),
          ),
        () => findIntent(attempt),
      );
      journal.remember(intent.id);
      return intent;
    }
    const intentId = attempt.providerRef!;
    return sendOrVerify(
      journal,
      `confirm_${attempt.tryNumber}`,
      (idempotencyKey) =>
        answeredIntent(
          stripe.paymentIntents.confirm(
            intentId,
            { payment_method: attempt.terminalRef, off_session: true, expand: ['latest_charge'] },
            { idempotencyKey },
          ),
        ),
      async () => {
        const current = await retrieve(intentId);
        return current.status === 'requires_payment_method' && !current.last_payment_error ? null : current;
      },
    );
  }

  /** Confirms the PaymentIntent on-session: Stripe answers with the page where the customer authenticates. */
  function askCustomer(
    attempt: AttemptInfo,
    intentId: string,
    journal: RequestJournal,
  ): Promise<Stripe.PaymentIntent> {
    return sendOrVerify(
      journal,
      `authenticate_${attempt.tryNumber}`,
      (idempotencyKey) =>
        answeredIntent(
          stripe.paymentIntents.confirm(
            intentId,
            { payment_method: attempt.terminalRef, return_url: options.returnUrl, expand: ['latest_charge'] },
            { idempotencyKey },
          ),
        ),
      async () => {
        const current = await retrieve(intentId);
        return needsCustomer(current) ? null : current;
      },
    );
  }

  return {
    kind: 'stripe',
    pollIntervalMs: options.pollIntervalMs ?? 1_000,
    handOverAfterMs: options.handOverAfterMs ?? 5 * 60_000,
    checkAmount: checkStripeAmount,

    async start(attempt, journal) {
      let intent = await charge(attempt, journal);
      if (needsCustomer(intent)) intent = await askCustomer(attempt, intent.id, journal);
      return observe(intent);
    },

    async observe(attempt) {
      if (!attempt.providerRef) return { phase: 'not_found' };
      return observe(await retrieve(attempt.providerRef));
    },

    // Charged with automatic capture: there is never an authorization to capture.
    async capture(attempt) {
      if (!attempt.providerRef) return { phase: 'not_found' };
      return observe(await retrieve(attempt.providerRef));
    },

    async cancel(attempt, journal) {
      // Never created here: the create's key would charge the card. A charge never made is simply ended.
      const found = attempt.providerRef ? await retrieve(attempt.providerRef) : await findIntent(attempt);
      if (!found) {
        return {
          phase: 'failed',
          providerRef: null,
          failure: { code: 'canceled', message: 'The charge was stopped before it reached Stripe.' },
        };
      }
      journal.remember(found.id);
      if (['succeeded', 'canceled', 'processing'].includes(found.status)) return observe(found);
      const canceled = await sendOrVerify(
        journal,
        'cancel_intent',
        (idempotencyKey) =>
          stripe.paymentIntents.cancel(found.id, { cancellation_reason: 'abandoned' }, { idempotencyKey }),
        async () => {
          const current = await retrieve(found.id);
          return current.status === 'canceled' || current.status === 'succeeded' ? current : null;
        },
      );
      return observe(canceled);
    },

    refund: (attempt, refund, journal) => base.refund(attempt, refund, journal),
    listRecent: (sinceMs) => base.listRecent(sinceMs),

    async authenticationUrl(providerRef) {
      const intent = await retrieve(providerRef);
      return intent.status === 'requires_action' ? (intent.next_action?.redirect_to_url?.url ?? null) : null;
    },
  };
}
