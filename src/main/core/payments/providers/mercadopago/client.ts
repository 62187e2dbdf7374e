import {
  httpFailure,
  networkFailure,
  timeoutFailure,
  unexpectedAnswer,
  type MercadoPagoOperation,
  type MercadoPagoResult,
} from './failures.ts';
import { parseOperatingModeAnswer, parseOrder, parseTerminalList, type Parsed } from './parse.ts';
import type {
  ForcedOrderStatus,
  MercadoPagoCreateOrderRequest,
  MercadoPagoOrder,
  MercadoPagoOrderEventRequest,
  MercadoPagoPaging,
  MercadoPagoRefundRequest,
  MercadoPagoTerminal,
  OperatingMode,
} from './wire.ts';
import { developerError } from '../../../../../shared/i18n/errors.ts';

/**
 * A small typed client for Mercado Pago's Orders API (Point) and Terminals API. Unlike the official SDK it
 * never retries on its own and never invents an idempotency key: the orchestrator writes the key to the
 * payment journal first and passes it here, so a retry after a crash re-sends the same key. Every failure
 * comes back as a value (see failures.ts); only programmer errors (an empty idempotency key) throw.
 */
export interface MercadoPagoClientOptions {
  accessToken: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

export interface MercadoPagoTerminalPage {
  terminals: MercadoPagoTerminal[];
  paging: MercadoPagoPaging;
}

/**
 * `canceled`: the order is canceled. `cancel_requested`: Mercado Pago accepted an asynchronous cancel of an
 * order already at the terminal (HTTP 202); it stays `at_terminal` until the terminal confirms, and may still
 * end `processed` if the customer was faster.
 */
export interface MercadoPagoCancelOutcome {
  state: 'canceled' | 'cancel_requested';
  order: MercadoPagoOrder | null;
}

export interface MercadoPagoClient {
  listTerminals(page?: {
    limit?: number;
    offset?: number;
    storeId?: string;
    posId?: string;
  }): Promise<MercadoPagoResult<MercadoPagoTerminalPage>>;
  /** Every terminal of the account, page after page. */
  listAllTerminals(): Promise<MercadoPagoResult<MercadoPagoTerminal[]>>;
  /** The terminal must be restarted afterwards for the new mode to apply. */
  setOperatingMode(
    terminalId: string,
    mode: OperatingMode,
  ): Promise<MercadoPagoResult<{ id: string; operating_mode: OperatingMode }>>;
  createOrder(
    body: MercadoPagoCreateOrderRequest,
    idempotencyKey: string,
  ): Promise<MercadoPagoResult<MercadoPagoOrder>>;
  getOrder(orderId: string): Promise<MercadoPagoResult<MercadoPagoOrder>>;
  cancelOrder(
    orderId: string,
    options: { idempotencyKey: string; allowAtTerminal?: boolean },
  ): Promise<MercadoPagoResult<MercadoPagoCancelOutcome>>;
  /** Without `transactions` the whole remaining amount is refunded. */
  refundOrder(
    orderId: string,
    options: { idempotencyKey: string; transactions?: { id: string; amount: string }[] },
  ): Promise<MercadoPagoResult<MercadoPagoOrder>>;
  /** Test accounts only: `POST /v1/orders/{id}/events`. Mercado Pago applies the status within seconds. */
  forceOrderStatus(
    orderId: string,
    status: ForcedOrderStatus,
    details?: Omit<MercadoPagoOrderEventRequest, 'status'>,
  ): Promise<MercadoPagoResult<null>>;
}

const idempotencyKeyPattern = /^[\x21-\x7e]{1,64}$/;

function requireIdempotencyKey(key: string): void {
  if (!idempotencyKeyPattern.test(key)) {
    throw developerError(
      'invalid_request',
      'A Mercado Pago idempotency key is 1 to 64 visible characters: pass the key written to the payment journal.',
    );
  }
}

interface Call<T> {
  operation: MercadoPagoOperation;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
  idempotencyKey?: string;
  headers?: Record<string, string> | undefined;
  /** Reads a success answer; `json` is undefined when the body was empty. */
  read: (json: unknown, status: number) => Parsed<T>;
}

export function createMercadoPagoClient(options: MercadoPagoClientOptions): MercadoPagoClient {
  const { accessToken, fetch: fetchImpl = globalThis.fetch, timeoutMs = 10_000 } = options;
  const baseUrl = (options.baseUrl ?? 'https://api.mercadopago.com').replace(/\/+$/, '');

  async function call<T>(c: Call<T>): Promise<MercadoPagoResult<T>> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${accessToken}`,
      Accept: 'application/json',
      ...c.headers,
    };
    if (c.body !== undefined) headers['Content-Type'] = 'application/json';
    if (c.idempotencyKey !== undefined) headers['X-Idempotency-Key'] = c.idempotencyKey;

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await fetchImpl(`${baseUrl}${c.path}`, {
          method: c.method,
          headers,
          body: c.body === undefined ? null : JSON.stringify(c.body),
          signal: controller.signal,
        });
      } catch (error) {
        return {
          ok: false,
          error: timedOut ? timeoutFailure(timeoutMs, c.operation) : networkFailure(error, c.operation),
        };
      }
      let raw: string;
      try {
        raw = await response.text();
      } catch (error) {
        return {
          ok: false,
          error: timedOut ? timeoutFailure(timeoutMs, c.operation) : networkFailure(error, c.operation, true),
        };
      }
      let json: unknown;
      if (raw.trim() !== '') {
        try {
          json = JSON.parse(raw);
        } catch {
          json = raw;
        }
      }
      if (!response.ok) return { ok: false, error: httpFailure(response.status, json, c.operation) };
      const parsed = c.read(json, response.status);
      return parsed.ok
        ? { ok: true, value: parsed.value }
        : { ok: false, error: unexpectedAnswer(response.status, c.operation, parsed.reason) };
    } finally {
      clearTimeout(timer);
    }
  }

  const orderPath = (orderId: string): string => `/v1/orders/${encodeURIComponent(orderId)}`;

  const client: MercadoPagoClient = {
    listTerminals(page = {}) {
      const offset = page.offset ?? 0;
      const limit = page.limit ?? 50;
      const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
      if (page.storeId !== undefined) query.set('store_id', page.storeId);
      if (page.posId !== undefined) query.set('pos_id', page.posId);
      return call({
        operation: 'list_terminals',
        method: 'GET',
        path: `/terminals/v1/list?${query.toString()}`,
        read: (json) => parseTerminalList(json, { offset, limit }),
      });
    },

    async listAllTerminals() {
      const all: MercadoPagoTerminal[] = [];
      // A shop has a handful of terminals; the cap only stops a paging bug from looping forever.
      for (let pages = 0; pages < 40; pages++) {
        const page = await client.listTerminals({ offset: all.length, limit: 50 });
        if (!page.ok) return page;
        all.push(...page.value.terminals);
        if (page.value.terminals.length === 0 || all.length >= page.value.paging.total) break;
      }
      return { ok: true, value: all };
    },

    setOperatingMode(terminalId, mode) {
      return call({
        operation: 'set_operating_mode',
        method: 'PATCH',
        path: '/terminals/v1/setup',
        body: { terminals: [{ id: terminalId, operating_mode: mode }] },
        read: (json) => parseOperatingModeAnswer(json, terminalId),
      });
    },

    createOrder(body, idempotencyKey) {
      requireIdempotencyKey(idempotencyKey);
      return call({
        operation: 'create_order',
        method: 'POST',
        path: '/v1/orders',
        body,
        idempotencyKey,
        read: (json) => parseOrder(json),
      });
    },

    getOrder(orderId) {
      return call({
        operation: 'get_order',
        method: 'GET',
        path: orderPath(orderId),
        read: (json) => parseOrder(json),
      });
    },

    cancelOrder(orderId, { idempotencyKey, allowAtTerminal = false }) {
      requireIdempotencyKey(idempotencyKey);
      return call<MercadoPagoCancelOutcome>({
        operation: 'cancel_order',
        method: 'POST',
        path: `${orderPath(orderId)}/cancel`,
        idempotencyKey,
        headers: allowAtTerminal ? { 'x-allow-cancelable-status': 'at_terminal' } : undefined,
        read: (json, status) => {
          if (json === undefined && status === 202)
            return { ok: true, value: { state: 'cancel_requested', order: null } };
          const parsed = parseOrder(json);
          if (!parsed.ok) return parsed;
          const state = parsed.value.status === 'canceled' ? 'canceled' : 'cancel_requested';
          return { ok: true, value: { state, order: parsed.value } };
        },
      });
    },

    refundOrder(orderId, { idempotencyKey, transactions }) {
      requireIdempotencyKey(idempotencyKey);
      const body: MercadoPagoRefundRequest | undefined =
        transactions === undefined ? undefined : { transactions };
      return call({
        operation: 'refund_order',
        method: 'POST',
        path: `${orderPath(orderId)}/refund`,
        body,
        idempotencyKey,
        read: (json) => parseOrder(json),
      });
    },

    forceOrderStatus(orderId, status, details = {}) {
      const body: MercadoPagoOrderEventRequest = { ...details, status };
      return call<null>({
        operation: 'force_order_status',
        method: 'POST',
        path: `${orderPath(orderId)}/events`,
        body,
        read: () => ({ ok: true, value: null }),
      });
    },
  };
  return client;
}
