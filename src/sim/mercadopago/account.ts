import type {
  MercadoPagoCard,
  MercadoPagoNotificationAction,
  MercadoPagoOrder,
  MercadoPagoOrderStatus,
  MercadoPagoPaymentMethod,
  MercadoPagoTerminal,
  OperatingMode,
  PrintOnTerminal,
} from '../../main/core/payments/providers/mercadopago/wire.ts';
import { parseAmount, type SimSite } from './money.ts';
import { mercadoPagoId, orderIdPattern } from './random.ts';
import {
  ledgerEntry,
  refundedMinor,
  renderOrder,
  renderTerminal,
  type MercadoPagoLedgerEntry,
  type SimOrder,
  type SimTerminal,
} from './records.ts';
import { errors, legacyError, type SimResponse } from './responses.ts';
import { durationSeconds, isObject, validateCreateOrder, validateRefundBody } from './validate.ts';

/**
 * One simulated Mercado Pago account with its Point terminals and orders. Every answer follows the Orders API
 * documentation: the same status codes, error codes and JSON shapes, and no leniency the real API lacks.
 * Where the documentation is silent (an order sent to a STANDALONE terminal) the simulator refuses with a
 * 400 `terminal_not_in_pdv_mode` of its own making.
 */
export interface SimTerminalSeed {
  id: string;
  operating_mode?: OperatingMode;
  pos_id?: number;
  store_id?: string;
  external_pos_id?: string;
}

export class SimControlError extends Error {
  readonly status: number;
  constructor(message: string, status = 409) {
    super(message);
    this.name = 'SimControlError';
    this.status = status;
  }
}

export interface AccountOptions {
  site: SimSite;
  userId: string;
  terminals: SimTerminalSeed[];
  clock: () => number;
  /** Runs `task` after `ms` on the simulator's timers, which stop when it closes. */
  schedule: (ms: number, task: () => void) => void;
  onStatusChange: (orderId: string, action: MercadoPagoNotificationAction) => void;
  autoPickUpMs: number | null;
  cancelAtTerminalDelayMs: number;
  eventDelayMs: number;
  modeChangeNeedsRestart: boolean;
}

interface IdempotentResult {
  fingerprint: string;
  orderId: string;
  status: number;
  at: number;
}

const notified: Partial<Record<MercadoPagoOrderStatus, MercadoPagoNotificationAction>> = {
  processed: 'order.processed',
  failed: 'order.failed',
  canceled: 'order.canceled',
  expired: 'order.expired',
  action_required: 'order.action_required',
  refunded: 'order.refunded',
};

/** Transaction `status_detail` values of a declined card on Point. */
export const declineDetails = [
  'rejected_by_issuer',
  'insufficient_amount',
  'high_risk',
  'processing_error',
  'card_disabled',
  'bad_filled_card_data',
  'required_call_for_authorize',
  'amount_limit_exceeded',
  'invalid_installments',
  'max_attempts_exceeded',
] as const;

const forcedStatuses = ['processed', 'failed', 'canceled', 'expired', 'refunded', 'action_required'] as const;
const virtualSerial = 'SBX0000001';
const terminalTypes = new Set(['NEWLAND_N950', 'PAX_A910']);
const idempotencyWindowMs = 24 * 60 * 60 * 1000;
const refundWindowMs = 90 * 24 * 60 * 60 * 1000;

export const defaultTerminals: SimTerminalSeed[] = [
  {
    id: 'NEWLAND_N950__N950NCB801293324',
    operating_mode: 'PDV',
    pos_id: 23545678,
    store_id: '12354567',
    external_pos_id: 'CAJA01',
  },
  {
    id: 'PAX_A910__SMARTPOS1234345545',
    operating_mode: 'STANDALONE',
    pos_id: 23545679,
    store_id: '12354567',
    external_pos_id: 'CAJA02',
  },
  {
    id: `NEWLAND_N950__${virtualSerial}`,
    operating_mode: 'PDV',
    pos_id: 23545680,
    store_id: '12354567',
    external_pos_id: 'SANDBOX',
  },
];

/** JSON with sorted keys, so two bodies that differ only in key order count as the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class SimAccount {
  private readonly options: AccountOptions;
  private readonly terminals = new Map<string, SimTerminal>();
  private readonly orders = new Map<string, SimOrder>();
  private readonly idempotency = new Map<string, IdempotentResult>();
  private autoPickUpMs: number | null;
  private refundsHeld = false;
  private nextReference = 10_000_000_000 + Math.floor(Math.random() * 1_000_000_000);

  constructor(options: AccountOptions) {
    this.options = options;
    this.autoPickUpMs = options.autoPickUpMs;
    for (const [i, seed] of options.terminals.entries()) {
      const mode = seed.operating_mode ?? 'STANDALONE';
      this.terminals.set(seed.id, {
        id: seed.id,
        pos_id: seed.pos_id ?? 23_545_678 + i,
        store_id: seed.store_id ?? '12354567',
        external_pos_id: seed.external_pos_id ?? `CAJA${String(i + 1).padStart(2, '0')}`,
        reportedMode: mode,
        effectiveMode: mode,
      });
    }
  }

  // ---- Terminals API -------------------------------------------------------------------------------------

  listTerminals(query: URLSearchParams): SimResponse {
    const limitText = query.get('limit');
    const offsetText = query.get('offset');
    const limit = limitText === null ? 50 : Number(limitText);
    const offset = offsetText === null ? 0 : Number(offsetText);
    if (!Number.isInteger(limit) || limit < 1) {
      return errors(400, 'property_value', 'limit must be greater than or equal to 1', ['limit']);
    }
    if (!Number.isInteger(offset) || offset < 0) {
      return errors(400, 'property_value', 'offset must be greater than or equal to 0', ['offset']);
    }
    // The live API clamps a limit above 50 instead of refusing it.
    const pageSize = Math.min(limit, 50);
    const storeId = query.get('store_id');
    const posId = query.get('pos_id');
    const all = [...this.terminals.values()].filter(
      (t) => (storeId === null || t.store_id === storeId) && (posId === null || String(t.pos_id) === posId),
    );
    const terminals: MercadoPagoTerminal[] = all
      .slice(offset, offset + pageSize)
      .map((t) => renderTerminal(t));
    return {
      status: 200,
      body: { data: { terminals }, paging: { total: all.length, offset, limit: pageSize } },
    };
  }

  setupTerminals(raw: string): SimResponse {
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return legacyError(400, 'invalid_payload', 'Invalid payload.');
    }
    if (!isObject(body) || !Array.isArray(body.terminals) || body.terminals.length === 0) {
      return legacyError(400, 'required_properties', 'terminals is required.');
    }
    const changes: { terminal: SimTerminal; mode: OperatingMode }[] = [];
    for (const entry of body.terminals as unknown[]) {
      if (!isObject(entry) || typeof entry.id !== 'string' || entry.operating_mode === undefined) {
        return legacyError(
          400,
          'required_properties',
          'terminals[].id and terminals[].operating_mode are required.',
        );
      }
      if (entry.operating_mode !== 'PDV' && entry.operating_mode !== 'STANDALONE') {
        return legacyError(400, 'property_value', 'operating_mode must be one of PDV, STANDALONE.');
      }
      const terminal = this.terminals.get(entry.id);
      if (terminal === undefined) return legacyError(404, 'not_found', `Terminal ${entry.id} not found.`);
      const type = entry.id.slice(0, Math.max(0, entry.id.indexOf('__')));
      if (!terminalTypes.has(type)) {
        return legacyError(
          403,
          'terminal_not_allowed_action',
          'The only terminals allowed are PAX_A910 and NEWLAND_N950.',
        );
      }
      changes.push({ terminal, mode: entry.operating_mode });
    }
    for (const { terminal, mode } of changes) {
      terminal.reportedMode = mode;
      if (!this.options.modeChangeNeedsRestart) terminal.effectiveMode = mode;
    }
    return {
      status: 200,
      body: {
        terminals: changes.map(({ terminal }) => ({
          id: terminal.id,
          operating_mode: terminal.reportedMode,
        })),
      },
    };
  }

  // ---- Orders API ----------------------------------------------------------------------------------------

  createOrder(idempotencyKey: string | undefined, raw: string): SimResponse {
    if (idempotencyKey === undefined || idempotencyKey === '') {
      return errors(400, 'empty_required_header', 'Missing HTTP header: X-Idempotency-Key');
    }
    if (idempotencyKey.length > 128) {
      return errors(400, 'invalid_idempotency_key_length', 'X-Idempotency-Key length exceeds 128 characters');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return errors(400, 'json_syntax_error', 'The request body is not valid JSON.');
    }
    const replay = this.replay(idempotencyKey, `POST /v1/orders\n${canonical(body)}`);
    if (replay !== null) return replay;

    const invalid = validateCreateOrder(body, this.options.site);
    if (invalid !== null) return invalid;
    const request = body as {
      external_reference: string;
      expiration_time?: string;
      description?: string;
      transactions: { payments: [{ amount: string }] };
      config: {
        point: { terminal_id: string; print_on_terminal?: PrintOnTerminal };
        payment_method?: { default_type?: string };
      };
    };

    const terminal = this.resolveTerminal(request.config.point.terminal_id);
    if (terminal === undefined) {
      return errors(
        403,
        'forbidden_checking_terminal_owner',
        'The terminal does not belong to the user who submitted the request.',
      );
    }
    if (terminal.effectiveMode !== 'PDV') {
      return errors(
        400,
        'terminal_not_in_pdv_mode',
        'The terminal operates in STANDALONE mode: switch it to PDV mode and restart it to receive orders.',
      );
    }
    if (this.openOrderOn(terminal) !== undefined) {
      return errors(
        409,
        'already_queued_order_for_terminal',
        'The terminal already has an order waiting. It is necessary to finalize or cancel it to send new orders.',
      );
    }

    const now = this.options.clock();
    const expiration = request.expiration_time ?? 'PT15M';
    const order: SimOrder = {
      id: mercadoPagoId('ORD', now),
      external_reference: request.external_reference,
      description: request.description,
      expiration_time: expiration,
      expiresAt: now + (durationSeconds(expiration) ?? 900) * 1000,
      terminal_id: request.config.point.terminal_id,
      terminal,
      print_on_terminal: request.config.point.print_on_terminal ?? 'seller_ticket',
      default_type: request.config.payment_method?.default_type,
      createdAt: now,
      updatedAt: now,
      status: 'created',
      status_detail: 'created',
      payment: {
        id: mercadoPagoId('PAY', now),
        amountMinor: parseAmount(request.transactions.payments[0].amount, this.options.site.decimals) ?? 0,
        status: 'created',
        status_detail: 'created',
        reference_id: undefined,
        payment_method: undefined,
        card: undefined,
      },
      refunds: [],
      cancelRequested: false,
    };
    this.orders.set(order.id, order);
    this.remember(idempotencyKey, `POST /v1/orders\n${canonical(body)}`, order.id, 201);
    if (this.autoPickUpMs !== null) {
      this.options.schedule(this.autoPickUpMs, () => {
        if (order.status === 'created') this.moveToTerminal(order);
      });
    }
    return { status: 201, body: this.render(order) };
  }

  getOrder(orderId: string): SimResponse {
    const found = this.find(orderId);
    if ('status' in found) return found;
    return { status: 200, body: this.render(found.order) };
  }

  cancelOrder(orderId: string, idempotencyKey: string | undefined, allowAtTerminal: boolean): SimResponse {
    if (idempotencyKey === undefined || idempotencyKey === '') {
      return errors(400, 'empty_required_header', 'Missing HTTP header: X-Idempotency-Key');
    }
    const found = this.find(orderId);
    if ('status' in found) return found;
    const { order } = found;
    const fingerprint = `POST /v1/orders/${order.id}/cancel\n${allowAtTerminal ? 'at_terminal' : ''}`;
    const replay = this.replay(idempotencyKey, fingerprint);
    if (replay !== null) return replay;

    if (order.status === 'created') {
      this.transition(order, 'canceled', 'canceled', 'canceled', 'canceled_by_api');
      this.remember(idempotencyKey, fingerprint, order.id, 200);
      return { status: 200, body: this.render(order) };
    }
    if (order.status === 'at_terminal' && allowAtTerminal) {
      if (!order.cancelRequested) {
        order.cancelRequested = true;
        this.options.schedule(this.options.cancelAtTerminalDelayMs, () => {
          if (order.status === 'at_terminal')
            this.transition(order, 'canceled', 'canceled', 'canceled', 'canceled_by_api');
        });
      }
      this.remember(idempotencyKey, fingerprint, order.id, 202);
      return { status: 202, body: this.render(order) };
    }
    if (order.status === 'canceled')
      return errors(409, 'order_already_canceled', 'The order has already been canceled.');
    return errors(
      409,
      'cannot_cancel_order',
      order.status === 'at_terminal'
        ? 'Orders can only be canceled via API when status=created. An order with status=at_terminal must be canceled from the terminal.'
        : `An order with status=${order.status} cannot be canceled.`,
    );
  }

  refundOrder(orderId: string, idempotencyKey: string | undefined, raw: string): SimResponse {
    if (idempotencyKey === undefined || idempotencyKey === '') {
      return errors(400, 'empty_required_header', 'Missing HTTP header: X-Idempotency-Key');
    }
    const found = this.find(orderId);
    if ('status' in found) return found;
    const { order } = found;
    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return errors(400, 'json_syntax_error', 'The request body is not valid JSON.');
      }
    }
    const fingerprint = `POST /v1/orders/${order.id}/refund\n${canonical(body ?? null)}`;
    const replay = this.replay(idempotencyKey, fingerprint);
    if (replay !== null) return replay;

    let requested: number[] | null = null;
    if (body !== undefined) {
      const partial = validateRefundBody(body, order.payment.id, this.options.site);
      if ('status' in partial) return partial;
      requested = partial.amounts;
    }
    if (order.status === 'refunded')
      return errors(409, 'order_already_refunded', 'The order was already refunded.');
    if (order.status !== 'processed') {
      return errors(409, 'cannot_refund_order', 'The order status does not allow refund.');
    }
    if (this.options.clock() - order.createdAt > refundWindowMs) {
      return errors(409, 'refund_period_exceeded', 'The maximum refund period has been exceeded.');
    }
    if (order.refunds.some((r) => r.status === 'processing')) {
      return errors(409, 'refund_in_progress', 'Refund in progress, please wait a few minutes.');
    }
    const remaining = order.payment.amountMinor - refundedMinor(order);
    const amounts = requested ?? [remaining];
    if (amounts.reduce((a, b) => a + b, 0) > remaining) {
      return errors(400, 'refund_amount_exceeds', 'Refund amount exceeds the available amount.');
    }
    for (const amountMinor of amounts) {
      order.refunds.push({
        id: mercadoPagoId('REF', this.options.clock()),
        amountMinor,
        status: this.refundsHeld ? 'processing' : 'processed',
        reference_id: String(this.nextReference++),
      });
    }
    order.updatedAt = this.options.clock();
    if (!this.refundsHeld) this.settle(order);
    this.remember(idempotencyKey, fingerprint, order.id, 201);
    return { status: 201, body: this.render(order) };
  }

  forceStatus(orderId: string, raw: string): SimResponse {
    const found = this.find(orderId);
    if ('status' in found) return found;
    const { order } = found;
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return errors(400, 'bad_request', 'The request body is not valid JSON.');
    }
    if (!isObject(body) || !(forcedStatuses as readonly unknown[]).includes(body.status)) {
      return errors(400, 'bad_request', `status must be one of ${forcedStatuses.join(', ')}.`);
    }
    const status = body.status as (typeof forcedStatuses)[number];
    const detail = typeof body.status_detail === 'string' ? body.status_detail : undefined;
    const method: MercadoPagoPaymentMethod = {
      id: typeof body.payment_method_id === 'string' ? body.payment_method_id : 'master',
      type: typeof body.payment_method_type === 'string' ? body.payment_method_type : 'credit_card',
      installments: typeof body.installments === 'number' ? body.installments : 1,
    };
    if (status === 'refunded') {
      if (order.status !== 'processed')
        return errors(
          400,
          'bad_request',
          'Invalid state transition: only a processed order can be refunded.',
        );
      this.options.schedule(this.options.eventDelayMs, () => {
        if (order.status !== 'processed') return;
        const remaining = order.payment.amountMinor - refundedMinor(order);
        order.refunds.push({
          id: mercadoPagoId('REF', this.options.clock()),
          amountMinor: remaining,
          status: 'processed',
          reference_id: String(this.nextReference++),
        });
        this.settle(order);
      });
      return { status: 204 };
    }
    if (order.status !== 'created' && order.status !== 'at_terminal') {
      return errors(400, 'bad_request', `Invalid state transition: the order is already ${order.status}.`);
    }
    // As documented, the order passes through at_terminal before it reaches the requested status.
    if (order.status === 'created') this.moveToTerminal(order);
    this.options.schedule(this.options.eventDelayMs, () => {
      if (order.status !== 'at_terminal') return;
      if (status === 'processed') this.process(order, method);
      else if (status === 'failed')
        this.transition(order, 'failed', 'failed', 'failed', detail ?? 'rejected_by_issuer');
      else if (status === 'canceled')
        this.transition(order, 'canceled', 'canceled', 'canceled', detail ?? 'canceled_on_terminal');
      else if (status === 'expired') this.transition(order, 'expired', 'expired', 'expired', 'expired');
      else
        this.transition(order, 'action_required', 'action_required', 'action_required', 'check_on_terminal');
    });
    return { status: 204 };
  }

  /** Expires every waiting order whose `expiration_time` has passed. */
  sweep(): void {
    const now = this.options.clock();
    for (const order of this.orders.values()) {
      if ((order.status === 'created' || order.status === 'at_terminal') && now >= order.expiresAt) {
        this.transition(order, 'expired', 'expired', 'expired', 'expired');
      }
    }
  }

  // ---- Device side and inspection (control) --------------------------------------------------------------

  terminalList(): MercadoPagoTerminal[] {
    return [...this.terminals.values()].map((t) => renderTerminal(t));
  }

  setTerminalMode(terminalId: string, mode: OperatingMode): void {
    const terminal = this.requireTerminal(terminalId);
    terminal.reportedMode = mode;
    terminal.effectiveMode = mode;
  }

  restartTerminal(terminalId: string): void {
    const terminal = this.requireTerminal(terminalId);
    terminal.effectiveMode = terminal.reportedMode;
  }

  setAutoPickUp(ms: number | null): void {
    this.autoPickUpMs = ms;
  }

  pickUp(orderId: string): MercadoPagoOrder {
    const order = this.requireOrder(orderId);
    if (order.status !== 'created')
      throw new SimControlError(
        `Order ${orderId} is ${order.status}: only a created order can be picked up.`,
      );
    this.moveToTerminal(order);
    return this.render(order);
  }

  approve(
    orderId: string,
    method?: Partial<MercadoPagoPaymentMethod>,
    card?: MercadoPagoCard,
  ): MercadoPagoOrder {
    const order = this.atTerminal(orderId, 'approve');
    this.process(
      order,
      {
        id: method?.id ?? 'master',
        type: method?.type ?? 'credit_card',
        installments: method?.installments ?? 1,
      },
      card,
    );
    return this.render(order);
  }

  decline(orderId: string, statusDetail: string = 'rejected_by_issuer'): MercadoPagoOrder {
    if (!(declineDetails as readonly string[]).includes(statusDetail)) {
      throw new SimControlError(
        `Unknown decline ${statusDetail}: use one of ${declineDetails.join(', ')}.`,
        400,
      );
    }
    const order = this.atTerminal(orderId, 'decline');
    this.transition(order, 'failed', 'failed', 'failed', statusDetail);
    return this.render(order);
  }

  cancelOnTerminal(orderId: string): MercadoPagoOrder {
    const order = this.atTerminal(orderId, 'cancel on the terminal');
    this.transition(order, 'canceled', 'canceled', 'canceled', 'canceled_on_terminal');
    return this.render(order);
  }

  /** The terminal never reports back; Mercado Pago gives up after 40 s of processing. */
  neverAnswer(orderId: string): MercadoPagoOrder {
    const order = this.atTerminal(orderId, 'leave unanswered');
    this.transition(order, 'action_required', 'action_required', 'action_required', 'check_on_terminal');
    return this.render(order);
  }

  holdRefunds(hold: boolean): void {
    this.refundsHeld = hold;
  }

  settleRefunds(): void {
    for (const order of this.orders.values()) {
      if (!order.refunds.some((r) => r.status === 'processing')) continue;
      for (const refund of order.refunds) refund.status = 'processed';
      this.settle(order);
    }
  }

  order(orderId: string): MercadoPagoOrder | undefined {
    const order = this.orders.get(orderId);
    return order === undefined ? undefined : this.render(order);
  }

  /** The order waiting at (or created for) a terminal, if any. */
  openOrder(terminalId: string): MercadoPagoOrder | undefined {
    const terminal = this.resolveTerminal(terminalId);
    const order = terminal === undefined ? undefined : this.openOrderOn(terminal);
    return order === undefined ? undefined : this.render(order);
  }

  ledger(): MercadoPagoLedgerEntry[] {
    return [...this.orders.values()].map((order) => ledgerEntry(order, this.options.site));
  }

  // ---- Internals -----------------------------------------------------------------------------------------

  private find(orderId: string): { order: SimOrder } | SimResponse {
    if (!orderIdPattern.test(orderId)) {
      return errors(400, 'invalid_path_param', 'path param order id is invalid');
    }
    this.sweep();
    const order = this.orders.get(orderId);
    return order === undefined ? errors(404, 'order_not_found', 'Order not found.') : { order };
  }

  private replay(key: string, fingerprint: string): SimResponse | null {
    const previous = this.idempotency.get(key);
    if (previous === undefined || this.options.clock() - previous.at > idempotencyWindowMs) return null;
    if (previous.fingerprint !== fingerprint) {
      return errors(
        409,
        'idempotency_key_already_used',
        'The value sent as the idempotency header has already been used with a different request within the last 24 hours.',
      );
    }
    const order = this.orders.get(previous.orderId);
    return order === undefined ? null : { status: previous.status, body: this.render(order) };
  }

  private remember(key: string, fingerprint: string, orderId: string, status: number): void {
    this.idempotency.set(key, { fingerprint, orderId, status, at: this.options.clock() });
  }

  private resolveTerminal(terminalId: string): SimTerminal | undefined {
    const exact = this.terminals.get(terminalId);
    if (exact !== undefined) return exact;
    // The sandbox device answers to every terminal type of the country: PAX_A910__SBX0000001 works too.
    const separator = terminalId.indexOf('__');
    if (separator === -1 || terminalId.slice(separator + 2) !== virtualSerial) return undefined;
    if (!terminalTypes.has(terminalId.slice(0, separator))) return undefined;
    return [...this.terminals.values()].find((t) => t.id.endsWith(`__${virtualSerial}`));
  }

  private requireTerminal(terminalId: string): SimTerminal {
    const terminal = this.resolveTerminal(terminalId);
    if (terminal === undefined) throw new SimControlError(`No terminal ${terminalId} on this account.`, 404);
    return terminal;
  }

  private requireOrder(orderId: string): SimOrder {
    this.sweep();
    const order = this.orders.get(orderId);
    if (order === undefined) throw new SimControlError(`No order ${orderId} on this account.`, 404);
    return order;
  }

  /** The device-side actions need the order on the terminal's screen; a created order is picked up first. */
  private atTerminal(orderId: string, action: string): SimOrder {
    const order = this.requireOrder(orderId);
    if (order.status === 'created') this.moveToTerminal(order);
    if (order.status !== 'at_terminal') {
      throw new SimControlError(
        `Cannot ${action} order ${orderId}: it is ${order.status}, not at the terminal.`,
      );
    }
    return order;
  }

  private openOrderOn(terminal: SimTerminal): SimOrder | undefined {
    return [...this.orders.values()].find(
      (o) => o.terminal === terminal && (o.status === 'created' || o.status === 'at_terminal'),
    );
  }

  private moveToTerminal(order: SimOrder): void {
    this.transition(order, 'at_terminal', 'at_terminal', 'at_terminal', 'at_terminal');
  }

  private process(order: SimOrder, method: MercadoPagoPaymentMethod, card?: MercadoPagoCard): void {
    order.payment.reference_id = String(this.nextReference++);
    order.payment.payment_method = method;
    order.payment.card = card ?? testCardFor(method.id);
    this.transition(order, 'processed', 'processed', 'processed', 'accredited');
  }

  private settle(order: SimOrder): void {
    if (order.refunds.some((r) => r.status === 'processing')) return;
    const refunded = refundedMinor(order);
    if (refunded >= order.payment.amountMinor) {
      this.transition(order, 'refunded', 'refunded', 'refunded', 'refunded');
    } else if (refunded > 0) {
      order.status_detail = 'partially_refunded';
      order.updatedAt = this.options.clock();
    }
  }

  private transition(
    order: SimOrder,
    status: MercadoPagoOrderStatus,
    statusDetail: string,
    paymentStatus: string,
    paymentDetail: string,
  ): void {
    order.status = status;
    order.status_detail = statusDetail;
    order.payment.status = paymentStatus;
    order.payment.status_detail = paymentDetail;
    order.updatedAt = this.options.clock();
    const action = notified[status];
    if (action !== undefined) this.options.onStatusChange(order.id, action);
  }

  private render(order: SimOrder): MercadoPagoOrder {
    return renderOrder(order, this.options.site, this.options.userId);
  }
}

/**
 * The card a payment was made with, as Mercado Pago's payment carries it (first six and last four digits): the
 * test cards Mercado Pago publishes for its sandbox, by brand, so a receipt shows what a real one would.
 */
export function testCardFor(methodId: string): MercadoPagoCard {
  const cards: Record<string, MercadoPagoCard> = {
    visa: { first_six_digits: '423564', last_four_digits: '5682' },
    debvisa: { first_six_digits: '400276', last_four_digits: '3457' },
    amex: { first_six_digits: '375365', last_four_digits: '6885' },
    elo: { first_six_digits: '506776', last_four_digits: '8311' },
    debelo: { first_six_digits: '506776', last_four_digits: '8311' },
  };
  return cards[methodId] ?? { first_six_digits: '503143', last_four_digits: '6351' };
}
