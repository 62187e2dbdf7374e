import type Stripe from 'stripe';
import { invalidParam, noSuch } from './errors.ts';
import { newId, randomToken } from './ids.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import { mergeMetadata, type Params } from './params.ts';
import type { ModeState, Scope } from './state.ts';

export const customerCreateParams = [
  'name',
  'email',
  'phone',
  'description',
  'metadata',
  'preferred_locales',
  'address',
  'expand',
  'balance',
  'cash_balance',
  'invoice_prefix',
  'invoice_settings',
  'next_invoice_sequence',
  'payment_method',
  'shipping',
  'source',
  'tax',
  'tax_exempt',
  'tax_id_data',
  'test_clock',
];
export const customerListParams = [...listParams, 'email', 'created', 'test_clock'];

export function createCustomer(scope: Scope, params: Params): Stripe.Customer {
  const { state } = scope;
  const name = params.string('name', { maxLength: 256 });
  const email = params.string('email', { maxLength: 512 });
  const phone = params.string('phone', { maxLength: 20 });
  const description = params.string('description', { maxLength: 350 });
  const metadata = mergeMetadata({}, params.metadata());
  const locales = params.stringArray('preferred_locales');
  params.expand();
  const customer: Stripe.Customer = {
    id: newId('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: state.clock.nowSeconds(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: description ?? null,
    discount: null,
    email: email ?? null,
    invoice_prefix: randomToken(8).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: state.livemode,
    metadata,
    name: name ?? null,
    next_invoice_sequence: 1,
    phone: phone ?? null,
    preferred_locales: locales ?? [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  };
  state.customers.set(customer.id, customer);
  state.emit('customer.created', customer, scope.origin);
  return customer;
}

export function retrieveCustomer(state: ModeState, id: string): Stripe.Customer {
  const customer = state.customers.get(id);
  if (customer === undefined) throw noSuch('customer', id);
  return customer;
}

export function listCustomers(state: ModeState, params: Params): Stripe.ApiList<Stripe.Customer> {
  const email = params.string('email');
  params.range('created');
  params.string('test_clock');
  params.expand();
  const items = newestFirst(state.customers.values()).filter((c) => email === undefined || c.email === email);
  return paginate(items, params, '/v1/customers', 'customer');
}

export const customerUpdateParams = [
  'name',
  'email',
  'phone',
  'description',
  'metadata',
  'preferred_locales',
  'invoice_settings',
  'address',
  'expand',
  'balance',
  'cash_balance',
  'default_source',
  'invoice_prefix',
  'next_invoice_sequence',
  'shipping',
  'source',
  'tax',
  'tax_exempt',
];

/** Changes a customer's contact fields, metadata and default PaymentMethod; `''` clears a nullable field. */
export function updateCustomer(scope: Scope, id: string, params: Params): Stripe.Customer {
  const { state } = scope;
  const customer = retrieveCustomer(state, id);
  const name = params.nullableString('name', 256);
  const email = params.nullableString('email', 512);
  const phone = params.nullableString('phone', 20);
  const description = params.nullableString('description', 350);
  const metadata = params.metadata();
  const locales = params.stringArray('preferred_locales');
  const invoice = params.object('invoice_settings', [
    'default_payment_method',
    'custom_fields',
    'footer',
    'rendering_options',
  ]);
  const defaultMethod = invoice?.nullableString('default_payment_method');
  params.expand();
  if (typeof defaultMethod === 'string' && state.paymentMethods.get(defaultMethod)?.customer !== id) {
    throw invalidParam(
      `The customer does not have a payment method with the ID ${defaultMethod}. The payment method must be attached to the customer.`,
      'invoice_settings[default_payment_method]',
      'resource_missing',
    );
  }
  if (name !== undefined) customer.name = name;
  if (email !== undefined) customer.email = email;
  if (phone !== undefined) customer.phone = phone;
  if (description !== undefined) customer.description = description;
  if (locales !== undefined) customer.preferred_locales = locales;
  if (defaultMethod !== undefined) customer.invoice_settings.default_payment_method = defaultMethod;
  customer.metadata = mergeMetadata(customer.metadata, metadata);
  state.emit('customer.updated', customer, scope.origin);
  return customer;
}
