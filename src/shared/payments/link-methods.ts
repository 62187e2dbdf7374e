/**
 * The payment methods a Stripe Checkout link can offer, with the currencies Stripe accepts each in (null: any
 * currency the account takes). Card needs only the secret key; the others are Stripe-hosted redirects, which
 * the seed's set-up enables with the profile's publishable key.
 */
export const linkMethodCurrencies = {
  card: null,
  ideal: ['EUR'],
  bancontact: ['EUR'],
  sepa_debit: ['EUR'],
  eps: ['EUR'],
  p24: ['EUR', 'PLN'],
} as const satisfies Record<string, readonly string[] | null>;

export type LinkMethod = keyof typeof linkMethodCurrencies;

export const linkMethods = Object.keys(linkMethodCurrencies) as LinkMethod[];

/** Methods that complete `unpaid` and settle days later: refunded only once settled. */
export const delayedLinkMethods: readonly LinkMethod[] = ['sepa_debit'];

export type NotOfferedReason = 'currency' | 'publishable_key';

export interface LinkMethodChoice {
  offered: LinkMethod[];
  notOffered: { method: LinkMethod; reason: NotOfferedReason }[];
}

/**
 * Which of the methods the owner enabled fit this order: each one left out is given with its reason, so the
 * till can explain it instead of dropping it silently.
 */
export function chooseLinkMethods(
  enabled: readonly LinkMethod[],
  currency: string,
  hasPublishableKey: boolean,
): LinkMethodChoice {
  const choice: LinkMethodChoice = { offered: [], notOffered: [] };
  for (const method of enabled) {
    const currencies: readonly string[] | null = linkMethodCurrencies[method];
    if (currencies !== null && !currencies.includes(currency.toUpperCase()))
      choice.notOffered.push({ method, reason: 'currency' });
    else if (method !== 'card' && !hasPublishableKey)
      choice.notOffered.push({ method, reason: 'publishable_key' });
    else choice.offered.push(method);
  }
  return choice;
}
