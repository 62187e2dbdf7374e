import type StripeClient from 'stripe';
import { stripeClient } from '../payments/providers/stripe/connect-stripe.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

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
    throw translatedError('invalid_request', 'err.stripeKey.publishableInSecret', undefined, 'secretKey');
  if (!secretShape.test(secretKey))
    throw translatedError('invalid_request', 'err.stripeKey.secretFormat', undefined, 'secretKey');
  if (production && modeOf(secretKey) !== 'live')
    throw translatedError('invalid_request', 'err.stripeKey.secretNotLive', undefined, 'secretKey');
  if (publishableKey === null) return;
  if (/^(sk|rk)_/.test(publishableKey))
    throw translatedError(
      'invalid_request',
      'err.stripeKey.secretInPublishable',
      undefined,
      'publishableKey',
    );
  if (!publishableShape.test(publishableKey))
    throw translatedError('invalid_request', 'err.stripeKey.publishableFormat', undefined, 'publishableKey');
  if (production && modeOf(publishableKey) !== 'live')
    throw translatedError('invalid_request', 'err.stripeKey.publishableNotLive', undefined, 'publishableKey');
  if (modeOf(publishableKey) !== modeOf(secretKey))
    throw translatedError(
      'invalid_request',
      modeOf(secretKey) === 'live' ? 'err.stripeKey.mixedLiveTest' : 'err.stripeKey.mixedTestLive',
      undefined,
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
      throw translatedError('provider_rejected', 'err.stripeKey.notAccepted', undefined, 'secretKey');
    if (type === 'StripePermissionError')
      throw translatedError('provider_rejected', 'err.stripeKey.restrictedNoBalance', undefined, 'secretKey');
    throw translatedError('provider_unreachable', 'err.stripeKey.unreachable', undefined, 'secretKey');
  }
}
