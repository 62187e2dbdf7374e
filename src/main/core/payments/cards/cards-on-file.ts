import { randomUUID } from 'node:crypto';
import type StripeClient from 'stripe';
import { developerError, translatedError } from '../../../../shared/i18n/errors.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { Logger } from '../../logger.ts';
import { failpoint } from '../../system/failpoints.ts';
import type { AlertWords } from '../../system/alerts.ts';
import {
  openSetupStates,
  type CardSettings,
  type CardStore,
  type SavedCardRow,
  type SetupRow,
} from './card-store.ts';

/** A customer's card as the till lists it: never more of the card than brand, last four digits and expiry. */
export interface SavedCardView {
  paymentMethod: string;
  customerId: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/** How saving a card stands, for the till: `failure` is a code the window puts in words (failure-words.ts). */
export interface CardSetupView {
  id: string;
  customerId: string;
  channel: 'reader' | 'link';
  state: SetupRow['state'];
  url: string | null;
  card: SavedCardView | null;
  failure: string | null;
  /** The refused card's brand, when the failure is `brand_not_accepted`. */
  failureBrand: string | null;
  /** The validating hold authorized for this card (minor units of `currency`), or null when none was made. */
  validatingAmount: number | null;
  currency: string;
  /** Demo or test mode: the till offers buttons that present a test card on the simulated reader. */
  simulated: boolean;
}

/** A Stripe card method the till can save a card at: its reader serial and the profile whose key it uses. */
interface ReaderMethod {
  id: string;
  name: string;
  terminal: 'none' | 'stripe' | 'mercadopago';
  terminalRef: string | null;
  profileId: string | null;
}

/** The test cards the demo's buttons present on a simulated reader (Stripe's test numbers). */
export const setupTestCards = {
  visa: '4242424242424242',
  mastercard: '5555555555554444',
  /** Saved, but every charge on it fails: the validating hold finds it out. */
  chargeDeclined: '4000000000000341',
  insufficientFunds: '4000000000009995',
} as const;
export type SetupTestCard = keyof typeof setupTestCards;

export interface CardsOnFileDeps {
  tx: UnitOfWork;
  store: CardStore;
  customers: { get(id: string): { id: string; name: string; email: string | null } | null };
  stripeFor(account: string): StripeClient | null;
  /** The currency of the validating hold: the shop's. */
  currency(): string;
  tillId: string;
  log: Logger;
  now: () => number;
  /** Where saving and removing a card is recorded, with the customer as subject. */
  audit: { record(entry: { action: string; subject?: string; details?: Record<string, unknown> }): void };
  /** Whether an account is Stripe's test mode (the demo simulator or a test key): test cards may be presented. */
  simulated?: (account: string) => boolean;
  /** Where the owner is told about Stripe setups of this till that match nothing here. */
  alerts?: {
    raise(severity: 'warning', kind: string, words: AlertWords, details?: Record<string, unknown>): unknown;
  };
  /** Which Stripe objects were raised already (reconciliation_seen): each orphan is raised once. */
  seen?: { run(provider: string, providerRef: string, at: number): { changes: number } };
  /** A customer's saved cards changed (after the commit). */
  onCardsChanged?: (customerId: string) => void;
  /** The till's payment methods in payment-screen order: a card is saved at a Stripe method's reader. */
  methods?: { active(): ReaderMethod[]; get(id: string): ReaderMethod | null };
  /** The id of the till's own Stripe connection (a method without a profile uses it). */
  builtInAccount?: string;
}

/**
 * A setup at the reader that could not reach Stripe for this long is not handed to the reader any more: the customer
 * has gone, and a reader asking for a card out of the blue would only confuse the next one.
 */
export const staleReaderSetupMs = 5 * 60_000;

/** Until the owner chose: no validating hold, the hosted page asks for the billing address, the common brands. */
export const defaultCardSettings: CardSettings = {
  validatingAmount: 0,
  requireCvc: true,
  billingAddress: true,
  brands: ['visa', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'unionpay', 'cartes_bancaires'],
};

const toCard = (row: SavedCardRow): SavedCardView => ({
  paymentMethod: row.payment_method,
  customerId: row.customer_id,
  brand: row.brand,
  last4: row.last4,
  expMonth: row.exp_month,
  expYear: row.exp_year,
});

interface StripeCardError {
  type?: string;
  code?: string;
  decline_code?: string;
  statusCode?: number;
}
const isCardError = (e: unknown): e is StripeCardError => (e as StripeCardError)?.type === 'StripeCardError';

/**
 * Cards on file (STO-4): a Stripe Customer for the Kassa customer (created once), a card saved at the reader
 * (SetupIntent + process_setup_intent, the reusable card is the generated card) or on a Stripe-hosted page
 * (Checkout in setup mode), an optional validating hold authorized and released at once, and the owner's accepted
 * brands. A card that fails either check is detached again. Every provider call's idempotency key is written before
 * the call, so `advance` can be run again after any crash and each call happens once.
 */
export function createCardsOnFile(deps: CardsOnFileDeps) {
  const { tx, store } = deps;

  const stripeOf = (account: string): StripeClient => {
    const stripe = deps.stripeFor(account);
    if (!stripe) throw translatedError('provider_unreachable', 'err.cards.notConnected');
    return stripe;
  };

  const settingsOf = (account: string): CardSettings => store.settings(account) ?? defaultCardSettings;

  /**
   * The validating check of a setup: the one made (or refused) once the card was read, or, while the setup is
   * still open, the one the owner's settings will make; null when there is none.
   */
  function checkOf(row: SetupRow): number | null {
    if (row.validation_key === null && !openSetupStates.includes(row.state)) return null;
    const amount = settingsOf(row.account).validatingAmount;
    return amount > 0 ? amount : null;
  }

  function view(row: SetupRow): CardSetupView {
    const card = row.payment_method === null ? undefined : store.card(row.payment_method);
    return {
      id: row.id,
      customerId: row.customer_id,
      channel: row.channel,
      state: row.state,
      url: row.url,
      card: card && card.state === 'saved' ? toCard(card) : null,
      failure: row.failure,
      failureBrand: row.failure_brand,
      validatingAmount: checkOf(row),
      currency: deps.currency(),
      simulated: deps.simulated?.(row.account) ?? false,
    };
  }

  /**
   * The reader a card is saved at: the Stripe method asked for, or else the till's first active Stripe method
   * (the one the payment screen offers first). Its profile decides the Stripe account; its serial the reader.
   */
  async function readerOf(methodId: string | undefined): Promise<{ account: string; reader: string }> {
    const methods = deps.methods;
    const method =
      methodId === undefined
        ? (methods?.active().find((m) => m.terminal === 'stripe' && m.terminalRef !== null) ?? null)
        : (methods?.get(methodId) ?? null);
    if (!method || method.terminal !== 'stripe' || method.terminalRef === null)
      throw translatedError('not_found', 'err.cards.noReader', undefined, 'methodId');
    const account = method.profileId ?? deps.builtInAccount ?? 'default';
    const found = await stripeOf(account).terminal.readers.list({
      serial_number: method.terminalRef,
      limit: 1,
    });
    const reader = found.data[0];
    if (!reader)
      throw translatedError('not_found', 'err.cards.readerUnknown', { method: method.name }, 'methodId');
    return { account, reader: reader.id };
  }

  /** The Stripe Customer of a Kassa customer on an account: its key is written first, so there is only ever one. */
  async function ensureCustomer(account: string, customerId: string): Promise<string> {
    const customer = deps.customers.get(customerId);
    if (!customer) throw translatedError('not_found', 'err.order.customerUnknown', undefined, 'customerId');
    const row = tx.run(() => store.reserveCustomer(customerId, account, `kassa-cus-${randomUUID()}`));
    if (row.stripe_customer !== null) return row.stripe_customer;
    const created = await stripeOf(account).customers.create(
      {
        name: customer.name,
        ...(customer.email ? { email: customer.email } : {}),
        metadata: { kassa_customer: customerId, kassa_till: deps.tillId },
      },
      { idempotencyKey: row.idempotency_key },
    );
    failpoint('cards.customer_created');
    tx.run(() => store.setStripeCustomer(customerId, account, created.id));
    return created.id;
  }

  function begin(account: string, customerId: string, channel: 'reader' | 'link', reader: string | null) {
    // Nothing is written while Stripe is not connected: the cashier is told, and no setup waits to start later.
    stripeOf(account);
    if (!deps.customers.get(customerId))
      throw translatedError('not_found', 'err.order.customerUnknown', undefined, 'customerId');
    return tx.run(() =>
      store.insertSetup({
        id: randomUUID(),
        customer_id: customerId,
        account,
        channel,
        reader,
        idempotency_key: `kassa-setup-${randomUUID()}`,
      }),
    );
  }

  const update = (id: string, patch: Parameters<CardStore['updateSetup']>[1]) =>
    tx.run(() => store.updateSetup(id, patch));

  /** Creates the SetupIntent and hands it to the reader, or creates the hosted page. */
  async function create(row: SetupRow): Promise<SetupRow> {
    const stripe = stripeOf(row.account);
    const customer = await ensureCustomer(row.account, row.customer_id);
    const metadata = { kassa_setup: row.id, kassa_customer: row.customer_id, kassa_till: deps.tillId };
    if (row.channel === 'reader') {
      const stale = deps.now() - row.created_at > staleReaderSetupMs;
      const intent = await stripe.setupIntents.create(
        { customer, allowed_payment_method_types: ['card_present'], usage: 'off_session', metadata },
        { idempotencyKey: row.idempotency_key },
      );
      failpoint('cards.setup_created');
      if (stale) {
        await stripe.setupIntents.cancel(intent.id, {}, { idempotencyKey: `${row.idempotency_key}:cancel` });
        return update(row.id, { state: 'canceled', setup_intent: intent.id, failure: 'stale' });
      }
      try {
        await stripe.terminal.readers.processSetupIntent(
          row.reader as string,
          { setup_intent: intent.id, allow_redisplay: 'always' },
          { idempotencyKey: `${row.idempotency_key}:reader` },
        );
      } catch (error) {
        const code = (error as StripeCardError).code;
        if ((error as StripeCardError).statusCode === undefined || code === undefined) throw error;
        // The reader cannot take it (offline, busy): the setup ends here and its intent is canceled.
        await stripe.setupIntents.cancel(intent.id, {}, { idempotencyKey: `${row.idempotency_key}:cancel` });
        return update(row.id, { state: 'failed', setup_intent: intent.id, failure: code });
      }
      return update(row.id, { state: 'waiting', setup_intent: intent.id });
    }
    const settings = settingsOf(row.account);
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'setup',
        customer,
        currency: deps.currency().toLowerCase(),
        allowed_payment_method_types: ['card'],
        billing_address_collection: settings.billingAddress ? 'required' : 'auto',
        client_reference_id: row.customer_id,
        metadata,
        setup_intent_data: { metadata },
      },
      { idempotencyKey: row.idempotency_key },
    );
    return update(row.id, { state: 'waiting', session_id: session.id, url: session.url });
  }

  /** Looks at Stripe: has the customer given a card yet, and which reusable card came of it? */
  async function watch(row: SetupRow): Promise<SetupRow> {
    const stripe = stripeOf(row.account);
    let intentId = row.setup_intent;
    if (row.channel === 'link') {
      const session = await stripe.checkout.sessions.retrieve(row.session_id as string);
      if (session.status === 'expired') return update(row.id, { state: 'failed', failure: 'link_expired' });
      if (session.status !== 'complete' || typeof session.setup_intent !== 'string') return row;
      intentId = session.setup_intent;
    }
    const intent = await stripe.setupIntents.retrieve(intentId as string, { expand: ['latest_attempt'] });
    if (intent.status === 'canceled') return update(row.id, { state: 'canceled', setup_intent: intent.id });
    if (intent.status !== 'succeeded') {
      const error = intent.last_setup_error;
      if (row.channel === 'reader' && intent.status === 'requires_payment_method') {
        const reader = await stripe.terminal.readers.retrieve(row.reader as string);
        const action = 'deleted' in reader ? null : reader.action;
        if (action?.process_setup_intent?.setup_intent === intent.id && action.status === 'failed') {
          const failure = error?.decline_code ?? error?.code ?? action.failure_code ?? 'card_declined';
          return update(row.id, { state: 'failed', failure });
        }
      }
      return row;
    }
    const attempt = intent.latest_attempt;
    const generated =
      typeof attempt === 'object' && attempt !== null
        ? attempt.payment_method_details.card_present?.generated_card
        : null;
    const reusable =
      typeof generated === 'string'
        ? generated
        : row.channel === 'link' && typeof intent.payment_method === 'string'
          ? intent.payment_method
          : null;
    if (reusable === null) return update(row.id, { state: 'failed', failure: 'no_reusable_card' });
    const pm = await stripe.paymentMethods.retrieve(reusable);
    const brand = pm.card?.brand ?? 'unknown';
    if (!settingsOf(row.account).brands.includes(brand)) {
      await detach(row.account, reusable, `${row.idempotency_key}:detach`);
      return update(row.id, {
        state: 'refused',
        setup_intent: intent.id,
        payment_method: reusable,
        failure: 'brand_not_accepted',
        failure_brand: brand,
      });
    }
    // The hosted page always asks for the security code; with "require CVC" a card whose code the bank did not
    // confirm is not kept. A card saved at the reader was read from its chip or tapped: it has no code to check.
    const cvcCheck = pm.card?.checks?.cvc_check ?? null;
    if (row.channel === 'link' && settingsOf(row.account).requireCvc && cvcCheck !== 'pass') {
      await detach(row.account, reusable, `${row.idempotency_key}:detach`);
      return update(row.id, {
        state: 'refused',
        setup_intent: intent.id,
        payment_method: reusable,
        failure: 'cvc_not_checked',
      });
    }
    const amount = settingsOf(row.account).validatingAmount;
    if (amount > 0) {
      return update(row.id, {
        state: 'validating',
        setup_intent: intent.id,
        payment_method: reusable,
        validation_key: `${row.idempotency_key}:validate`,
      });
    }
    return keep(row, intent.id, pm);
  }

  /** The validating hold: authorized off-session on the saved card, then released; a decline means it is not kept. */
  async function validate(row: SetupRow): Promise<SetupRow> {
    const stripe = stripeOf(row.account);
    const customer = store.stripeCustomer(row.customer_id, row.account)?.stripe_customer as string;
    try {
      const intent = await stripe.paymentIntents.create(
        {
          amount: settingsOf(row.account).validatingAmount,
          currency: deps.currency().toLowerCase(),
          customer,
          payment_method: row.payment_method as string,
          allowed_payment_method_types: ['card'],
          capture_method: 'manual',
          confirm: true,
          off_session: true,
          description: 'Card check (released at once)',
          metadata: { kassa_setup: row.id, kassa_validation: '1', kassa_till: deps.tillId },
        },
        { idempotencyKey: row.validation_key as string },
      );
      failpoint('cards.validation_authorized');
      return update(row.id, { state: 'releasing', validation_intent: intent.id });
    } catch (error) {
      if (!isCardError(error)) throw error;
      await detach(row.account, row.payment_method as string, `${row.idempotency_key}:detach`);
      return update(row.id, {
        state: 'refused',
        failure: error.decline_code ?? error.code ?? 'card_declined',
      });
    }
  }

  async function release(row: SetupRow): Promise<SetupRow> {
    const stripe = stripeOf(row.account);
    const intent = await stripe.paymentIntents.retrieve(row.validation_intent as string);
    if (intent.status === 'requires_capture') {
      await stripe.paymentIntents.cancel(
        intent.id,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey: `${row.validation_key as string}:release` },
      );
    }
    failpoint('cards.validation_released');
    const pm = await stripe.paymentMethods.retrieve(row.payment_method as string);
    return keep(row, row.setup_intent as string, pm);
  }

  function keep(row: SetupRow, setupIntent: string, pm: StripeClient.PaymentMethod): SetupRow {
    const isNew = !store.card(pm.id);
    const kept = tx.run(() => {
      if (!store.card(pm.id)) {
        store.insertCard({
          payment_method: pm.id,
          customer_id: row.customer_id,
          account: row.account,
          setup_id: row.id,
          brand: pm.card?.brand ?? 'unknown',
          last4: pm.card?.last4 ?? '0000',
          exp_month: pm.card?.exp_month ?? 1,
          exp_year: pm.card?.exp_year ?? 0,
        });
        deps.audit.record({
          action: 'card.saved',
          subject: row.customer_id,
          details: { brand: pm.card?.brand, last4: pm.card?.last4, channel: row.channel },
        });
      }
      return store.updateSetup(row.id, { state: 'saved', setup_intent: setupIntent, payment_method: pm.id });
    });
    // After the commit: every list of this customer's cards reads again.
    if (isNew) deps.onCardsChanged?.(row.customer_id);
    return kept;
  }

  /** Detaches at Stripe; a card already detached (the same key answered before a crash) counts as done. */
  async function detach(account: string, paymentMethod: string, key: string): Promise<void> {
    try {
      await stripeOf(account).paymentMethods.detach(paymentMethod, {}, { idempotencyKey: key });
    } catch (error) {
      const message = (error as { message?: string }).message ?? '';
      if (!/not attached to a customer/.test(message)) throw error;
    }
  }

  /** Takes a setup one step further, as far as Stripe's answers allow; safe to run again at any time. */
  async function advance(id: string): Promise<CardSetupView> {
    let row = store.setup(id);
    if (!row) throw developerError('not_found', `No card setup ${id}.`);
    for (;;) {
      const before = row.state;
      if (row.state === 'creating') row = await create(row);
      else if (row.state === 'waiting') row = await watch(row);
      else if (row.state === 'validating') row = await validate(row);
      else if (row.state === 'releasing') row = await release(row);
      if (row.state === before) return view(row);
    }
  }

  return {
    settings: settingsOf,
    saveSettings(account: string, settings: CardSettings): void {
      tx.run(() => store.saveSettings(account, settings));
    },
    ensureCustomer,
    /** Saves a card at a Stripe reader: the customer taps or inserts it there. */
    async saveAtReader(account: string, customerId: string, readerId: string): Promise<CardSetupView> {
      return advance(begin(account, customerId, 'reader', readerId).id);
    },
    /** Saves a card at the reader of a Stripe card method: the one asked for, or the till's first. */
    async saveAtMethod(customerId: string, methodId?: string): Promise<CardSetupView> {
      const { account, reader } = await readerOf(methodId);
      return advance(begin(account, customerId, 'reader', reader).id);
    },
    /** Demo and test mode: a test card is presented on the simulated reader of a setup waiting there. */
    async simulateCard(setupId: string, card: SetupTestCard): Promise<CardSetupView> {
      const row = store.setup(setupId);
      if (!row) throw developerError('not_found', `No card setup ${setupId}.`);
      if (!(deps.simulated?.(row.account) ?? false))
        throw translatedError('forbidden', 'err.pay.testCardsSimulatedOnly');
      if (row.channel !== 'reader' || row.state !== 'waiting' || row.reader === null)
        throw translatedError('conflict', 'err.cards.notWaiting');
      await stripeOf(row.account).testHelpers.terminal.readers.presentPaymentMethod(row.reader, {
        card_present: { number: setupTestCards[card] },
      });
      return advance(setupId);
    },
    /**
     * The cashier stops saving a card at the reader: the reader's prompt is cleared and the SetupIntent canceled
     * (its key derived from the setup's written key). A card the customer presented just before is still saved.
     */
    async cancelSetup(setupId: string): Promise<CardSetupView> {
      const row = store.setup(setupId);
      if (!row) throw developerError('not_found', `No card setup ${setupId}.`);
      if (
        row.channel !== 'reader' ||
        row.state !== 'waiting' ||
        row.setup_intent === null ||
        row.reader === null
      )
        throw translatedError('conflict', 'err.cards.notWaiting');
      const stripe = stripeOf(row.account);
      try {
        await stripe.terminal.readers.cancelAction(
          row.reader,
          {},
          { idempotencyKey: `${row.idempotency_key}:clear` },
        );
        await stripe.setupIntents.cancel(
          row.setup_intent,
          {},
          { idempotencyKey: `${row.idempotency_key}:cancel` },
        );
      } catch (error) {
        // The customer was quicker (the card is being read or was saved): the setup goes on as Stripe has it.
        if ((error as StripeCardError).statusCode === undefined) throw error;
        deps.log.info('cards.cancel_too_late', { setup: row.id, error: String(error) });
      }
      return advance(setupId);
    },
    /** Saves a card on a Stripe-hosted page, offered as a link and QR code (`url`). */
    async saveByLink(account: string, customerId: string): Promise<CardSetupView> {
      return advance(begin(account, customerId, 'link', null).id);
    },
    advance,
    setup(id: string): CardSetupView | null {
      const row = store.setup(id);
      return row ? view(row) : null;
    },
    cards: (customerId: string): SavedCardView[] => store.cardsOf(customerId).map(toCard),
    /** Removes a saved card: its detach key is written first, then Stripe detaches it. */
    async remove(paymentMethod: string): Promise<void> {
      const card = store.card(paymentMethod);
      if (!card || card.state === 'removed') return;
      const key = card.detach_key ?? `kassa-detach-${randomUUID()}`;
      if (card.state === 'saved') tx.run(() => store.markRemoving(paymentMethod, key));
      await detach(card.account, paymentMethod, key);
      tx.run(() => {
        store.markRemoved(paymentMethod);
        deps.audit.record({
          action: 'card.removed',
          subject: card.customer_id,
          details: { brand: card.brand, last4: card.last4 },
        });
      });
      deps.onCardsChanged?.(card.customer_id);
    },
    /**
     * Reconciliation (issue 13.8): SetupIntents and validating holds of this till at Stripe (metadata `kassa_till`
     * and `kassa_setup`) created since `sinceMs` that match no setup here are raised as alerts, each once.
     */
    async reconcile(account: string, sinceMs: number): Promise<number> {
      const stripe = deps.stripeFor(account);
      const { alerts, seen } = deps;
      if (!stripe || !alerts || !seen) return 0;
      const created = { gte: Math.floor(sinceMs / 1000) };
      const found: { id: string; setup: string | undefined; kind: 'setup' | 'validation' }[] = [];
      let looked = 0;
      for await (const intent of stripe.setupIntents.list({ created, limit: 100 })) {
        if (++looked > 1000) break;
        if (intent.metadata?.kassa_till === deps.tillId)
          found.push({ id: intent.id, setup: intent.metadata.kassa_setup, kind: 'setup' });
      }
      looked = 0;
      for await (const intent of stripe.paymentIntents.list({ created, limit: 100 })) {
        if (++looked > 1000) break;
        if (intent.metadata?.kassa_till === deps.tillId && intent.metadata.kassa_setup)
          found.push({ id: intent.id, setup: intent.metadata.kassa_setup, kind: 'validation' });
      }
      let raised = 0;
      for (const object of found) {
        if (object.setup !== undefined && store.setup(object.setup)) continue;
        if (seen.run('stripe', object.id, deps.now()).changes !== 1) continue;
        raised++;
        alerts.raise(
          'warning',
          'unmatched_setup',
          { key: 'alert.unmatchedSetup', params: { ref: object.id, kind: object.kind } },
          { providerRef: object.id },
        );
      }
      return raised;
    },
    /** At start and every minute: every unfinished setup and removal is taken as far as Stripe allows. */
    async recover(): Promise<void> {
      for (const row of store.openSetups()) {
        try {
          await advance(row.id);
        } catch (error) {
          deps.log.warn('cards.recover_failed', { setup: row.id, error: String(error) });
        }
      }
      for (const card of store.removingCards()) {
        try {
          await this.remove(card.payment_method);
        } catch (error) {
          deps.log.warn('cards.remove_failed', { card: card.payment_method, error: String(error) });
        }
      }
    },
  };
}

export type CardsOnFile = ReturnType<typeof createCardsOnFile>;
