import type Stripe from 'stripe';
import { fingerprintOf, lookupCard, testPaymentMethods, type TestCard } from './cards.ts';
import { noSuch } from './errors.ts';
import type { ModeState } from './state.ts';
import { newId } from './ids.ts';

export type PresentType = 'card_present' | 'interac_present';

const expiry = { exp_month: 12, exp_year: new Date().getUTCFullYear() + 3 };

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
        cvc_check: generatedFrom ? null : 'pass',
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
