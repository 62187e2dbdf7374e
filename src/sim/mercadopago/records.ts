import type {
  MercadoPagoCard,
  MercadoPagoOrder,
  MercadoPagoOrderStatus,
  MercadoPagoPayment,
  MercadoPagoPaymentMethod,
  MercadoPagoRefund,
  MercadoPagoTerminal,
  OperatingMode,
  PrintOnTerminal,
} from '../../main/core/payments/providers/mercadopago/wire.ts';
import { formatAmount, type SimSite } from './money.ts';

/**
 * What the simulated account holds, in minor units, and how it is shown: on the wire as Mercado Pago's JSON,
 * and in the ledger tests compare with Kassa's own books.
 */
export interface SimTerminal {
  id: string;
  pos_id: number;
  store_id: string;
  external_pos_id: string;
  /** What the Terminals API reports. */
  reportedMode: OperatingMode;
  /** What the terminal does: a mode change only applies after a restart when the account asks for one. */
  effectiveMode: OperatingMode;
}

export interface SimRefund {
  id: string;
  amountMinor: number;
  status: 'processing' | 'processed';
  reference_id: string;
}

export interface SimOrder {
  id: string;
  external_reference: string;
  description: string | undefined;
  expiration_time: string;
  expiresAt: number;
  /** As the integrator sent it; the sandbox device answers to several ids. */
  terminal_id: string;
  terminal: SimTerminal;
  print_on_terminal: PrintOnTerminal;
  default_type: string | undefined;
  createdAt: number;
  updatedAt: number;
  status: MercadoPagoOrderStatus;
  status_detail: string;
  payment: {
    id: string;
    amountMinor: number;
    status: string;
    status_detail: string;
    reference_id: string | undefined;
    payment_method: MercadoPagoPaymentMethod | undefined;
    card: MercadoPagoCard | undefined;
  };
  refunds: SimRefund[];
  cancelRequested: boolean;
}

export interface MercadoPagoLedgerEntry {
  orderId: string;
  externalReference: string;
  terminalId: string;
  status: MercadoPagoOrderStatus;
  statusDetail: string;
  currency: string;
  amount: string;
  amountMinor: number;
  paymentId: string;
  paymentStatus: string;
  paymentStatusDetail: string;
  refundedMinor: number;
  refunds: { id: string; amount: string; amountMinor: number; status: string }[];
  createdDate: string;
  lastUpdatedDate: string;
}

export function refundedMinor(order: SimOrder): number {
  return order.refunds.reduce((sum, r) => sum + r.amountMinor, 0);
}

export function renderTerminal(t: SimTerminal): MercadoPagoTerminal {
  return {
    id: t.id,
    pos_id: t.pos_id,
    store_id: t.store_id,
    external_pos_id: t.external_pos_id,
    operating_mode: t.reportedMode,
  };
}

export function renderOrder(order: SimOrder, site: SimSite, userId: string): MercadoPagoOrder {
  const { decimals, country } = site;
  const refunded = refundedMinor(order);
  const payment: MercadoPagoPayment = {
    id: order.payment.id,
    amount: formatAmount(order.payment.amountMinor, decimals),
    status: order.payment.status,
    status_detail: order.payment.status_detail,
  };
  if (order.payment.reference_id !== undefined) {
    payment.reference_id = order.payment.reference_id;
    payment.paid_amount = payment.amount;
  }
  if (order.payment.payment_method !== undefined)
    payment.payment_method = { ...order.payment.payment_method };
  if (order.payment.card !== undefined) payment.card = { ...order.payment.card };
  if (refunded > 0) payment.refunded_amount = formatAmount(refunded, decimals);
  const rendered: MercadoPagoOrder = {
    id: order.id,
    type: 'point',
    user_id: userId,
    external_reference: order.external_reference,
    processing_mode: 'automatic',
    country_code: country,
    status: order.status,
    status_detail: order.status_detail,
    created_date: new Date(order.createdAt).toISOString(),
    last_updated_date: new Date(order.updatedAt).toISOString(),
    expiration_time: order.expiration_time,
    config: { point: { terminal_id: order.terminal_id, print_on_terminal: order.print_on_terminal } },
    transactions: { payments: [payment] },
  };
  if (order.description !== undefined) rendered.description = order.description;
  if (order.default_type !== undefined) rendered.config.payment_method = { default_type: order.default_type };
  if (order.refunds.length > 0) {
    rendered.transactions.refunds = order.refunds.map((r): MercadoPagoRefund => ({
      id: r.id,
      transaction_id: order.payment.id,
      reference_id: r.reference_id,
      amount: formatAmount(r.amountMinor, decimals),
      status: r.status,
    }));
  }
  return rendered;
}

export function ledgerEntry(order: SimOrder, site: SimSite): MercadoPagoLedgerEntry {
  const { currency, decimals } = site;
  return {
    orderId: order.id,
    externalReference: order.external_reference,
    terminalId: order.terminal_id,
    status: order.status,
    statusDetail: order.status_detail,
    currency,
    amount: formatAmount(order.payment.amountMinor, decimals),
    amountMinor: order.payment.amountMinor,
    paymentId: order.payment.id,
    paymentStatus: order.payment.status,
    paymentStatusDetail: order.payment.status_detail,
    refundedMinor: refundedMinor(order),
    refunds: order.refunds.map((r) => ({
      id: r.id,
      amount: formatAmount(r.amountMinor, decimals),
      amountMinor: r.amountMinor,
      status: r.status,
    })),
    createdDate: new Date(order.createdAt).toISOString(),
    lastUpdatedDate: new Date(order.updatedAt).toISOString(),
  };
}
