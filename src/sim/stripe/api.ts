import type { IncomingHttpHeaders } from 'node:http';
import { grantFor, maskKey, type KeyGrant } from './accounts.ts';
import type { SimCore } from './core.ts';
import { apiError, invalidParam, SimApiError, type StripeErrorBody } from './errors.ts';
import { advanceCheckout } from './checkout-sessions.ts';
import { expireHolds } from './holds.ts';
import { expandResponse } from './expand.ts';
import { canonicalForm, FormSyntaxError, parseForm, type FormObject } from './form.ts';
import { randomToken } from './ids.ts';
import { matchRoute } from './routes.ts';

export interface ApiRequest {
  method: string;
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** An injected `http_500`: answered in place of running the endpoint. */
  injected500: boolean;
}

export interface ApiResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const rateLimitMessage =
  'Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.';
const noKeyMessage =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";
const publishableMessage =
  'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.';

export function rateLimited(): SimApiError {
  return new SimApiError(
    429,
    { type: 'invalid_request_error', code: 'rate_limit', message: rateLimitMessage },
    true,
  );
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const authorization = header(headers, 'authorization');
  if (authorization === undefined) return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (bearer !== null) return bearer[1];
  const basic = /^Basic\s+(\S+)$/i.exec(authorization);
  if (basic !== null)
    return Buffer.from(basic[1] as string, 'base64')
      .toString('utf8')
      .split(':')[0];
  return undefined;
}

function authenticate(core: SimCore, headers: IncomingHttpHeaders): KeyGrant {
  const key = presentedKey(headers);
  if (key === undefined || key === '') {
    throw new SimApiError(401, { type: 'invalid_request_error', message: noKeyMessage }, true);
  }
  const grant = grantFor(core.accounts, key);
  if (grant === undefined) {
    throw new SimApiError(
      401,
      { type: 'invalid_request_error', message: `Invalid API Key provided: ${maskKey(key)}` },
      true,
    );
  }
  if (grant.kind === 'publishable') {
    throw new SimApiError(403, { type: 'invalid_request_error', message: publishableMessage }, true);
  }
  const connected = header(headers, 'stripe-account');
  if (connected !== undefined && connected !== grant.account.id) {
    throw new SimApiError(
      403,
      {
        type: 'invalid_request_error',
        message: `The provided key '${maskKey(key)}' does not have access to account '${connected}' (or that account does not exist). Application access may have been revoked.`,
      },
      true,
    );
  }
  return grant;
}

function readVersion(core: SimCore, headers: IncomingHttpHeaders): string {
  const version = header(headers, 'stripe-version');
  if (version === undefined) return core.apiVersion;
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}(\.[a-z]+)?$/.test(version)) {
    throw new SimApiError(
      400,
      { type: 'invalid_request_error', message: `Invalid Stripe API version: ${version}` },
      true,
    );
  }
  return version;
}

function parseParameters(text: string): FormObject {
  try {
    return parseForm(text);
  } catch (error) {
    if (error instanceof FormSyntaxError) throw invalidParam(error.message, error.key);
    throw error;
  }
}

function expandList(form: FormObject): string[] {
  const expand = form['expand'];
  return Array.isArray(expand) ? expand.filter((e): e is string => typeof e === 'string') : [];
}

function errorBody(error: StripeErrorBody): string {
  return JSON.stringify({ error }, null, 2);
}

/**
 * One Stripe API call, from authentication to the JSON answer: rate limit, idempotency (replay, conflict, save),
 * parameter parsing, the endpoint itself and `expand[]`.
 */
export function execute(core: SimCore, request: ApiRequest): ApiResult {
  const requestId = `req_${randomToken(14)}`;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Request-Id': requestId };
  const method = request.method.toUpperCase();
  let idempotency: { scope: string; key: string; fingerprint: string } | undefined;
  let status: number;
  let body: string;
  try {
    const grant = authenticate(core, request.headers);
    headers['Stripe-Version'] = readVersion(core, request.headers);
    const limit = core.settings.rateLimitPerSecond ?? (grant.livemode ? 100 : 25);
    if (!core.limiter.admit(grant.key, limit)) throw rateLimited();
    const contentType = header(request.headers, 'content-type') ?? '';
    if (
      method === 'POST' &&
      request.body !== '' &&
      !contentType.includes('application/x-www-form-urlencoded')
    ) {
      throw new SimApiError(
        400,
        {
          type: 'invalid_request_error',
          message: `Invalid request: unsupported Content-Type ${contentType}. If error persists and you need assistance, please contact support@stripe.com.`,
        },
        true,
      );
    }
    const form = parseParameters(method === 'POST' ? request.body : request.query);
    const key = method === 'POST' ? header(request.headers, 'idempotency-key') : undefined;
    if (key !== undefined) {
      headers['Idempotency-Key'] = key;
      if (key.length > 255) {
        throw invalidParam(
          `Keys for idempotent requests can be at most 255 characters long. The provided key is ${key.length} characters long.`,
          'Idempotency-Key',
        );
      }
      idempotency = {
        scope: `${grant.account.id}:${grant.livemode ? 'live' : 'test'}`,
        key,
        fingerprint: canonicalForm(form),
      };
      const stored = core.idempotency.lookup(idempotency.scope, key);
      if (stored !== undefined) {
        if (stored.method !== method || stored.path !== request.path) {
          throw new SimApiError(400, {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${stored.method} ${stored.path}' vs '${method} ${request.path}'). Try using a key other than '${key}' if you meant to execute a different request.`,
          });
        }
        if (stored.fingerprint !== idempotency.fingerprint) {
          throw new SimApiError(400, {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          });
        }
        return {
          status: stored.status,
          headers: { ...headers, 'Idempotent-Replayed': 'true', 'Original-Request': stored.requestId },
          body: stored.body,
        };
      }
    }
    const state = core.stateFor(grant.account, grant.livemode);
    advanceCheckout(state);
    expireHolds(state);
    const outcome = runEndpoint(core, request, method, form, grant, requestId, key ?? null);
    if (outcome instanceof SimApiError) throw outcome;
    status = 200;
    body = JSON.stringify(expandResponse(state, outcome, expandList(form)), null, 2);
  } catch (error) {
    if (!(error instanceof SimApiError)) throw error;
    status = error.status;
    body = errorBody(error.body);
    // Failures before the endpoint ran are not remembered, so a corrected retry with the same key goes through.
    if (error.beforeExecution || error.body.type === 'idempotency_error') idempotency = undefined;
  }
  if (idempotency !== undefined) {
    core.idempotency.save(idempotency.scope, idempotency.key, {
      method,
      path: request.path,
      fingerprint: idempotency.fingerprint,
      status,
      body,
      requestId,
    });
  }
  return { status, headers, body };
}

function runEndpoint(
  core: SimCore,
  request: ApiRequest,
  method: string,
  form: FormObject,
  grant: KeyGrant,
  requestId: string,
  idempotencyKey: string | null,
): object | SimApiError {
  if (request.injected500) return apiError();
  const match = matchRoute(method, request.path);
  if (match === undefined) {
    return new SimApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${request.path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    });
  }
  const state = core.stateFor(grant.account, grant.livemode);
  return match.route.run({
    core,
    grant,
    form,
    id: match.id,
    scope: { state, origin: { requestId, idempotencyKey } },
  });
}
