import type StripeClient from 'stripe';
import { KassaError } from '../../../shared/errors.ts';
import { stripeClient } from '../payments/providers/stripe/connect-stripe.ts';

type Mode = 'test' | 'live';

const secretShape = /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/;
const publishableShape = /^pk_(test|live)_[A-Za-z0-9]+$/;
const modeOf = (key: string): Mode => (key.includes('_live_') ? 'live' : 'test');

/**
 * The key rules of a Stripe profile (STO-1), each reported on the field to fix: a secret or restricted key in
 * the secret field and a publishable key in the publishable field, only live keys in a production profile,
 * and never test and live mixed. Messages never repeat the key.
 */
export function checkStripeKeys(input: {
  production: boolean;
  secretKey: string;
  publishableKey: string | null;
}): void {
  const { production, secretKey, publishableKey } = input;
  if (secretKey.startsWith('pk_'))
    throw new KassaError(
      'invalid_request',
      'This is a publishable key (pk_…). Paste the secret key (sk_…) or a restricted key (rk_…) here; the publishable key has its own field.',
      'secretKey',
    );
  if (!secretShape.test(secretKey))
    throw new KassaError(
      'invalid_request',
      'A Stripe secret key starts with sk_live_ or sk_test_ (restricted keys: rk_live_ or rk_test_). Copy it again from Developers → API keys in the Stripe dashboard.',
      'secretKey',
    );
  if (production && modeOf(secretKey) !== 'live')
    throw new KassaError(
      'invalid_request',
      'A production profile takes only live keys (sk_live_ or rk_live_): this is a test key. Switch off "production" to use test keys.',
      'secretKey',
    );
  if (publishableKey === null) return;
  if (/^(sk|rk)_/.test(publishableKey))
    throw new KassaError(
      'invalid_request',
      'This is a secret key: it goes in the secret key field, never in the publishable key field. Paste the key that starts with pk_ here.',
      'publishableKey',
    );
  if (!publishableShape.test(publishableKey))
    throw new KassaError(
      'invalid_request',
      'A publishable key starts with pk_live_ or pk_test_. Copy it again from Developers → API keys, or leave the field empty.',
      'publishableKey',
    );
  if (production && modeOf(publishableKey) !== 'live')
    throw new KassaError(
      'invalid_request',
      'A production profile takes only live keys: use the publishable key that starts with pk_live_.',
      'publishableKey',
    );
  if (modeOf(publishableKey) !== modeOf(secretKey))
    throw new KassaError(
      'invalid_request',
      `Test and live keys cannot be mixed: the secret key is a ${modeOf(secretKey)} key, the publishable key a ${modeOf(publishableKey)} key.`,
      'publishableKey',
    );
}

export interface StripeAccountCheck {
  accountId: string | null;
  /** What Stripe says about the key (balance livemode). */
  livemode: boolean;
  chargesEnabled: boolean;
  country: string | null;
  defaultCurrency: string | null;
}

interface SdkError {
  type?: string;
  statusCode?: number;
}

const sdkType = (error: unknown) => ((error ?? {}) as SdkError).type ?? '';

/**
 * Asks Stripe about a key (STO-2): GET /v1/account for the account, GET /v1/balance for livemode. A restricted
 * key without the account permission still verifies through the balance. Errors name the secret key field.
 */
export async function checkStripeKeyWithStripe(
  secretKey: string,
  apiUrl?: string,
): Promise<StripeAccountCheck> {
  const { default: Stripe } = await import('stripe');
  const stripe: StripeClient = stripeClient(Stripe, secretKey, apiUrl);
  try {
    const balance = await stripe.balance.retrieve();
    let account: StripeClient.Account | null = null;
    try {
      account = await stripe.accounts.retrieveCurrent();
    } catch (error) {
      if (sdkType(error) !== 'StripePermissionError') throw error;
    }
    return {
      accountId: account?.id ?? null,
      livemode: balance.livemode,
      chargesEnabled: account?.charges_enabled ?? true,
      country: account?.country ?? null,
      defaultCurrency: account?.default_currency?.toUpperCase() ?? null,
    };
  } catch (error) {
    const type = sdkType(error);
    if (type === 'StripeAuthenticationError')
      throw new KassaError(
        'provider_rejected',
        'Stripe did not accept this key: it is wrong, was rolled, or was deleted. Copy the current key from Developers → API keys. Nothing was saved.',
        'secretKey',
      );
    if (type === 'StripePermissionError')
      throw new KassaError(
        'provider_rejected',
        'This restricted key may not read the balance. Give it "Balance: read" (and Terminal access) in the Stripe dashboard, or use the secret key. Nothing was saved.',
        'secretKey',
      );
    throw new KassaError(
      'provider_unreachable',
      'Stripe could not be reached to check the key, so nothing was saved. Check the internet connection and save again.',
      'secretKey',
    );
  }
}
