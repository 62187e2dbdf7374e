import {
  isMercadoPagoOrderStatus,
  type MercadoPagoOrder,
  type MercadoPagoPaging,
  type MercadoPagoTerminal,
  type OperatingMode,
} from './wire.ts';

/**
 * Checks the fields Kassa relies on in Mercado Pago's answers. Anything else passes through untouched, so a
 * field Mercado Pago adds tomorrow does not break a payment; a missing or mistyped field we depend on does.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function missingString(object: Json, keys: readonly string[], where: string): string | undefined {
  const key = keys.find((k) => typeof object[k] !== 'string');
  return key === undefined ? undefined : `${where}.${key} is not a string`;
}

export function parseOrder(json: unknown): Parsed<MercadoPagoOrder> {
  if (!isObject(json)) return { ok: false, reason: 'the order is not a JSON object' };
  const top = missingString(json, ['id', 'external_reference', 'status_detail'], 'order');
  if (top !== undefined) return { ok: false, reason: top };
  if (!isMercadoPagoOrderStatus(json.status)) {
    return { ok: false, reason: `order.status ${JSON.stringify(json.status)} is not a known order status` };
  }
  const config = json.config;
  if (!isObject(config) || !isObject(config.point) || typeof config.point.terminal_id !== 'string') {
    return { ok: false, reason: 'order.config.point.terminal_id is missing' };
  }
  const transactions = json.transactions;
  if (!isObject(transactions) || !Array.isArray(transactions.payments)) {
    return { ok: false, reason: 'order.transactions.payments is missing' };
  }
  for (const [i, payment] of transactions.payments.entries()) {
    if (!isObject(payment))
      return { ok: false, reason: `order.transactions.payments[${i}] is not an object` };
    const wrong = missingString(payment, ['id', 'amount', 'status', 'status_detail'], `payments[${i}]`);
    if (wrong !== undefined) return { ok: false, reason: wrong };
  }
  if (transactions.refunds !== undefined) {
    if (!Array.isArray(transactions.refunds))
      return { ok: false, reason: 'order.transactions.refunds is not a list' };
    for (const [i, refund] of transactions.refunds.entries()) {
      if (!isObject(refund))
        return { ok: false, reason: `order.transactions.refunds[${i}] is not an object` };
      const wrong = missingString(refund, ['id', 'amount', 'status'], `refunds[${i}]`);
      if (wrong !== undefined) return { ok: false, reason: wrong };
    }
  }
  return { ok: true, value: json as unknown as MercadoPagoOrder };
}

function parseTerminal(json: unknown, index: number): Parsed<MercadoPagoTerminal> {
  if (!isObject(json) || typeof json.id !== 'string') {
    return { ok: false, reason: `terminals[${index}].id is missing` };
  }
  const mode = json.operating_mode;
  const operating_mode: MercadoPagoTerminal['operating_mode'] =
    mode === 'PDV' || mode === 'STANDALONE' ? mode : 'UNDEFINED';
  return { ok: true, value: { ...(json as unknown as MercadoPagoTerminal), operating_mode } };
}

/** Accepts the documented `{ data: { terminals }, paging }` and the older top-level `{ terminals }`. */
export function parseTerminalList(
  json: unknown,
  asked: { offset: number; limit: number },
): Parsed<{ terminals: MercadoPagoTerminal[]; paging: MercadoPagoPaging }> {
  if (!isObject(json)) return { ok: false, reason: 'the terminal list is not a JSON object' };
  const list =
    isObject(json.data) && Array.isArray(json.data.terminals) ? json.data.terminals : json.terminals;
  if (!Array.isArray(list)) return { ok: false, reason: 'the answer holds no terminal list' };
  const terminals: MercadoPagoTerminal[] = [];
  for (const [i, entry] of list.entries()) {
    const parsed = parseTerminal(entry, i);
    if (!parsed.ok) return parsed;
    terminals.push(parsed.value);
  }
  const paging = isObject(json.paging) ? json.paging : {};
  const number = (value: unknown, fallback: number): number =>
    typeof value === 'number' && Number.isSafeInteger(value) ? value : fallback;
  return {
    ok: true,
    value: {
      terminals,
      paging: {
        total: number(paging.total, asked.offset + terminals.length),
        offset: number(paging.offset, asked.offset),
        limit: number(paging.limit, asked.limit),
      },
    },
  };
}

export function parseOperatingModeAnswer(
  json: unknown,
  terminalId: string,
): Parsed<{ id: string; operating_mode: OperatingMode }> {
  if (!isObject(json) || !Array.isArray(json.terminals)) {
    return { ok: false, reason: 'the answer holds no terminal list' };
  }
  const entry = json.terminals.find((t): t is Json => isObject(t) && t.id === terminalId);
  if (entry === undefined) return { ok: false, reason: `the answer does not mention terminal ${terminalId}` };
  const mode = entry.operating_mode;
  if (mode !== 'PDV' && mode !== 'STANDALONE') {
    return { ok: false, reason: `operating_mode ${JSON.stringify(mode)} is neither PDV nor STANDALONE` };
  }
  return { ok: true, value: { id: terminalId, operating_mode: mode } };
}
