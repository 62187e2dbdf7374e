/**
 * Mercado Pago's JSON as it travels over the wire (Orders API for Point, Terminals API, notifications).
 * Field names keep Mercado Pago's snake_case so a response can be compared with their documentation line by
 * line. The simulator builds its answers with these same types, so a shape drift is a compile error.
 */

export const mercadoPagoOrderStatuses = [
  'created',
  'at_terminal',
  'processed',
  'failed',
  'canceled',
  'action_required',
  'expired',
  'refunded',
] as const;
export type MercadoPagoOrderStatus = (typeof mercadoPagoOrderStatuses)[number];

/**
 * Statuses after which the terminal is free again. `action_required` is final too: Mercado Pago never moves
 * it on, the cashier has to look at the terminal. `processed` can still become `refunded`, but no card will
 * be read for it any more.
 */
export const finalOrderStatuses: ReadonlySet<MercadoPagoOrderStatus> = new Set([
  'processed',
  'failed',
  'canceled',
  'action_required',
  'expired',
  'refunded',
]);

export function isMercadoPagoOrderStatus(value: unknown): value is MercadoPagoOrderStatus {
  return typeof value === 'string' && (mercadoPagoOrderStatuses as readonly string[]).includes(value);
}

export type OperatingMode = 'PDV' | 'STANDALONE';

export interface MercadoPagoTerminal {
  /** `<type>__<serial>`, for example `NEWLAND_N950__N950NCB801293324`. */
  id: string;
  /** An integer in the reference, a string in the guide: never compare it with `===` against a number. */
  pos_id?: number | string;
  store_id?: string;
  external_pos_id?: string;
  /** `UNDEFINED` is read-only: Mercado Pago does not recognise the terminal's configuration. */
  operating_mode: OperatingMode | 'UNDEFINED';
}

export interface MercadoPagoPaging {
  total: number;
  offset: number;
  limit: number;
}

export interface MercadoPagoTerminalListResponse {
  data: { terminals: MercadoPagoTerminal[] };
  paging: MercadoPagoPaging;
}

export interface MercadoPagoOperatingModeRequest {
  terminals: { id: string; operating_mode: OperatingMode }[];
}

export type MercadoPagoOperatingModeResponse = MercadoPagoOperatingModeRequest;

export type PrintOnTerminal = 'seller_ticket' | 'no_ticket';

export interface MercadoPagoCreateOrderRequest {
  type: 'point';
  /** At most 64 characters of `[A-Za-z0-9_-]`, unique per order, never personal data. */
  external_reference: string;
  /** ISO 8601 duration from `PT30S` to `PT3H`; Mercado Pago defaults to 15 minutes. */
  expiration_time?: string;
  /** At most 150 characters. */
  description?: string;
  /** Point orders carry exactly one payment. */
  transactions: { payments: [{ amount: string }] };
  config: {
    point: { terminal_id: string; print_on_terminal?: PrintOnTerminal };
    payment_method?: { default_type?: 'credit_card' | 'debit_card' };
  };
}

export interface MercadoPagoPaymentMethod {
  /** Card brand or method, for example `master`, `visa`, `debvisa`. */
  id: string;
  /** `credit_card`, `debit_card`, `prepaid_card`, … */
  type: string;
  installments: number;
}

export interface MercadoPagoPayment {
  id: string;
  amount: string;
  /** What the customer really paid; differs from `amount` when the terminal added a tip. */
  paid_amount?: string;
  refunded_amount?: string;
  status: string;
  status_detail: string;
  /** Mercado Pago's payment id, the key in their reports. */
  reference_id?: string;
  payment_method?: MercadoPagoPaymentMethod;
  /** The card read at the terminal, once the payment is processed: never the full number. */
  card?: MercadoPagoCard;
}

/** As in Mercado Pago's payment resource: the card's first six (BIN) and last four digits. */
export interface MercadoPagoCard {
  first_six_digits?: string;
  last_four_digits?: string;
}

export interface MercadoPagoRefund {
  id: string;
  transaction_id: string;
  reference_id?: string;
  amount: string;
  /** `processing` while Mercado Pago works on it, `processed` once done. */
  status: string;
}

export interface MercadoPagoOrder {
  id: string;
  type: 'point';
  user_id?: string;
  external_reference: string;
  description?: string;
  processing_mode?: string;
  country_code?: string;
  status: MercadoPagoOrderStatus;
  status_detail: string;
  /** ISO 8601; Mercado Pago sends both dates, but nothing in Kassa depends on them. */
  created_date?: string;
  last_updated_date?: string;
  expiration_time?: string;
  config: {
    point: { terminal_id: string; print_on_terminal?: PrintOnTerminal };
    payment_method?: { default_type?: string };
  };
  transactions: {
    payments: MercadoPagoPayment[];
    refunds?: MercadoPagoRefund[];
  };
}

export interface MercadoPagoRefundRequest {
  transactions: { id: string; amount: string }[];
}

/** The test endpoint `POST /v1/orders/{id}/events`: forces a final status on a test account's order. */
export type ForcedOrderStatus =
  'processed' | 'failed' | 'canceled' | 'expired' | 'refunded' | 'action_required';

export interface MercadoPagoOrderEventRequest {
  status: ForcedOrderStatus;
  status_detail?: string;
  payment_method_type?: string;
  payment_method_id?: string;
  installments?: number;
}

/**
 * Error bodies come in three envelopes: the Orders API nests `errors[]`, authentication failures are flat
 * `{ code, message }`, and older endpoints answer `{ error, message, status, cause }`.
 */
export interface MercadoPagoErrorBody {
  errors?: { code: string; message: string; details?: string[] }[];
  code?: string;
  error?: string;
  message?: string;
  status?: number | string;
  cause?: { code?: string | number; description?: string }[] | string;
}

export const notificationActions = [
  'order.processed',
  'order.canceled',
  'order.failed',
  'order.expired',
  'order.action_required',
  'order.refunded',
] as const;
export type MercadoPagoNotificationAction = (typeof notificationActions)[number];

export interface MercadoPagoOrderNotification {
  type: 'order';
  action: string;
  data: { id: string };
  api_version?: string;
  application_id?: string;
  date_created?: string;
  live_mode?: boolean;
  user_id?: string;
}
