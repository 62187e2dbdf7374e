import type Stripe from 'stripe';
import type { Decline, TestCard } from './cards.ts';
import { noSuch } from './errors.ts';
import { captureWindowSeconds, incrementSupported } from './holds.ts';
import { newId, randomToken } from './ids.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import { inRange, type Params } from './params.ts';
import type { PresentType } from './payment-methods.ts';
import type { ModeState } from './state.ts';

export interface ChargeInput {
  intent: Stripe.PaymentIntent;
  pm: Stripe.PaymentMethod;
  card: TestCard;
  method: PresentType | 'card';
  decline: Decline | null;
  capture: boolean;
  incrementalAuthorizationSupported: boolean;
  reader: Stripe.Terminal.Reader | null;
  /** An off-session payment the merchant started: its hold is shorter on some networks. */
  merchantInitiated?: boolean;
}

/** The Charge one authorization attempt leaves behind, approved or declined. */
export function newCharge(state: ModeState, input: ChargeInput): Stripe.Charge {
  const { intent, pm, decline, capture } = input;
  const now = state.clock.nowSeconds();
  const approved = decline === null;
  const charge: Stripe.Charge = {
    id: newId('ch'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: approved && capture ? intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: approved && capture ? newId('txn') : null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: state.account.businessName.toUpperCase().slice(0, 22),
    captured: approved && capture,
    created: now,
    currency: intent.currency,
    customer: typeof intent.customer === 'string' ? intent.customer : null,
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: decline?.code ?? null,
    failure_message: decline?.message ?? null,
    fraud_details: {},
    livemode: state.livemode,
    metadata: { ...intent.metadata },
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: approved ? 'approved_by_network' : 'declined_by_network',
      reason: decline?.declineCode ?? null,
      risk_level: 'normal',
      seller_message: approved
        ? 'Payment complete.'
        : 'The bank did not return any further details with this decline.',
      type: approved ? 'authorized' : 'issuer_declined',
    },
    paid: approved,
    payment_intent: intent.id,
    payment_method: pm.id,
    payment_method_details: paymentMethodDetails(input, now),
    receipt_email: null,
    receipt_number: null,
    receipt_url: approved ? `https://pay.stripe.com/receipts/payment/${randomToken(40)}` : null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: approved ? 'succeeded' : 'failed',
    transfer_data: null,
    transfer_group: null,
  };
  state.charges.set(charge.id, charge);
  return charge;
}

function paymentMethodDetails(input: ChargeInput, now: number): Stripe.Charge.PaymentMethodDetails {
  const { card, decline, intent, reader } = input;
  const approved = decline === null;
  const common = {
    brand: card.brand,
    country: card.country,
    exp_month: 12,
    exp_year: new Date().getUTCFullYear() + 3,
    fingerprint: pmFingerprint(input.pm),
    funding: card.funding,
    last4: card.number.slice(-4),
    network: card.brand,
    network_transaction_id: approved ? randomToken(15) : null,
  };
  const receipt = {
    application_cryptogram: randomToken(16),
    application_preferred_name: card.brand.toUpperCase(),
    authorization_code: approved ? randomToken(6).toUpperCase() : null,
    authorization_response_code: approved ? '3030' : '3035',
    cardholder_verification_method: 'none',
    dedicated_file_name: 'A0000000031010',
    terminal_verification_results: '0000000000',
    transaction_status_information: '0000',
  };
  const where =
    reader === null
      ? {}
      : { reader: reader.id, ...(typeof reader.location === 'string' ? { location: reader.location } : {}) };
  if (input.method === 'card_present') {
    return {
      type: 'card_present',
      card_present: {
        ...common,
        ...where,
        amount_authorized: approved ? intent.amount : null,
        brand_product: null,
        capture_before: now + captureWindowSeconds(card.brand, 'card_present', false),
        cardholder_name: null,
        emv_auth_data: randomToken(24),
        generated_card: null,
        incremental_authorization_supported: incrementSupported(
          input.incrementalAuthorizationSupported,
          card.brand,
        ),
        offline: null,
        overcapture_supported: false,
        preferred_locales: ['en', 'de'],
        read_method: 'contactless_emv',
        receipt: { ...receipt, account_type: 'credit' },
      },
    };
  }
  if (input.method === 'interac_present') {
    return {
      type: 'interac_present',
      interac_present: {
        ...common,
        ...where,
        cardholder_name: null,
        emv_auth_data: randomToken(24),
        generated_card: null,
        preferred_locales: ['en', 'fr'],
        read_method: 'contact_emv',
        receipt: { ...receipt, account_type: 'checking' },
      },
    };
  }
  return {
    type: 'card',
    card: {
      ...common,
      amount_authorized: approved ? intent.amount : null,
      authorization_code: receipt.authorization_code,
      capture_before: now + captureWindowSeconds(card.brand, 'card', input.merchantInitiated === true),
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      electronic_commerce_indicator: null,
      installments: null,
      mandate: null,
      regulated_status: 'unregulated',
      three_d_secure: null,
      transaction_link_id: null,
      wallet: null,
    },
  };
}

function pmFingerprint(pm: Stripe.PaymentMethod): string | null {
  return pm.card_present?.fingerprint ?? pm.interac_present?.fingerprint ?? pm.card?.fingerprint ?? null;
}

export function chargeOrThrow(state: ModeState, id: string, param = 'id'): Stripe.Charge {
  const charge = state.charges.get(id);
  if (charge === undefined) throw noSuch('charge', id, param);
  return charge;
}

export function retrieveCharge(state: ModeState, id: string, body: Params): Stripe.Charge {
  body.expand();
  return structuredClone(chargeOrThrow(state, id));
}

export function listCharges(state: ModeState, params: Params): Stripe.ApiList<Stripe.Charge> {
  const paymentIntent = params.string('payment_intent');
  const customer = params.string('customer');
  const created = params.range('created');
  params.expand();
  const items = newestFirst(state.charges.values()).filter(
    (c) =>
      (paymentIntent === undefined || c.payment_intent === paymentIntent) &&
      (customer === undefined || c.customer === customer) &&
      inRange(c.created, created),
  );
  return paginate(
    items.map((c) => structuredClone(c)),
    params,
    '/v1/charges',
    'charge',
  );
}

export const chargeListParams = [...listParams, 'payment_intent', 'customer', 'created', 'transfer_group'];
