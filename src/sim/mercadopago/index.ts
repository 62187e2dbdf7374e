/** The Mercado Pago Point simulator: start it, point the client's `baseUrl` at `url`, drive it with `control`. */
export {
  startMercadoPagoSimulator,
  type MercadoPagoSimulator,
  type MercadoPagoSimulatorControl,
  type MercadoPagoSimulatorOptions,
} from './server.ts';
export { declineDetails, defaultTerminals, type SimTerminalSeed } from './account.ts';
export type { MercadoPagoLedgerEntry } from './records.ts';
export type { SimFault, SimFaultKind } from '../faults.ts';
export type { SimCountry } from './money.ts';
export type { NotificationDelivery, SimWebhook } from './notifier.ts';
export { realClock, TestClock, type Clock, type ClockTimer } from '../clock.ts';
