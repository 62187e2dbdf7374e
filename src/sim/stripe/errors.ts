import type Stripe from 'stripe';

/** The `error` member of Stripe's error envelope, as the SDK reads it. */
export interface StripeErrorBody {
  type: 'invalid_request_error' | 'api_error' | 'card_error' | 'idempotency_error';
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: Stripe.PaymentIntent;
  payment_method?: Stripe.PaymentMethod;
  setup_intent?: Stripe.SetupIntent;
}

/**
 * An answer in Stripe's error envelope. `beforeExecution` marks failures Stripe reports before an endpoint starts
 * running (authentication, rate limits, parameter validation): Stripe does not save those under an idempotency key,
 * so a corrected retry with the same key goes through.
 */
export class SimApiError extends Error {
  readonly status: number;
  readonly body: StripeErrorBody;
  readonly beforeExecution: boolean;

  constructor(status: number, body: StripeErrorBody, beforeExecution = false) {
    super(body.message);
    this.name = 'SimApiError';
    this.status = status;
    this.body = body.code === undefined ? body : { doc_url: docUrl(body.code), ...body };
    this.beforeExecution = beforeExecution;
  }
}

function docUrl(code: string): string {
  return `https://docs.stripe.com/error-codes/${code.replace(/_/g, '-')}`;
}

export function invalidRequest(
  message: string,
  extra: { code?: string; param?: string; status?: number; payment_intent?: Stripe.PaymentIntent } = {},
): SimApiError {
  const { status = 400, ...rest } = extra;
  return new SimApiError(status, { type: 'invalid_request_error', message, ...rest });
}

/** Parameter validation failures: never saved under an idempotency key. */
export function invalidParam(message: string, param: string, code?: string): SimApiError {
  const body: StripeErrorBody = { type: 'invalid_request_error', message, param };
  if (code !== undefined) body.code = code;
  return new SimApiError(400, body, true);
}

export function missingParam(param: string): SimApiError {
  return invalidParam(`Missing required param: ${param}.`, param, 'parameter_missing');
}

export function unknownParam(param: string): SimApiError {
  return invalidParam(`Received unknown parameter: ${param}`, param, 'parameter_unknown');
}

/** Stripe names the kind of object in its 404 messages: "No such payment_intent: 'pi_123'". */
export function noSuch(kind: string, id: string, param = 'id'): SimApiError {
  return new SimApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
  });
}

export function apiError(message = 'An unknown error occurred'): SimApiError {
  return new SimApiError(500, { type: 'api_error', message });
}
