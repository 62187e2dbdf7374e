/** The Stripe simulator: start it, point the `stripe` SDK at `{ host, port, protocol }`, drive it with `control`. */
export { startStripeSimulator, type StripeSimulator, type StripeSimulatorOptions } from './server.ts';
export type {
  LedgerPaymentIntent,
  LedgerRefund,
  PresentCardOptions,
  StripeLedger,
  StripeSimulatorControl,
} from './control.ts';
export type { ResolvedAccount, SimAccount, SimAccountKeys } from './accounts.ts';
export type { SimFault, SimFaultKind } from '../faults.ts';
export { realClock, TestClock, type Clock, type ClockTimer } from '../clock.ts';
