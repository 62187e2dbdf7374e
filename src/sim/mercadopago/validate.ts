import { formatAmount, parseAmount, type SimSite } from './money.ts';
import { errors, type SimResponse } from './responses.ts';

/**
 * Request validation for the Orders API, in the order Mercado Pago reports problems: unknown properties,
 * missing ones, then wrong values. Each refusal carries the documented error code.
 */
const createKeys = new Set([
  'type',
  'external_reference',
  'expiration_time',
  'description',
  'transactions',
  'config',
  'integration_data',
]);

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `PT15M`, `PT1H15M`, `PT30S` → seconds, or null when it is not an ISO 8601 time duration. */
export function durationSeconds(value: string): number | null {
  const match = /^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(value);
  if (match === null) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

export function validateCreateOrder(body: unknown, site: SimSite): SimResponse | null {
  if (!isObject(body)) return errors(400, 'json_syntax_error', 'The request body must be a JSON object.');
  const unsupported = Object.keys(body).filter((k) => !createKeys.has(k));
  if (unsupported.length > 0) {
    return errors(
      400,
      'unsupported_properties',
      'An unsupported property was sent.',
      unsupported.map((k) => `property '${k}' is not supported`),
    );
  }
  const missing = ['type', 'external_reference', 'transactions', 'config'].filter(
    (k) => body[k] === undefined,
  );
  if (missing.length > 0) {
    return errors(
      400,
      'required_properties',
      `required property '${missing[0]}' is missing`,
      missing.map((k) => `required property '${k}' is missing`),
    );
  }
  if (body.type !== 'point') return errors(400, 'property_value', "type must be 'point'", ['type']);
  if (typeof body.external_reference !== 'string')
    return errors(400, 'property_type', 'external_reference must be a string', ['external_reference']);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(body.external_reference)) {
    return errors(
      400,
      'property_value',
      'external_reference allows up to 64 letters, digits, hyphens and underscores',
      ['external_reference'],
    );
  }
  if (body.expiration_time !== undefined) {
    const seconds = typeof body.expiration_time === 'string' ? durationSeconds(body.expiration_time) : null;
    if (seconds === null || seconds < 30 || seconds > 10_800) {
      return errors(400, 'property_value', 'expiration_time must be between PT30S and PT3H', [
        'expiration_time',
      ]);
    }
  }
  if (
    body.description !== undefined &&
    (typeof body.description !== 'string' || body.description.length > 150)
  ) {
    return errors(400, 'property_value', 'description must be a string of at most 150 characters', [
      'description',
    ]);
  }
  const transactions = body.transactions;
  if (!isObject(transactions))
    return errors(400, 'property_type', 'transactions must be an object', ['transactions']);
  const extraTx = Object.keys(transactions).filter((k) => k !== 'payments');
  if (extraTx.length > 0)
    return errors(
      400,
      'unsupported_properties',
      'An unsupported property was sent.',
      extraTx.map((k) => `property 'transactions.${k}' is not supported`),
    );
  const payments = transactions.payments;
  if (!Array.isArray(payments))
    return errors(400, 'required_properties', "required property 'transactions.payments' is missing");
  if (payments.length === 0)
    return errors(400, 'minimum_items', 'minimum 1 items required, but found 0', ['transactions.payments']);
  if (payments.length > 1)
    return errors(400, 'maximum_items', `maximum 1 items required, but found ${payments.length}`, [
      'transactions.payments',
    ]);
  const payment: unknown = payments[0];
  if (!isObject(payment)) return errors(400, 'property_type', 'transactions.payments[0] must be an object');
  const extraPayment = Object.keys(payment).filter((k) => k !== 'amount');
  if (extraPayment.length > 0)
    return errors(
      400,
      'unsupported_properties',
      'An unsupported property was sent.',
      extraPayment.map((k) => `property 'transactions.payments[0].${k}' is not supported`),
    );
  if (typeof payment.amount !== 'string')
    return errors(400, 'property_type', 'transactions.payments[0].amount must be a string', [
      'transactions.payments[0].amount',
    ]);
  const { decimals, minMinor, maxMinor } = site;
  const amount = parseAmount(payment.amount, decimals);
  if (amount === null) {
    return errors(
      400,
      'property_value',
      decimals === 0
        ? 'amount must be a whole number without decimals'
        : 'amount must have exactly two decimals',
      ['transactions.payments[0].amount'],
    );
  }
  if (amount < minMinor)
    return errors(
      400,
      'property_value',
      `Must be greater than or equal to ${formatAmount(minMinor, decimals)}`,
      ['transactions.payments[0].amount'],
    );
  if (amount > maxMinor)
    return errors(
      400,
      'property_value',
      `Must be less than or equal to ${formatAmount(maxMinor, decimals)}`,
      ['transactions.payments[0].amount'],
    );
  const config = body.config;
  if (!isObject(config) || !isObject(config.point) || typeof config.point.terminal_id !== 'string') {
    return errors(400, 'required_properties', "required property 'config.point.terminal_id' is missing");
  }
  const print = config.point.print_on_terminal;
  if (print !== undefined && print !== 'seller_ticket' && print !== 'no_ticket') {
    return errors(400, 'property_value', 'print_on_terminal must be one of seller_ticket, no_ticket', [
      'config.point.print_on_terminal',
    ]);
  }
  const defaultType = isObject(config.payment_method) ? config.payment_method.default_type : undefined;
  if (defaultType !== undefined && defaultType !== 'credit_card' && defaultType !== 'debit_card') {
    return errors(400, 'property_value', 'default_type must be one of credit_card, debit_card', [
      'config.payment_method.default_type',
    ]);
  }
  return null;
}

export function validateRefundBody(
  body: unknown,
  paymentId: string,
  site: SimSite,
): { amounts: number[] } | SimResponse {
  if (!isObject(body) || !Array.isArray(body.transactions) || body.transactions.length === 0) {
    return errors(400, 'required_properties', "required property 'transactions' is missing");
  }
  const unsupported = Object.keys(body).filter((k) => k !== 'transactions');
  if (unsupported.length > 0)
    return errors(400, 'unsupported_properties', 'An unsupported property was sent.', unsupported);
  const amounts: number[] = [];
  for (const entry of body.transactions as unknown[]) {
    if (!isObject(entry) || typeof entry.id !== 'string' || typeof entry.amount !== 'string') {
      return errors(400, 'required_properties', 'transactions[].id and transactions[].amount are required');
    }
    if (entry.id !== paymentId) return errors(404, 'transaction_not_found', 'Transaction not found.');
    const amount = parseAmount(entry.amount, site.decimals, true);
    if (amount === null || amount <= 0)
      return errors(400, 'property_value', 'transactions[].amount is not a valid amount', [
        'transactions[].amount',
      ]);
    amounts.push(amount);
  }
  return { amounts };
}
