import type Stripe from 'stripe';

/**
 * What a PaymentIntent asks for when the issuer wants 3D Secure on an on-session confirmation. Confirmed from the
 * server with a `return_url`, Stripe answers `redirect_to_url`: a Stripe-hosted page where the customer
 * authenticates, then is sent back to the `return_url` (docs.stripe.com/payments/3d-secure, "manually handle 3D
 * Secure redirects"). Without one, the intent waits for Stripe.js (`use_stripe_sdk`).
 *
 * This is how an off-session payment that failed with `authentication_required` is finished: the merchant confirms
 * the same PaymentIntent again on-session with the saved card and a return URL, and sends the customer the link.
 */
export function authenticationAction(
  intent: Stripe.PaymentIntent,
  redirect: { returnUrl: string; hostedBase: string } | null,
): Stripe.PaymentIntent.NextAction {
  if (redirect === null) return { type: 'use_stripe_sdk', use_stripe_sdk: {} };
  const { returnUrl, hostedBase } = redirect;
  return {
    type: 'redirect_to_url',
    redirect_to_url: {
      return_url: returnUrl,
      url: `${hostedBase}/c/authenticate/${intent.id}?return_url=${encodeURIComponent(returnUrl)}`,
    },
  };
}
