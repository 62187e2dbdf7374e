import { afterEach, describe, expect, it } from 'vitest';
import { defaultAccounts } from '../../../src/shared/ipc/payment-methods.ts';
import { newId } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => {
  await kassa.close();
});

const method = (over: Record<string, unknown> = {}) => ({
  name: 'Card (counter 1)',
  journal: 'bank' as const,
  terminal: 'stripe' as const,
  terminalRef: 'WSC513105011295',
  identifyCustomer: false,
  active: true,
  ...over,
});

describe('payment methods (PREF-2, STT-1)', () => {
  it('adds a Stripe reader method at the end of the payment screen, with the default accounts', async () => {
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
    await kassa.core.payments.ready;
    await kassa.openPreferences();
    const saved = await kassa.prefs('paymentMethods.save', method());
    expect(saved).toMatchObject({
      terminal: 'stripe',
      terminalRef: 'WSC513105011295',
      profileId: 'default', // the demo connection, while no profile is saved
      outstandingAccount: null,
      accounts: {
        outstanding: { code: defaultAccounts.outstanding.bank, isDefault: true },
        intermediary: { code: defaultAccounts.intermediary, isDefault: true },
      },
    });
    const onTill = await kassa.call('paymentMethods.list', {});
    expect(onTill.at(-1)).toMatchObject({ id: saved.id, name: 'Card (counter 1)', terminal: 'stripe' });
    expect(JSON.parse(kassa.audit('payment_method.created')[0]!.details!)).toMatchObject({
      old: null,
      new: { name: 'Card (counter 1)', terminalRef: 'WSC513105011295' },
    });
  });

  it('keeps each reader on one method, needs a serial and a bank journal for terminals, and names the field', async () => {
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
    await kassa.openPreferences();
    await kassa.prefs('paymentMethods.save', method());
    const count = (await kassa.prefs('paymentMethods.all', {})).length;
    expect(await kassa.prefsFail('paymentMethods.save', method({ name: 'Card (counter 2)' }))).toMatchObject({
      code: 'conflict',
      field: 'terminalRef',
    });
    expect(
      await kassa.prefsFail('paymentMethods.save', method({ name: 'Card 2', terminalRef: '' })),
    ).toMatchObject({
      field: 'terminalRef',
    });
    expect(
      await kassa.prefsFail(
        'paymentMethods.save',
        method({ name: 'Card 2', journal: 'cash', terminalRef: 'X1' }),
      ),
    ).toMatchObject({
      field: 'journal',
    });
    expect(
      await kassa.prefsFail(
        'paymentMethods.save',
        method({ name: 'cash', terminal: 'none', terminalRef: undefined }),
      ),
    ).toMatchObject({
      code: 'conflict',
      field: 'name',
    });
    expect(
      await kassa.prefsFail(
        'paymentMethods.save',
        method({ name: 'Card 2', terminalRef: 'X2', outstandingAccount: '13 60' }),
      ),
    ).toMatchObject({ field: 'outstandingAccount' });
    expect((await kassa.prefs('paymentMethods.all', {})).length).toBe(count);
  });

  it('needs a Stripe profile once profiles exist, and refuses one that does not', async () => {
    kassa = preferencesTill(); // no demo and no environment key: no built-in connection
    await kassa.openPreferences();
    expect(await kassa.prefsFail('paymentMethods.save', method())).toMatchObject({
      code: 'not_found',
      field: 'profileId',
    });
    expect(await kassa.prefsFail('paymentMethods.save', method({ profileId: 'nope' }))).toMatchObject({
      field: 'profileId',
    });
  });

  it('reorders the payment screen and hides deactivated methods from the till', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    const all = await kassa.prefs('paymentMethods.all', {});
    const reversed = all.map((m) => m.id).reverse();
    const reordered = await kassa.prefs('paymentMethods.reorder', { ids: reversed });
    expect(reordered.map((m) => m.id)).toEqual(reversed);
    expect((await kassa.call('paymentMethods.list', {})).map((m) => m.id)).toEqual(reversed);
    expect(await kassa.prefsFail('paymentMethods.reorder', { ids: reversed.slice(1) })).toMatchObject({
      field: 'ids',
    });

    const voucher = all.find((m) => m.id === 'voucher')!;
    await kassa.prefs('paymentMethods.save', {
      id: voucher.id,
      name: voucher.name,
      journal: voucher.journal,
      terminal: 'none',
      identifyCustomer: false,
      outstandingAccount: '1370',
      active: false,
    });
    expect((await kassa.call('paymentMethods.list', {})).map((m) => m.id)).not.toContain('voucher');
    expect((await kassa.prefs('paymentMethods.all', {})).find((m) => m.id === 'voucher')).toMatchObject({
      active: false,
      accounts: { outstanding: { code: '1370', isDefault: false } },
    });
  });
});

describe('"identify customer" methods (TILL-5)', () => {
  it('are refused for an order without a customer and accepted once one is attached', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    const account = await kassa.prefs('paymentMethods.save', {
      name: 'On account',
      journal: 'bank',
      terminal: 'none',
      identifyCustomer: true,
      active: true,
    });
    const refused = await kassa.fail('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 1 }],
      payments: [{ id: newId(), methodId: account.id, amount: 389 }],
    });
    expect(refused).toMatchObject({ code: 'invalid_request', field: 'methodId' });
    expect(refused.message).toBe('"On account" needs a customer on the order: search or create one first.');

    const ada = await kassa.call('customers.create', {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+44 20 7946 0018',
    });
    expect(await kassa.call('customers.search', { query: 'lovel' })).toEqual([ada]);
    expect(await kassa.call('customers.search', { query: '7946' })).toEqual([ada]);
    expect(await kassa.call('customers.search', { query: '%' })).toEqual([]);

    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 1 }],
      payments: [],
    });
    expect(order.customer).toBeNull();
    expect(
      await kassa.fail('orders.addPayment', {
        orderId: order.id,
        payment: { id: newId(), methodId: account.id, amount: order.total },
      }),
    ).toMatchObject({ field: 'methodId' });
    const withCustomer = await kassa.call('customers.attachToOrder', {
      orderId: order.id,
      customerId: ada.id,
    });
    expect(withCustomer.customer).toEqual({ id: ada.id, name: 'Ada Lovelace' });
    const paid = await kassa.call('orders.addPayment', {
      orderId: order.id,
      payment: { id: newId(), methodId: account.id, amount: order.total },
    });
    expect(paid.status).toBe('paid');

    const atCheckout = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 1 }],
      payments: [{ id: newId(), methodId: account.id, amount: 389 }],
      customerId: ada.id,
    });
    expect(atCheckout).toMatchObject({ status: 'paid', customer: { name: 'Ada Lovelace' } });
  });

  it('checks the e-mail address and phone number of a new customer', async () => {
    kassa = preferencesTill();
    expect(await kassa.fail('customers.create', { name: 'Bob', email: 'bob@' })).toMatchObject({
      field: 'email',
    });
    expect(await kassa.fail('customers.create', { name: 'Bob', phone: 'call me' })).toMatchObject({
      field: 'phone',
    });
    expect(await kassa.call('customers.create', { name: 'Bob', email: '', phone: '' })).toMatchObject({
      email: null,
      phone: null,
    });
  });
});
