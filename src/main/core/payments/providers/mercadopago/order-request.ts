import { checkMercadoPagoAmount, toMercadoPagoAmount } from './amounts.ts';
import { isValidExternalReference } from './external-reference.ts';
import type { MercadoPagoCreateOrderRequest, PrintOnTerminal } from './wire.ts';
import { translatedError, developerError } from '../../../../../shared/i18n/errors.ts';

export interface PointOrderInput {
  /** From `buildExternalReference(attemptId)`. */
  externalReference: string;
  terminalId: string;
  amountMinor: number;
  currency: string;
  /** How long the customer has to pay, 30 s to 3 h. Mercado Pago's default is 15 minutes. */
  expirationSeconds?: number;
  /** Mercado Pago prints the seller's ticket unless told `no_ticket`. */
  printOnTerminal?: PrintOnTerminal;
  /** Shown in Mercado Pago's panel; cut to their 150-character limit. Never put personal data here. */
  description?: string;
}

const minExpirationSeconds = 30;
const maxExpirationSeconds = 3 * 60 * 60;

/** 930 → "PT15M30S": the ISO 8601 duration Mercado Pago expects in `expiration_time`. */
export function toIsoDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s > 0 || seconds === 0 ? `${s}S` : ''}`;
}

/**
 * The body of `POST /v1/orders` for one card payment on a Point terminal. Checks the amount against the
 * country's limits before anything is sent, so a refusal reaches the cashier at once and in plain words.
 */
export function buildPointOrderRequest(input: PointOrderInput): MercadoPagoCreateOrderRequest {
  checkMercadoPagoAmount(input.amountMinor, input.currency);
  if (!isValidExternalReference(input.externalReference)) {
    throw developerError(
      'invalid_request',
      'A Mercado Pago external reference is at most 64 letters, digits, - or _: build it with buildExternalReference.',
    );
  }
  const body: MercadoPagoCreateOrderRequest = {
    type: 'point',
    external_reference: input.externalReference,
    transactions: { payments: [{ amount: toMercadoPagoAmount(input.amountMinor, input.currency) }] },
    config: { point: { terminal_id: input.terminalId } },
  };
  if (input.printOnTerminal !== undefined) body.config.point.print_on_terminal = input.printOnTerminal;
  if (input.expirationSeconds !== undefined) {
    const seconds = input.expirationSeconds;
    if (!Number.isInteger(seconds) || seconds < minExpirationSeconds || seconds > maxExpirationSeconds) {
      throw translatedError('invalid_request', 'err.mp.expirationRange', undefined, 'expirationSeconds');
    }
    body.expiration_time = toIsoDuration(seconds);
  }
  if (input.description !== undefined && input.description !== '') {
    body.description = input.description.slice(0, 150);
  }
  return body;
}
