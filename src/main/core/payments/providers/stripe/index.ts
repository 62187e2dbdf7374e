/** The Stripe integration, loaded on demand once the till is ready (the SDK alone takes ~250 ms to load). */
export { connectStripe, stripeClient, type ConnectedProvider } from './connect-stripe.ts';
export { createStripeTerminal } from './stripe-terminal.ts';
export { createStripeReaders } from './stripe-readers.ts';
export { createStripeOffSession } from './stripe-off-session.ts';
