import type Stripe from 'stripe';
import { fingerprintOf, lookupCard, setupDecline, testPaymentMethods, type TestCard } from './cards.ts';
import { invalidParam, invalidRequest, missingParam, noSuch, SimApiError } from './errors.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import type { Params } from './params.ts';
import type { ModeState, Scope } from './state.ts';
import { newId } from './ids.ts';

export type PresentType = 'card_present' | 'interac_present';

/** Every simulated card expires in December, three years from now (Stripe's test cards take any future date). */
export const cardExpiry = { exp_month: 12, exp_year: new Date().getUTCFullYear() + 3 };
const expiry = cardExpiry;

function base(state: ModeState, type: string): Omit<Stripe.PaymentMethod, 'type'> & { type: string } {
  return {
    id: newId('pm'),
    object: 'payment_method',
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    created: state.clock.nowSeconds(),
    customer: null,
    customer_account: null,
    livemode: state.livemode,
    metadata: {},
    allow_redisplay: 'unspecified',
    type,
  };
}

/** The PaymentMethod a reader creates from a tapped or inserted card. */
export function presentedPaymentMethod(
  state: ModeState,
  card: TestCard,
  type: PresentType,
): Stripe.PaymentMethod {
  const details = {
    brand: card.brand,
    brand_product: null,
    cardholder_name: null,
    country: card.country,
    exp_month: expiry.exp_month,
    exp_year: expiry.exp_year,
    fingerprint: fingerprintOf(card.number),
    funding: card.funding,
    last4: card.number.slice(-4),
    networks: { available: [card.brand], preferred: null },
    offline: null,
    preferred_locales: ['en', 'de'],
    read_method: 'contactless_emv' as const,
  };
  const pm: Stripe.PaymentMethod =
    type === 'card_present'
      ? { ...base(state, 'card_present'), type: 'card_present', card_present: details }
      : { ...base(state, 'interac_present'), type: 'interac_present', interac_present: details };
  state.paymentMethods.set(pm.id, pm);
  return pm;
}

/** A reusable `card` PaymentMethod: a card-not-present test card, or the card generated from a card_present one. */
export function cardPaymentMethod(
  state: ModeState,
  card: TestCard,
  generatedFrom: { charge: string | null; setupAttempt: string | null } | null,
): Stripe.PaymentMethod {
  const pm: Stripe.PaymentMethod = {
    ...base(state, 'card'),
    type: 'card',
    card: {
      brand: card.brand,
      checks: {
        address_line1_check: null,
        address_postal_code_check: null,
        cvc_check: generatedFrom ? null : (card.cvcCheck ?? 'pass'),
      },
      country: card.country,
      display_brand: card.brand,
      exp_month: expiry.exp_month,
      exp_year: expiry.exp_year,
      fingerprint: fingerprintOf(card.number),
      funding: card.funding,
      generated_from:
        generatedFrom === null
          ? null
          : {
              charge: generatedFrom.charge,
              payment_method_details: null,
              setup_attempt: generatedFrom.setupAttempt,
            },
      last4: card.number.slice(-4),
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
  };
  state.paymentMethods.set(pm.id, pm);
  state.cardNumbers.set(pm.id, card.number);
  return pm;
}

/** Resolves a `payment_method` parameter: a stored PaymentMethod or one of Stripe's `pm_card_…` test ids. */
export function resolvePaymentMethod(
  state: ModeState,
  id: string,
  param = 'payment_method',
): { pm: Stripe.PaymentMethod; card: TestCard | undefined } {
  const testNumber = testPaymentMethods[id];
  if (testNumber !== undefined && !state.livemode) {
    const card = lookupCard(testNumber) as TestCard;
    return { pm: cardPaymentMethod(state, card, null), card };
  }
  const pm = state.paymentMethods.get(id);
  if (pm === undefined) throw noSuch('PaymentMethod', id, param);
  const number = state.cardNumbers.get(id);
  return { pm, card: number === undefined ? undefined : lookupCard(number) };
}

export function retrievePaymentMethod(state: ModeState, id: string): Stripe.PaymentMethod {
  const pm = state.paymentMethods.get(id);
  if (pm === undefined) throw noSuch('PaymentMethod', id);
  return structuredClone(pm);
}

export const paymentMethodAttachParams = ['customer', 'customer_account', 'expand'];
export const paymentMethodDetachParams = ['expand'];
export const paymentMethodListParams = [
  ...listParams,
  'customer',
  'customer_account',
  'type',
  'allow_redisplay',
];
export const customerPaymentMethodListParams = [...listParams, 'type', 'allow_redisplay'];

const redisplayValues = ['always', 'limited', 'unspecified'];

/** Stripe refuses a PaymentMethod that was detached: it cannot be attached or charged again. */
export function ensureUsable(state: ModeState, pm: Stripe.PaymentMethod, param: string): void {
  if (state.consumedMethods.has(pm.id)) {
    throw invalidRequest(
      'This PaymentMethod was previously used without being attached to a Customer or was detached from a Customer, and may not be used again.',
      { param },
    );
  }
}

/** Saves a PaymentMethod to a customer, as after a SetupIntent; the event says so. */
export function attachTo(scope: Scope, pm: Stripe.PaymentMethod, customer: string): void {
  if (pm.customer === customer) return;
  pm.customer = customer;
  scope.state.emit('payment_method.attached', pm, scope.origin);
}

/**
 * Attaches a card to a customer directly. The issuer checks the card as it is saved, so a card it declines is not
 * attached; a card that only fails charges (4000000000000341) is.
 */
export function attachPaymentMethod(scope: Scope, id: string, params: Params): Stripe.PaymentMethod {
  const { state } = scope;
  const customer = params.string('customer');
  const account = params.string('customer_account');
  params.expand();
  if (customer === undefined && account === undefined) throw missingParam('customer');
  if (customer === undefined) {
    throw invalidParam(
      'The simulator keeps PaymentMethods on Customers only: pass `customer`.',
      'customer_account',
    );
  }
  if (!state.customers.has(customer)) throw noSuch('customer', customer, 'customer');
  const { pm, card } = resolvePaymentMethod(state, id);
  ensureUsable(state, pm, 'payment_method');
  if (pm.type !== 'card') {
    throw invalidRequest(
      `PaymentMethods of type ${pm.type} cannot be attached to a Customer. Save a card read in person with a SetupIntent on a reader: its generated_card can be attached.`,
      { param: 'payment_method' },
    );
  }
  if (pm.customer !== null && pm.customer !== customer) {
    throw invalidRequest('The payment method you provided has already been attached to a customer.', {
      param: 'payment_method',
    });
  }
  const decline = card === undefined ? null : setupDecline(card);
  if (decline !== null) {
    throw new SimApiError(402, {
      type: 'card_error',
      code: decline.code,
      decline_code: decline.declineCode,
      message: decline.message,
    });
  }
  attachTo(scope, pm, customer);
  return pm;
}

export function detachPaymentMethod(scope: Scope, id: string, params: Params): Stripe.PaymentMethod {
  const { state } = scope;
  params.expand();
  const pm = state.paymentMethods.get(id);
  if (pm === undefined) throw noSuch('PaymentMethod', id, 'payment_method');
  if (pm.customer === null) {
    throw invalidRequest(
      'The payment method you provided is not attached to a customer so detachment is impossible.',
      { param: 'payment_method' },
    );
  }
  pm.customer = null;
  state.consumedMethods.add(pm.id);
  const customer = [...state.customers.values()].find(
    (c) => c.invoice_settings.default_payment_method === pm.id,
  );
  if (customer !== undefined) customer.invoice_settings.default_payment_method = null;
  state.emit('payment_method.detached', pm, scope.origin);
  return pm;
}

function listFor(
  state: ModeState,
  params: Params,
  customer: string | undefined,
  url: string,
): Stripe.ApiList<Stripe.PaymentMethod> {
  const type = params.string('type');
  const redisplay = params.oneOf('allow_redisplay', redisplayValues);
  params.expand();
  const items = newestFirst(state.paymentMethods.values()).filter(
    (pm) =>
      pm.customer === (customer ?? null) &&
      customer !== undefined &&
      (type === undefined || pm.type === type) &&
      (redisplay === undefined || (pm.allow_redisplay ?? 'unspecified') === redisplay),
  );
  return paginate(items, params, url, 'payment_method');
}

/** `GET /v1/payment_methods`: a customer's saved PaymentMethods (without `customer` none are listed). */
export function listPaymentMethods(state: ModeState, params: Params): Stripe.ApiList<Stripe.PaymentMethod> {
  const customer = params.string('customer');
  params.string('customer_account');
  if (customer !== undefined && !state.customers.has(customer))
    throw noSuch('customer', customer, 'customer');
  return listFor(state, params, customer, '/v1/payment_methods');
}

/** `GET /v1/customers/:id/payment_methods`. */
export function listCustomerPaymentMethods(
  state: ModeState,
  customer: string,
  params: Params,
): Stripe.ApiList<Stripe.PaymentMethod> {
  if (!state.customers.has(customer)) throw noSuch('customer', customer, 'customer');
  return listFor(state, params, customer, `/v1/customers/${customer}/payment_methods`);
}
