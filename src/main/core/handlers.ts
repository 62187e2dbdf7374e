import type { Updates } from './system/updates.ts';
import type { DisplayLanguageMemory } from './system/display-language.ts';
import type { Handlers } from './ipc/dispatcher.ts';
import type { Services } from './services.ts';
import type { CardPayments } from './payments/card-payments.ts';
import { toPaymentMethod } from './payments/payment-methods.ts';
import { stripeReaderHandlers } from './payments/providers/stripe/reader-handlers.ts';
import { mercadoPagoHandlers } from './payments/providers/mercadopago/mercadopago-handlers.ts';
import type { PreferenceServices } from './settings/preference-services.ts';
import { preferenceHandlers } from './settings/preference-handlers.ts';
import { staffHandlers } from './staff/staff-handlers.ts';
import { customerHandlers } from './customers/customer-handlers.ts';
import { exportHandlers } from './exports/export-handlers.ts';
import { shiftHandlers, withShiftGate } from './shifts/shift-handlers.ts';
import { returnHandlers } from './shifts/return-handlers.ts';
import { reportHandlers } from './reports/report-handlers.ts';
import { paylinkHandlers } from './payments/links/paylink-handlers.ts';
import { cardOnFileHandlers } from './payments/cards/card-handlers.ts';
import { offSessionHandlers } from './payments/cards/off-session-handlers.ts';
import { holdHandlers } from './payments/holds/hold-handlers.ts';
import { keptOrderHandlers } from './orders/kept-handlers.ts';
import { autopilotHandlers } from './payments/autopilot/autopilot-handlers.ts';
import type { CustomerDisplay } from './display/customer-display.ts';
import { customerDisplayHandlers } from './display/customer-display-handlers.ts';
import type { MailOutbox } from './mail/mail-outbox.ts';
import type { SmtpSettingsService } from './mail/smtp-settings.ts';
import { mailHandlers } from './mail/mail-handlers.ts';
import { printingHandlers } from './printing/printing-handlers.ts';
import type { Printing } from './printing/printing.ts';
import { receiptSettingsHandlers } from './receipts/receipt-settings.ts';

/** Every channel of the contract mapped to the service that answers it. The compiler checks none is missing. */
export function createHandlers(
  s: Services,
  cards: CardPayments,
  prefs: PreferenceServices,
  updates: Updates,
  display: CustomerDisplay,
  mail: { outbox: MailOutbox; smtp: SmtpSettingsService },
  printing: Printing,
  displayLanguage: DisplayLanguageMemory,
): Handlers {
  const o = cards.orchestrator;
  return withShiftGate(
    createRoutes(s, cards, prefs, updates, o, display, mail, printing, displayLanguage),
    s.shifts,
  );
}

function createRoutes(
  s: Services,
  cards: CardPayments,
  prefs: PreferenceServices,
  updates: Updates,
  o: CardPayments['orchestrator'],
  display: CustomerDisplay,
  mail: { outbox: MailOutbox; smtp: SmtpSettingsService },
  printing: Printing,
  displayLanguage: DisplayLanguageMemory,
): Handlers {
  return {
    'alerts.list': () => s.alerts.open(),
    'updates.status': () => updates.status(),
    'displayLanguage.remember': ({ language }) => displayLanguage.remember(language),
    'app.restart': () => {
      displayLanguage.relaunch();
      return {};
    },
    'alerts.acknowledge': ({ id }) => s.alerts.acknowledge(id),

    'store.info': () => s.storeInfo(),
    // Only methods that can take a payment in the store's currency with the providers set up (issue 15.16).
    'paymentMethods.list': () =>
      s
        .offeredMethods()
        .filter((m) => cards.unavailable(m, s.store().currency) === null)
        .map(toPaymentMethod),

    'catalog.categories': () => s.catalog.categories(),
    'catalog.products': ({ categoryId }) => s.catalog.products(categoryId),
    'catalog.search': ({ query, limit }) => s.catalog.search(query, limit),
    'catalog.byBarcode': ({ barcode }) => s.catalog.byBarcode(barcode),

    'orders.checkout': ({ cardPayment, ...request }) => {
      // The card payment the till sends next is checked before the order is saved, so a method that cannot
      // work never leaves an open order behind it (issue 15.16).
      if (cardPayment) cards.checkBeforeSaving({ ...cardPayment, currency: s.store().currency });
      return s.orders.checkout(request);
    },
    'orders.addPayment': ({ orderId, payment }) => s.orders.addPayment(orderId, payment),
    'orders.void': ({ orderId, reason }) => s.orders.void(orderId, reason),
    'orders.get': ({ orderId }) => s.orders.get(orderId),
    'orders.search': (query) => s.searchOrders(query),

    'payments.start': async (request) => {
      // Providers connect in the background after start-up, and a saved Mercado Pago change reconnects.
      await cards.settled();
      return o.start(request);
    },
    'payments.get': ({ attemptId }) => o.get(attemptId),
    'payments.forOrder': ({ orderId }) => o.forOrder(orderId),
    'payments.cancel': ({ attemptId }) => o.cancel(attemptId),
    'payments.retry': ({ attemptId }) => o.retry(attemptId),
    'payments.checkAgain': ({ attemptId }) => o.checkAgain(attemptId),
    'payments.forceDone': ({ attemptId, managerPin }) => o.forceDone(attemptId, managerPin),
    'payments.simulateCard': ({ attemptId, card }) => o.simulateCard(attemptId, card),
    'payments.refund': async ({ managerPin, ...request }) => {
      await cards.settled();
      cards.links.links.checkRefundable(request.orderId, request.paymentLineId);
      return cards.refunds.refund(request, s.tillActor() ?? null, managerPin);
    },
    'payments.refundsForOrder': ({ orderId }) => cards.refunds.forOrder(orderId),
    ...stripeReaderHandlers(s, cards),
    ...mercadoPagoHandlers(s, cards),
    ...staffHandlers(s, prefs),
    ...preferenceHandlers(s, prefs),
    ...customerHandlers(s),
    ...exportHandlers(s),
    ...shiftHandlers(s),
    ...returnHandlers(s, cards),
    ...reportHandlers(s),
    ...paylinkHandlers(s, cards, mail),
    ...cardOnFileHandlers(s, cards),
    ...offSessionHandlers(cards),
    ...holdHandlers(cards),
    ...keptOrderHandlers(s),
    ...autopilotHandlers(s, cards),
    ...customerDisplayHandlers(s, display),
    ...mailHandlers(s, mail.outbox, mail.smtp),
    ...printingHandlers(printing),
    ...receiptSettingsHandlers(s),
  };
}
