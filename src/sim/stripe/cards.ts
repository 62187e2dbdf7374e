import { createHash } from 'node:crypto';

/** Why an authorization fails, in the terms of Stripe's card errors. */
export interface Decline {
  code: 'card_declined' | 'expired_card' | 'incorrect_cvc' | 'processing_error' | 'authentication_required';
  declineCode: string;
  message: string;
}

export interface TestCard {
  number: string;
  brand: string;
  funding: 'credit' | 'debit' | 'prepaid';
  country: string;
  /** How the issuer answers an authorization (a charge, and a setup or an attach unless `chargesOnly`). */
  decline: Decline | null;
  /**
   * When the issuer asks for 3D Secure: `always` on every card-not-present payment and setup (4000002760003184);
   * `unless_set_up` on setup and on payments, except off-session ones on a card saved through a SetupIntent
   * (4000002500003155). In person the chip and PIN stand for it.
   */
  authentication?: 'always' | 'unless_set_up';
  /** The decline applies to charges only: attaching and setting up the card succeed (4000000000000341). */
  chargesOnly?: true;
  /** The issuer's answer to the CVC typed on a page: `pass` unless said (4000000000000101 fails it). */
  cvcCheck?: 'fail';
}

const declined = (declineCode: string, message = 'Your card was declined.'): Decline => ({
  code: 'card_declined',
  declineCode,
  message,
});

/** Stripe's documented test cards and what they do. */
const table: Record<string, Omit<TestCard, 'number'>> = {
  '4242424242424242': { brand: 'visa', funding: 'credit', country: 'US', decline: null },
  '4000056655665556': { brand: 'visa', funding: 'debit', country: 'US', decline: null },
  '5555555555554444': { brand: 'mastercard', funding: 'credit', country: 'US', decline: null },
  '5200828282828210': { brand: 'mastercard', funding: 'debit', country: 'US', decline: null },
  '378282246310005': { brand: 'amex', funding: 'credit', country: 'US', decline: null },
  '6011111111111117': { brand: 'discover', funding: 'credit', country: 'US', decline: null },
  '4000002760000016': { brand: 'visa', funding: 'credit', country: 'DE', decline: null },
  '4506445006931933': { brand: 'interac', funding: 'debit', country: 'CA', decline: null },
  '4000000000000002': {
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    decline: declined('generic_decline'),
  },
  '4000000000009995': {
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    decline: declined('insufficient_funds', 'Your card has insufficient funds.'),
  },
  '4000000000009987': { brand: 'visa', funding: 'credit', country: 'US', decline: declined('lost_card') },
  '4000000000009979': { brand: 'visa', funding: 'credit', country: 'US', decline: declined('stolen_card') },
  '4000000000000069': {
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    decline: { code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  },
  '4000000000000127': {
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    decline: {
      code: 'incorrect_cvc',
      declineCode: 'incorrect_cvc',
      message: "Your card's security code is incorrect.",
    },
  },
  // Stripe's "cvc_check fails" card: with no Radar rule blocking it (the simulator has no Radar) it is saved, and its
  // PaymentMethod says `checks.cvc_check: fail`.
  '4000000000000101': { brand: 'visa', funding: 'credit', country: 'US', decline: null, cvcCheck: 'fail' },
  '4000000000000119': {
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    decline: {
      code: 'processing_error',
      declineCode: 'processing_error',
      message: 'An error occurred while processing your card. Try again in a little bit.',
    },
  },
  '4000002500003155': {
    brand: 'visa',
    funding: 'credit',
    country: 'IE',
    decline: null,
    authentication: 'unless_set_up',
  },
  '4000000000000341': {
    brand: 'visa',
    funding: 'credit',
    country: 'US',
    decline: declined('generic_decline'),
    chargesOnly: true,
  },
  '4000002760003184': {
    brand: 'visa',
    funding: 'credit',
    country: 'DE',
    authentication: 'always',
    decline: {
      code: 'authentication_required',
      declineCode: 'authentication_required',
      message: 'Your card was declined. This transaction requires authentication.',
    },
  },
};

/** Test PaymentMethod ids Stripe accepts without creating a PaymentMethod first. */
export const testPaymentMethods: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_visa_debit: '4000056655665556',
  pm_card_mastercard: '5555555555554444',
  pm_card_amex: '378282246310005',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_chargeDeclinedLostCard: '4000000000009987',
  pm_card_chargeDeclinedStolenCard: '4000000000009979',
  pm_card_chargeDeclinedExpiredCard: '4000000000000069',
  pm_card_chargeDeclinedProcessingError: '4000000000000119',
  pm_card_authenticationRequired: '4000002760003184',
  pm_card_authenticationRequiredOnSetup: '4000002500003155',
  pm_card_chargeCustomerFail: '4000000000000341',
};

/** The message Stripe gives when an off-session payment needs the customer to authenticate. */
export const authenticationDecline: Decline = {
  code: 'authentication_required',
  declineCode: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
};

/** How the issuer answers setting up or attaching the card: its decline, unless the decline is for charges only. */
export function setupDecline(card: TestCard): Decline | null {
  if (card.chargesOnly === true || card.decline?.code === 'authentication_required') return null;
  return card.decline;
}

export const defaultCardNumber = '4242424242424242';
export const defaultInteracNumber = '4506445006931933';

/** A documented test card, or any other Luhn-valid number (approved, brand from its prefix); undefined if invalid. */
export function lookupCard(number: string): TestCard | undefined {
  const digits = number.replace(/[\s-]/g, '');
  const known = table[digits];
  if (known !== undefined) return { number: digits, ...known };
  if (!/^[0-9]{13,19}$/.test(digits) || !luhnValid(digits)) return undefined;
  return { number: digits, brand: brandOf(digits), funding: 'credit', country: 'US', decline: null };
}

export function fingerprintOf(number: string): string {
  return createHash('sha256').update(number).digest('base64url').replace(/[-_]/g, '').slice(0, 16);
}

function brandOf(digits: string): string {
  if (digits.startsWith('4')) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^6(011|5)/.test(digits)) return 'discover';
  if (/^35/.test(digits)) return 'jcb';
  if (/^62/.test(digits)) return 'unionpay';
  return 'unknown';
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
