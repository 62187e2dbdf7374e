import { retrieveAccount, retrieveBalance } from './account-api.ts';
import type { KeyGrant } from './accounts.ts';
import { chargeListParams, listCharges, retrieveCharge } from './charges.ts';
import type { SimCore } from './core.ts';
import {
  createCustomer,
  customerCreateParams,
  customerListParams,
  customerUpdateParams,
  listCustomers,
  retrieveCustomer,
  updateCustomer,
} from './customers.ts';
import {
  checkoutSessionCreateParams,
  checkoutSessionExpireParams,
  checkoutSessionListParams,
  createCheckoutSession,
  expireCheckoutSession,
  listCheckoutSessions,
  sessionOrThrow,
} from './checkout-sessions.ts';
import { invalidRequest } from './errors.ts';
import { incrementAuthorization } from './holds.ts';
import { eventListParams, listEvents, retrieveEvent } from './events-api.ts';
import type { FormObject } from './form.ts';
import {
  createLocation,
  listLocations,
  locationCreateParams,
  locationListParams,
  locationOrThrow,
  locationUpdateParams,
  updateLocation,
} from './locations.ts';
import { Params } from './params.ts';
import {
  cancelPaymentIntent,
  capturePaymentIntent,
  confirmPaymentIntent,
  createPaymentIntent,
  intentOrThrow,
  listPaymentIntents,
  paymentIntentCancelParams,
  paymentIntentCaptureParams,
  paymentIntentConfirmParams,
  paymentIntentCreateParams,
  paymentIntentIncrementParams,
  paymentIntentListParams,
  paymentIntentSearchParams,
  paymentIntentUpdateParams,
  searchPaymentIntents,
  updatePaymentIntent,
} from './payment-intents.ts';
import {
  attachPaymentMethod,
  customerPaymentMethodListParams,
  detachPaymentMethod,
  listCustomerPaymentMethods,
  listPaymentMethods,
  paymentMethodAttachParams,
  paymentMethodDetachParams,
  paymentMethodListParams,
  retrievePaymentMethod,
} from './payment-methods.ts';
import {
  cancelAction,
  createReader,
  deleteReader,
  listReaders,
  presentPaymentMethod,
  presentPaymentMethodParams,
  processPaymentIntent,
  processPaymentIntentParams,
  processSetupIntent,
  processSetupIntentParams,
  readerCreateParams,
  readerListParams,
  readerOrThrow,
  readerUpdateParams,
  readPresentment,
  setReaderDisplay,
  setReaderDisplayParams,
  updateReader,
} from './readers.ts';
import {
  createRefund,
  listRefunds,
  refundCreateParams,
  refundListParams,
  retrieveRefund,
} from './refunds.ts';
import {
  cancelSetupIntent,
  confirmSetupIntent,
  createSetupIntent,
  listSetupAttempts,
  setupAttemptListParams,
  setupIntentCancelParams,
  setupIntentConfirmParams,
  setupIntentCreateParams,
  listSetupIntents,
  setupIntentListParams,
  setupIntentOrThrow,
} from './setup-intents.ts';
import type { Scope } from './state.ts';

export interface RouteContext {
  core: SimCore;
  scope: Scope;
  grant: KeyGrant;
  form: FormObject;
  /** The `:id` part of the path, when the route has one. */
  id: string;
}

type Method = 'GET' | 'POST' | 'DELETE';

interface Route {
  method: Method;
  pattern: string;
  run: (ctx: RouteContext) => object;
}

const expandOnly = ['expand'];
const p = (ctx: RouteContext, allowed: readonly string[]): Params => new Params(ctx.form, allowed);

function testModeOnly(ctx: RouteContext): void {
  if (ctx.grant.livemode) {
    throw invalidRequest('Test helpers can only be used with a test mode key (sk_test_…).', { status: 400 });
  }
}

/** Stripe v1 endpoints the simulator serves. More specific paths come before the ones with an `:id`. */
const routes: Route[] = [
  {
    method: 'GET',
    pattern: '/v1/account',
    run: (c) => (p(c, expandOnly).expand(), retrieveAccount(c.scope.state)),
  },
  {
    method: 'GET',
    pattern: '/v1/balance',
    run: (c) => (p(c, expandOnly).expand(), retrieveBalance(c.scope.state)),
  },

  {
    method: 'POST',
    pattern: '/v1/payment_intents',
    run: (c) => createPaymentIntent(c.scope, p(c, paymentIntentCreateParams)).intent,
  },
  {
    method: 'GET',
    pattern: '/v1/payment_intents',
    run: (c) => listPaymentIntents(c.scope.state, p(c, paymentIntentListParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/payment_intents/search',
    run: (c) =>
      searchPaymentIntents(
        c.scope.state,
        p(c, paymentIntentSearchParams),
        c.core.settings.searchIndexDelayMs,
      ),
  },
  {
    method: 'GET',
    pattern: '/v1/payment_intents/:id',
    run: (c) => (p(c, ['expand', 'client_secret']).expand(), intentOrThrow(c.scope.state, c.id).intent),
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id',
    run: (c) => updatePaymentIntent(c.scope, c.id, p(c, paymentIntentUpdateParams)).intent,
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/confirm',
    run: (c) =>
      confirmPaymentIntent(c.scope, c.id, p(c, paymentIntentConfirmParams), c.core.hostedBase).intent,
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/capture',
    run: (c) => capturePaymentIntent(c.scope, c.id, p(c, paymentIntentCaptureParams)).intent,
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/cancel',
    run: (c) => cancelPaymentIntent(c.scope, c.id, p(c, paymentIntentCancelParams)).intent,
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/increment_authorization',
    run: (c) => incrementAuthorization(c.scope, c.id, p(c, paymentIntentIncrementParams)).intent,
  },

  {
    method: 'POST',
    pattern: '/v1/checkout/sessions',
    run: (c) => createCheckoutSession(c.scope, p(c, checkoutSessionCreateParams), c.core.hostedBase).session,
  },
  {
    method: 'GET',
    pattern: '/v1/checkout/sessions',
    run: (c) => listCheckoutSessions(c.scope.state, p(c, checkoutSessionListParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/checkout/sessions/:id',
    run: (c) => (p(c, expandOnly).expand(), sessionOrThrow(c.scope.state, c.id, 'session').session),
  },
  {
    method: 'POST',
    pattern: '/v1/checkout/sessions/:id/expire',
    run: (c) => expireCheckoutSession(c.scope, c.id, p(c, checkoutSessionExpireParams)).session,
  },

  { method: 'GET', pattern: '/v1/charges', run: (c) => listCharges(c.scope.state, p(c, chargeListParams)) },
  {
    method: 'GET',
    pattern: '/v1/charges/:id',
    run: (c) => retrieveCharge(c.scope.state, c.id, p(c, expandOnly)),
  },

  { method: 'POST', pattern: '/v1/refunds', run: (c) => createRefund(c.scope, p(c, refundCreateParams)) },
  { method: 'GET', pattern: '/v1/refunds', run: (c) => listRefunds(c.scope.state, p(c, refundListParams)) },
  {
    method: 'GET',
    pattern: '/v1/refunds/:id',
    run: (c) => (p(c, expandOnly).expand(), retrieveRefund(c.scope.state, c.id)),
  },

  { method: 'GET', pattern: '/v1/events', run: (c) => listEvents(c.scope.state, p(c, eventListParams)) },
  {
    method: 'GET',
    pattern: '/v1/events/:id',
    run: (c) => (p(c, expandOnly).expand(), retrieveEvent(c.scope.state, c.id)),
  },

  {
    method: 'POST',
    pattern: '/v1/customers',
    run: (c) => createCustomer(c.scope, p(c, customerCreateParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/customers',
    run: (c) => listCustomers(c.scope.state, p(c, customerListParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/customers/:id',
    run: (c) => (p(c, expandOnly).expand(), retrieveCustomer(c.scope.state, c.id)),
  },
  {
    method: 'POST',
    pattern: '/v1/customers/:id',
    run: (c) => updateCustomer(c.scope, c.id, p(c, customerUpdateParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/customers/:id/payment_methods',
    run: (c) => listCustomerPaymentMethods(c.scope.state, c.id, p(c, customerPaymentMethodListParams)),
  },

  {
    method: 'GET',
    pattern: '/v1/payment_methods',
    run: (c) => listPaymentMethods(c.scope.state, p(c, paymentMethodListParams)),
  },
  {
    method: 'POST',
    pattern: '/v1/payment_methods/:id/attach',
    run: (c) => attachPaymentMethod(c.scope, c.id, p(c, paymentMethodAttachParams)),
  },
  {
    method: 'POST',
    pattern: '/v1/payment_methods/:id/detach',
    run: (c) => detachPaymentMethod(c.scope, c.id, p(c, paymentMethodDetachParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/payment_methods/:id',
    run: (c) => (p(c, expandOnly).expand(), retrievePaymentMethod(c.scope.state, c.id)),
  },

  {
    method: 'POST',
    pattern: '/v1/setup_intents',
    run: (c) => createSetupIntent(c.scope, p(c, setupIntentCreateParams), c.core.hostedBase),
  },
  {
    method: 'GET',
    pattern: '/v1/setup_intents',
    run: (c) => listSetupIntents(c.scope.state, p(c, setupIntentListParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/setup_intents/:id',
    run: (c) => (p(c, ['expand', 'client_secret']).expand(), setupIntentOrThrow(c.scope.state, c.id)),
  },
  {
    method: 'POST',
    pattern: '/v1/setup_intents/:id/confirm',
    run: (c) => confirmSetupIntent(c.scope, c.id, p(c, setupIntentConfirmParams), c.core.hostedBase),
  },
  {
    method: 'GET',
    pattern: '/v1/setup_attempts',
    run: (c) => listSetupAttempts(c.scope.state, p(c, setupAttemptListParams)),
  },
  {
    method: 'POST',
    pattern: '/v1/setup_intents/:id/cancel',
    run: (c) => cancelSetupIntent(c.scope, c.id, p(c, setupIntentCancelParams)),
  },

  {
    method: 'POST',
    pattern: '/v1/terminal/locations',
    run: (c) => createLocation(c.scope.state, p(c, locationCreateParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/terminal/locations',
    run: (c) => listLocations(c.scope.state, p(c, locationListParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/terminal/locations/:id',
    run: (c) => (p(c, expandOnly).expand(), locationOrThrow(c.scope.state, c.id, 'location')),
  },
  {
    method: 'POST',
    pattern: '/v1/terminal/locations/:id',
    run: (c) => updateLocation(c.scope.state, c.id, p(c, locationUpdateParams)),
  },

  {
    method: 'POST',
    pattern: '/v1/terminal/readers',
    run: (c) => createReader(c.scope.state, p(c, readerCreateParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/terminal/readers',
    run: (c) => listReaders(c.scope.state, p(c, readerListParams)),
  },
  {
    method: 'GET',
    pattern: '/v1/terminal/readers/:id',
    run: (c) => (p(c, expandOnly).expand(), readerOrThrow(c.scope.state, c.id).reader),
  },
  {
    method: 'POST',
    pattern: '/v1/terminal/readers/:id',
    run: (c) => updateReader(c.scope.state, c.id, p(c, readerUpdateParams)),
  },
  {
    method: 'DELETE',
    pattern: '/v1/terminal/readers/:id',
    run: (c) => (p(c, []), deleteReader(c.scope.state, c.id)),
  },
  {
    method: 'POST',
    pattern: '/v1/terminal/readers/:id/process_payment_intent',
    run: (c) => processPaymentIntent(c.scope, c.id, p(c, processPaymentIntentParams)),
  },
  {
    method: 'POST',
    pattern: '/v1/terminal/readers/:id/process_setup_intent',
    run: (c) => processSetupIntent(c.scope, c.id, p(c, processSetupIntentParams)),
  },
  {
    method: 'POST',
    pattern: '/v1/terminal/readers/:id/set_reader_display',
    run: (c) => setReaderDisplay(c.scope, c.id, p(c, setReaderDisplayParams)),
  },
  {
    method: 'POST',
    pattern: '/v1/terminal/readers/:id/cancel_action',
    run: (c) => (p(c, expandOnly).expand(), cancelAction(c.scope, c.id)),
  },
  {
    method: 'POST',
    pattern: '/v1/test_helpers/terminal/readers/:id/present_payment_method',
    run: (c) => {
      testModeOnly(c);
      const presentment = readPresentment(p(c, presentPaymentMethodParams));
      return presentPaymentMethod(c.scope, readerOrThrow(c.scope.state, c.id), presentment, c.core);
    },
  },
];

export interface RouteMatch {
  route: Route;
  id: string;
}

/** Finds the endpoint for a request; `undefined` is Stripe's "Unrecognized request URL". */
export function matchRoute(method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    let id = '';
    let ok = true;
    for (let i = 0; i < pattern.length; i++) {
      const want = pattern[i] as string;
      const got = segments[i] as string;
      if (want === ':id') {
        const decoded = got === '' ? undefined : safeDecode(got);
        if (decoded === undefined) ok = false;
        else id = decoded;
      } else if (want !== got) {
        ok = false;
      }
      if (!ok) break;
    }
    if (ok) return { route, id };
  }
  return undefined;
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
