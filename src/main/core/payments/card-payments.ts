import type { CardPayment, Refund } from '../../../shared/ipc/payments.ts';
import type { ErrorParams, KassaError } from '../../../shared/errors.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import type { Logger } from '../logger.ts';
import type { Services } from '../services.ts';
import type { EventBus } from '../events.ts';
import type { Signal } from '../signal.ts';
import { createPaymentOrchestrator } from './orchestrator.ts';
import { createRefunds } from './refunds.ts';
import { createRepairs } from './repairs.ts';
import { createReconciliation } from './reconciliation.ts';
import type { MercadoPagoSettings, ProviderSettings } from './provider-settings.ts';
import type StripeClient from 'stripe';
import type { ConnectedProvider } from './providers/stripe/connect-stripe.ts';
import type { ConnectedMercadoPago } from './providers/mercadopago/connect-mercadopago.ts';
import { createMercadoPagoConnection } from './providers/mercadopago/mercadopago-connection.ts';
import type * as StripeKitModule from './providers/stripe/index.ts';

// Provider code is loaded after the till is ready, so a cold start never waits for an SDK.
type StripeKit = typeof StripeKitModule;
type OffSessionProvider = ReturnType<StripeKit['createStripeOffSession']>;
import type { TerminalProvider } from './terminal-provider.ts';
import { isMercadoPagoCurrency, mercadoPagoCountries } from './providers/mercadopago/amounts.ts';
import type { PaymentMethodRecord } from './payment-methods.ts';
import { createLinkPayments } from './links/link-payments.ts';
import { createCardsOnFile } from './cards/cards-on-file.ts';
import { createHolds } from './holds/holds.ts';
import { createAutopilot } from './autopilot/autopilot.ts';
import { builtInAccount } from './links/pay-links.ts';
import { checkStripeAmount } from '../../../shared/payments/stripe-amount-rules.ts';
import { createOffSessionCharges, isCardOnFileAttempt } from './cards/off-session-charges.ts';

export interface CardPaymentOptions {
  services: Services;
  events: EventBus;
  log: Logger;
  now: () => number;
  settings: ProviderSettings;
  /**
   * The Mercado Pago set-up to use now (saved credentials, else `settings.mercadopago`), read again whenever
   * the owner saves the Mercado Pago preferences so they take effect at once. Without it, `settings.mercadopago`
   * is used for the whole run.
   */
  mercadoPagoSettings?: () => MercadoPagoSettings;
  /** The owner saved the Mercado Pago preferences: the connection follows the new set-up. */
  mercadoPagoSaved?: Signal;
  /** Recovery and reconciliation sweep (default every minute). */
  sweepIntervalMs?: number;
  pollIntervalMs?: number;
  /** How long an off-session charge waiting for the customer is polled before the minute sweep takes over. */
  offSessionHandOverMs?: number;
  /** The autopilot's first pause before another attempt (default 30 s). */
  autopilotBackoffMs?: number;
  /** Stripe profiles saved in preferences (STO-1): a Stripe method with a profile pays into that account. */
  stripeProfiles?: StripeProfileKeys;
  /** The settlement currency and rate of a method's provider account, when it differs from the order's (STO-3). */
  settlementFor?: (methodId: string, orderCurrency: string) => { currency: string; rate: string } | null;
}

/** How card payments reach the keys of saved Stripe profiles, decrypted only when a connection is made. */
export interface StripeProfileKeys {
  /** Profiles with a stored key, the ones used by payment methods first. */
  ids(): string[];
  /** Changes whenever the profile's key is replaced; null when it has no key. */
  version(profileId: string): number | null;
  key(profileId: string): string | null;
  /** Where the keys were verified (a simulator in tests), so payments go to the same place. */
  apiUrl(): string | undefined;
  /** Whether the profile has its publishable key: payment links offer alternative methods only then. */
  hasPublishableKey?(profileId: string): boolean;
}

type Kind = 'stripe' | 'mercadopago';

/**
 * Card payments as one subsystem: the journal, the orchestrator, refunds, and the providers behind them.
 * Providers connect in the background; recovery runs as soon as each one is connected, and then every
 * minute, so the counter can sell cash from the first millisecond. Saved Mercado Pago preferences replace
 * the Mercado Pago connection while the till runs.
 */
export function createCardPayments(options: CardPaymentOptions) {
  const { services, events, log, now } = options;
  let stripeConnection: ConnectedProvider | null = null;
  const mercadoPago = createMercadoPagoConnection({
    settings: options.mercadoPagoSettings ?? (() => options.settings.mercadopago ?? { mode: 'off' }),
    connect: async (settings) => {
      const { connectMercadoPago } = await import('./providers/mercadopago/connect-mercadopago.ts');
      return connectMercadoPago(settings, {
        methods: services.methods,
        journal,
        abandonOnTerminal: (failure) => orchestrator.abandonOnTerminal('mercadopago', failure),
        log,
        alerts: services.alerts,
        store: () => services.store(),
        ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
        // A genuine notification is only a hint: the order is read again at once.
        onNotification: (orderId) => orchestrator.nudge(orderId),
      });
    },
    log,
  });
  /** The till's own connection of each provider (Stripe profiles come on top). */
  const ownConnection = (kind: Kind): ConnectedProvider | null =>
    kind === 'stripe' ? stripeConnection : mercadoPago.current();
  const { journal } = services;
  const { managerPin } = services;

  // One Stripe client per saved profile, made on first use and remade when the owner replaces the key.
  let stripeSdk: typeof StripeClient | null = null;
  let stripeKit: StripeKit | null = null;
  const profileConnections = new Map<string, { version: number; connection: ConnectedProvider }>();
  const profileConnection = (profileId: string): ConnectedProvider | null => {
    const keys = options.stripeProfiles;
    if (!stripeSdk || !stripeKit || !keys) return null;
    const version = keys.version(profileId);
    if (version === null) return null;
    const cached = profileConnections.get(profileId);
    if (cached?.version === version) return cached.connection;
    const key = keys.key(profileId);
    if (!key) return null;
    const stripe = stripeKit.stripeClient(stripeSdk, key, keys.apiUrl());
    const simulated = key.includes('_test_');
    const connection: ConnectedProvider = {
      provider: stripeKit.createStripeTerminal({
        stripe,
        simulated,
        ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
      }),
      simulated,
      close: async () => undefined,
      readers: stripeKit.createStripeReaders(stripe, (serial) =>
        services.methods.idOfTerminal('stripe', serial),
      ),
      stripe,
    };
    profileConnections.set(profileId, { version, connection });
    log.info('stripe.profile_connected', { profileId, mode: simulated ? 'test' : 'live' });
    return connection;
  };
  /** A Stripe method with a profile uses that profile's account; everything else the till's own connection. */
  const connectionFor = (kind: Kind, methodId?: string): ConnectedProvider | null => {
    if (kind === 'stripe' && methodId !== undefined) {
      const profileId = services.methods.get(methodId)?.profileId;
      if (profileId) return profileConnection(profileId);
    }
    return ownConnection(kind);
  };
  // Later charges on cards on file (issue 13.4): an attempt whose terminal is a saved card (pm_…) is charged
  // off-session on the card's own Stripe account, one provider per account and client.
  const stripeOfAccount = (account: string): StripeClient | null =>
    (account === builtInAccount ? stripeConnection : profileConnection(account))?.stripe ?? null;
  const offSessionProviders = new WeakMap<StripeClient, OffSessionProvider>();
  const offSessionFor = (paymentMethod: string): OffSessionProvider | null => {
    const card = services.cardStore.card(paymentMethod);
    const stripe = card ? stripeOfAccount(card.account) : null;
    if (!card || !stripe || !stripeKit) return null;
    let provider = offSessionProviders.get(stripe);
    if (!provider) {
      const apiUrl =
        card.account === builtInAccount ? stripeConnection?.apiUrl : options.stripeProfiles?.apiUrl();
      provider = stripeKit.createStripeOffSession({
        stripe,
        customerOf: (pm) => {
          const saved = services.cardStore.card(pm);
          return saved
            ? (services.cardStore.stripeCustomer(saved.customer_id, saved.account)?.stripe_customer ?? null)
            : null;
        },
        // The simulator's page says "you are done"; a live account shows Stripe's own end of the redirect.
        returnUrl: apiUrl ? `${apiUrl}/c/done` : 'https://stripe.com/',
        ...(options.pollIntervalMs ? { pollIntervalMs: Math.max(options.pollIntervalMs, 250) } : {}),
        ...(options.offSessionHandOverMs ? { handOverAfterMs: options.offSessionHandOverMs } : {}),
      });
      offSessionProviders.set(stripe, provider);
    }
    return provider;
  };
  const providerFor = (kind: Kind, methodId?: string, terminalRef?: string): TerminalProvider | null =>
    kind === 'stripe' && terminalRef !== undefined && isCardOnFileAttempt(terminalRef)
      ? offSessionFor(terminalRef)
      : (connectionFor(kind, methodId)?.provider ?? null);

  const orchestrator = createPaymentOrchestrator({
    tx: services.tx,
    ...(options.settlementFor ? { settlementFor: options.settlementFor } : {}),
    journal,
    orders: services.orders,
    methods: services.methods,
    audit: services.audit,
    alerts: services.alerts,
    log,
    now,
    tillId: services.storeInfo().till.id,
    providerFor,
    simulated: (kind, methodId) => connectionFor(kind, methodId)?.simulated ?? false,
    verifyManagerPin: (pin, purpose = 'payment.force_done') => managerPin.verify(pin, purpose),
    onUpdate: (payment: CardPayment) => events.emit('payments.updated', payment),
  });
  const refunds = createRefunds({
    approvals: services.approvals,
    store: services.refundStore,
    tx: services.tx,
    journal,
    orders: services.orders,
    audit: services.audit,
    log,
    now,
    locale: () => services.store().locale,
    tillId: services.storeInfo().till.id,
    providerFor,
    onUpdate: (refund: Refund) => events.emit('refunds.updated', refund),
    onGiven: services.cardRefundGiven,
  });

  const reconciliation = createReconciliation({
    seen: services.reconciliationSeen,
    journal,
    alerts: services.alerts,
    tillId: services.storeInfo().till.id,
    now,
    providerFor,
  });
  const repairs = createRepairs({
    tx: services.tx,
    journal,
    orders: services.orders,
    audit: services.audit,
    alerts: services.alerts,
    log,
    now,
  });

  // Pay by link and the event sweep (STO-7, STO-10): the till's own Stripe account is 'default'.
  const linkPayments = createLinkPayments({
    services,
    log,
    now,
    stripeFor: (account) =>
      (account === builtInAccount ? stripeConnection : profileConnection(account))?.stripe ?? null,
    hasPublishableKey: (account) =>
      account === builtInAccount
        ? stripeConnection?.simulated === true && stripeConnection.apiUrl !== undefined
        : (options.stripeProfiles?.hasPublishableKey?.(account) ?? false),
    // The demo shop shows what a link can offer in euros; a real account offers card until the owner chooses.
    defaultMethods: (account) =>
      account === builtInAccount && stripeConnection?.apiUrl !== undefined
        ? ['card', 'ideal', 'bancontact', 'sepa_debit']
        : ['card'],
    accounts: () => [
      ...(stripeConnection?.stripe ? [builtInAccount] : []),
      ...(options.stripeProfiles?.ids() ?? []),
    ],
    onChanged: (link) => events.emit('paylinks.updated', link),
    onRemotePaid: (paid) => events.emit('paylinks.remotePaid', paid),
    ...(options.pollIntervalMs ? { tickMs: Math.min(250, options.pollIntervalMs) } : {}),
    ...(options.sweepIntervalMs ? { sweepIntervalMs: options.sweepIntervalMs } : {}),
  });

  // Cards on file (STO-4) on the same Stripe accounts as pay by link.
  const cards = createCardsOnFile({
    tx: services.tx,
    store: services.cardStore,
    customers: services.customers,
    stripeFor: (account) =>
      (account === builtInAccount ? stripeConnection : profileConnection(account))?.stripe ?? null,
    currency: () => services.store().currency,
    tillId: services.storeInfo().till.id,
    log,
    now,
    audit: services.audit,
    simulated: (account) =>
      (account === builtInAccount ? stripeConnection : profileConnection(account))?.simulated ?? false,
    methods: services.methods,
    builtInAccount,
    alerts: services.alerts,
    seen: services.reconciliationSeen,
    onCardsChanged: (customerId) => events.emit('cards.changed', { customerId }),
  });

  const offSession = createOffSessionCharges({
    tx: services.tx,
    journal,
    orders: services.orders,
    methods: services.methods,
    store: services.cardStore,
    orchestrator,
    connected: (account) => stripeOfAccount(account) !== null && stripeKit !== null,
    checkAmount: checkStripeAmount,
    async authenticationUrl(attemptId) {
      const row = journal.get(attemptId);
      const provider = row ? offSessionFor(row.terminal_ref) : null;
      return row?.provider_ref && provider ? provider.authenticationUrl(row.provider_ref) : null;
    },
  });

  // Holds (STO-5) on the same accounts: a Stripe method with a profile holds on that profile's account.
  const holds = createHolds({
    tx: services.tx,
    store: services.holdStore,
    journal,
    orders: services.orders,
    methods: services.methods,
    cards: services.cardStore,
    stripeFor: (account) =>
      (account === builtInAccount ? stripeConnection : profileConnection(account))?.stripe ?? null,
    accountOf: (method) => method.profileId ?? builtInAccount,
    tillId: services.storeInfo().till.id,
    log,
    now,
    audit: services.audit,
    onChanged: (hold) => {
      events.emit('holds.updated', hold);
      autopilot.holdChanged(hold);
    },
    simulated: (account) =>
      (account === builtInAccount ? stripeConnection : profileConnection(account))?.simulated ?? false,
    alerts: services.alerts,
    seen: services.reconciliationSeen,
  });

  // The payment autopilot (STO-9): durable tasks on these holds, cards and charges, run at their due time.
  const autopilot = createAutopilot({
    tx: services.tx,
    store: services.autopilotStore,
    settings: services.settings,
    holdStore: services.holdStore,
    holds,
    cardStore: services.cardStore,
    advanceSetup: (setupId) => cards.advance(setupId),
    charge: (input) => offSession.charge(input),
    payment: (attemptId) => orchestrator.get(attemptId),
    orders: services.orders,
    audit: services.audit,
    log,
    now,
    onChanged: (task) => events.emit('autopilot.updated', task),
    ...(options.autopilotBackoffMs ? { backoffBaseMs: options.autopilotBackoffMs } : {}),
  });

  let sweepTimer: NodeJS.Timeout | null = null;
  let closed = false;

  async function sweep(): Promise<void> {
    // A Mercado Pago connection that could not be made is tried again, so the till recovers by itself.
    if (!closed && switchesUnderWay === 0 && (await mercadoPago.refresh()))
      events.emit('settings.changed', { section: 'mercadoPago' });
    // Books put out of step while the till runs (a bug, a hand edit) are found within a minute, cheaply.
    await repairs.repairRecent();
    orchestrator.recover();
    await refunds.resend();
    // Card setups and removals a crash or a lost answer left open are taken on from their last written step.
    await cards.recover();
    // Holds: a capture, increase or release whose answer was not recorded is sent again with its key; expiries read.
    await autopilot.exclusive(() => holds.recover());
    autopilot.plan();
    const since = now() - 2 * 24 * 60 * 60_000;
    for (const kind of ['stripe', 'mercadopago'] as const) {
      if (!ownConnection(kind)) continue;
      try {
        await reconciliation.reconcile(kind, since);
      } catch (error) {
        log.warn('payments.reconcile_failed', { kind, error: String(error) });
      }
    }
    for (const profileId of options.stripeProfiles?.ids() ?? []) {
      try {
        const connection = profileConnection(profileId);
        if (connection) await reconciliation.reconcile('stripe', since, connection.provider);
      } catch (error) {
        log.warn('payments.reconcile_failed', { kind: 'stripe', profileId, error: String(error) });
      }
    }
    // Holds and card setups carry their own metadata (kassa_hold_till, kassa_setup): orphans at Stripe are raised.
    const accounts = [
      ...(stripeConnection ? [builtInAccount] : []),
      ...(options.stripeProfiles?.ids() ?? []),
    ];
    for (const account of accounts) {
      try {
        await holds.reconcile(account, since);
        await cards.reconcile(account, since);
      } catch (error) {
        log.warn('payments.reconcile_failed', { kind: 'stripe', account, error: String(error) });
      }
    }
  }

  const connectedAtStart = (async () => {
    try {
      // Loaded in the background even without a built-in connection: profiles saved later need it at once.
      stripeKit = await import('./providers/stripe/index.ts');
      stripeSdk = (await import('stripe')).default;
    } catch (error) {
      log.error('payments.connect_failed', { provider: 'stripe', error: String(error) });
    }
    try {
      const stripe = await stripeKit!.connectStripe(options.settings.stripe, {
        methods: services.methods,
        abandonOnTerminal: (failure) => orchestrator.abandonOnTerminal('stripe', failure),
        log,
        ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
      });
      if (closed) return void (await stripe?.close());
      stripeConnection = stripe;
    } catch (error) {
      log.error('payments.connect_failed', { provider: 'stripe', error: String(error) });
    }
    await mercadoPago.refresh();
    if (closed) return;
    // Books that disagree (an older build, a restored disk) are put in step before the open attempts go on
    // (what involves an attempt is repaired before repair() returns; the look for paid lines without any
    // attempt goes on in slices, and the first sweep waits for it).
    const fullPass = repairs.repair();
    orchestrator.recover();
    try {
      await fullPass;
    } catch (error) {
      if (!closed) log.error('payments.repair_failed', { error: String(error) });
    }
    if (closed) return;
    // Tasks due while Kassa was closed run now, before `ready` resolves: new card payments wait for them.
    await autopilot.start();
    if (closed) return;
    void sweep().catch((error: unknown) => log.warn('payments.sweep_failed', { error: String(error) }));
    sweepTimer = setInterval(() => {
      void sweep().catch((error: unknown) => log.warn('payments.sweep_failed', { error: String(error) }));
    }, options.sweepIntervalMs ?? 60_000);
    sweepTimer.unref();
    linkPayments.start();
  })();

  /**
   * The owner saved the Mercado Pago preferences (the save was refused while a payment was open there): the
   * connection is replaced when the set-up changed, attempts left open on the same account carry on over the
   * new one, and the till reloads its methods once the new connection is in place.
   */
  async function followSavedMercadoPago(): Promise<void> {
    await connectedAtStart;
    if (closed || !(await mercadoPago.refresh()) || closed) return;
    // Their loops let go while no connection was handed out; the next step goes over the new one.
    for (const open of journal.unresolved()) {
      if (open.provider === 'mercadopago') orchestrator.checkAgain(open.id);
    }
    events.emit('settings.changed', { section: 'mercadoPago' });
  }
  let switching: Promise<void> = connectedAtStart;
  let switchesUnderWay = 0;
  const stopListening = (options.mercadoPagoSaved?.subscribe ?? (() => () => undefined))(() => {
    switchesUnderWay++;
    switching = followSavedMercadoPago()
      .catch((error: unknown) =>
        log.error('payments.connect_failed', { provider: 'mercadopago', error: String(error) }),
      )
      .finally(() => void switchesUnderWay--);
  });

  const connectedNow = (): Promise<void> => switching.then(() => mercadoPago.settled());

  return {
    orchestrator,
    /** Payment links and the Stripe event sweep. */
    links: linkPayments,
    /** Cards on file: Stripe customers, saving a card at the reader or by link, listing and removing. */
    cards,
    /** Later charges on a card on file, off-session (issue 13.4). */
    offSession,
    /** Holds: card authorizations kept on an order, captured in whole or part, increased or released. */
    holds,
    /** The payment autopilot: the owner's rules and the tasks they made. */
    autopilot,
    refunds,
    repairs,
    reconciliation,
    /**
     * Resolves once the providers are connected, and after a saved Mercado Pago change, once the new
     * connection is in place: a payment sent after awaiting it goes to the account saved last.
     */
    get ready(): Promise<void> {
      return connectedNow();
    },
    /**
     * Resolves once no saved Mercado Pago change is still moving the connection. Work that must reach the
     * account saved last (a new payment or refund) waits for this, not for `ready`: a save can come in while
     * it waits, and then it waits for that one too.
     */
    async settled(): Promise<void> {
      do await connectedNow();
      while (switchesUnderWay > 0);
    },
    /**
     * Why a payment method cannot take a payment in this currency on this till now, or null when it can
     * (issue 15.16): its provider must be set up, and Mercado Pago Point takes only its account's currency. The
     * till offers only methods that can work, and a checkout naming its card payment is refused before anything
     * is saved.
     */
    unavailable(method: PaymentMethodRecord, currency: string): KassaError | null {
      if (method.terminal === 'none') return null;
      const refuse = (key: MessageKey, params: ErrorParams) =>
        translatedError('provider_rejected', key, { method: method.name, ...params }, 'methodId');
      if (!method.terminalRef) return refuse('err.pay.noTerminalFor', {});
      if (method.terminal === 'stripe') {
        const configured = method.profileId
          ? (options.stripeProfiles?.ids() ?? []).includes(method.profileId)
          : options.settings.stripe.mode !== 'off';
        return configured ? null : refuse('err.pay.stripeNotSetUpFor', {});
      }
      const mp = options.mercadoPagoSettings?.() ?? options.settings.mercadopago ?? { mode: 'off' };
      if (mp.mode === 'off') return refuse('err.pay.mpNotSetUpFor', {});
      const accountCurrency =
        mp.mode === 'account' && mp.country ? mercadoPagoCountries[mp.country].currency : null;
      if (!isMercadoPagoCurrency(currency) || (accountCurrency !== null && accountCurrency !== currency))
        return refuse('err.pay.mpMethodCurrency', {
          accepted: accountCurrency ?? 'ARS, BRL, MXN, CLP',
          currency,
        });
      return null;
    },
    /** A card payment the till is about to send, checked before its order is saved (issue 15.16). */
    checkBeforeSaving(input: { methodId: string; amount: number; currency: string }): void {
      const method = services.methods.get(input.methodId);
      const refusal = method ? this.unavailable(method, input.currency) : null;
      if (refusal) throw refusal;
      orchestrator.check(input);
    },
    isDemo: () => [stripeConnection, mercadoPago.current()].some((c) => c?.simulated === true),
    /** The in-process Stripe simulator's URL in demo mode (undefined otherwise). */
    demoStripeApiUrl: (): string | undefined => stripeConnection?.apiUrl,
    managerPin,
    /**
     * The Stripe account's locations and readers, once Stripe is connected: the till's own connection, or else
     * the first saved profile with a key (the one the payment methods use).
     */
    stripeReaders: () => {
      const own = stripeConnection?.readers;
      if (own) return own;
      for (const profileId of options.stripeProfiles?.ids() ?? []) {
        const readers = profileConnection(profileId)?.readers;
        if (readers) return readers;
      }
      return null;
    },
    /** The Mercado Pago account's terminals and the notification receiver, once Mercado Pago is connected. */
    mercadoPago: (): ConnectedMercadoPago | null => mercadoPago.current(),
    async close(): Promise<void> {
      closed = true;
      autopilot.stop();
      stopListening();
      await switching;
      if (sweepTimer) clearInterval(sweepTimer);
      await linkPayments.stop();
      orchestrator.stop();
      await stripeConnection?.close();
      await mercadoPago.close();
    },
  };
}

export type CardPayments = ReturnType<typeof createCardPayments>;
