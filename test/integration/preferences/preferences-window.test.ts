import { afterEach, describe, expect, it } from 'vitest';
import { preferencesIdleMs } from '../../../src/main/core/staff/session.ts';
import { preferencesTill, preferencesUrl, testClock, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => {
  await kassa.close();
});

describe('opening the preferences window (PREF-1)', () => {
  it("opens only with an owner's PIN, and its sections stay locked until then", async () => {
    kassa = preferencesTill();
    await kassa.call('staff.save', {
      name: 'Ben',
      role: 'manager',
      pin: '1357',
      active: true,
      ownerPin: '1234',
    });

    const locked = await kassa.prefsFail('storeSettings.get', {});
    expect(locked.code).toBe('pin_required');
    expect(locked.message).toContain('Open them again from the till');
    expect((await kassa.fail('preferences.open', { pin: '0000' })).code).toBe('pin_invalid');
    expect((await kassa.fail('preferences.open', { pin: '1357' })).code).toBe('pin_invalid'); // a manager is no owner

    expect(await kassa.openPreferences()).toEqual({ url: preferencesUrl });
    expect((await kassa.prefs('session.current', {})).staff).toMatchObject({
      name: 'Demo Owner',
      role: 'owner',
    });
    expect(await kassa.prefs('storeSettings.get', {})).toMatchObject({
      name: 'Kassa Demo Shop',
      currency: 'EUR',
      suggestedCashRounding: 1,
    });

    // In the unlocked window the owner who opened it approves staff changes; no PIN is typed again.
    await kassa.prefs('staff.save', { name: 'Carla', role: 'cashier', pin: '1111', active: true });
    expect(kassa.audit('staff.created').map((e) => e.actor)).toEqual(['Demo Owner', 'Demo Owner']);

    await kassa.prefs('preferences.close', {});
    expect((await kassa.prefsFail('storeSettings.get', {})).code).toBe('pin_required');
    const afterClose = await kassa.prefsFail('staff.save', {
      name: 'Dora',
      role: 'cashier',
      pin: '2222',
      active: true,
    });
    expect(afterClose.code).toBe('pin_required');
    expect((await kassa.prefs('session.current', {})).staff).toBeNull();
    expect(kassa.audit('preferences.opened').map((e) => e.actor)).toEqual(['Demo Owner']);
  });

  it('locks after five wrong PINs, and locks itself after a quarter of an hour without use', async () => {
    const clock = testClock();
    kassa = preferencesTill({ now: clock.now });
    for (let i = 1; i <= 4; i++)
      expect((await kassa.fail('preferences.open', { pin: '1111' })).code).toBe('pin_invalid');
    expect((await kassa.fail('preferences.open', { pin: '1111' })).code).toBe('pin_locked');
    expect((await kassa.fail('preferences.open', { pin: '1234' })).code).toBe('pin_locked');
    clock.advance(30_001);
    await kassa.openPreferences();

    clock.advance(preferencesIdleMs - 1000);
    await kassa.prefs('terminalSettings.get', {}); // use keeps it open
    clock.advance(preferencesIdleMs - 1000);
    await kassa.prefs('terminalSettings.get', {});
    clock.advance(preferencesIdleMs + 1);
    expect((await kassa.prefsFail('terminalSettings.get', {})).code).toBe('pin_required');
  });

  it('refuses preferences channels from the till window and the customer display', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    expect((await kassa.fail('storeSettings.save', { name: 'X' })).code).toBe('forbidden');
    const display = await kassa.core.dispatch('paymentMethods.all', {}, { window: 'customer-display' });
    expect(display.ok).toBe(false);
  });
});

describe('store and terminal settings (PREF-1, PREF-4)', () => {
  it('saves the store with the country rule for cash rounding when left empty, audited with old and new', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    const saved = await kassa.prefs('storeSettings.save', {
      name: 'Käserei Zürich',
      country: 'CH',
      currency: 'CHF',
      locale: 'de-CH',
      pricesIncludeTax: true,
    });
    expect(saved).toMatchObject({ cashRoundingIncrement: 5, suggestedCashRounding: 5 });
    expect(await kassa.call('store.info', {})).toMatchObject({ name: 'Käserei Zürich', currency: 'CHF' });
    const entry = JSON.parse(kassa.audit('settings.store_changed')[0]!.details!);
    expect(entry).toMatchObject({
      old: { currency: 'EUR' },
      new: { currency: 'CHF', cashRoundingIncrement: 5 },
    });
  });

  it('names the field that is wrong and saves nothing', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    const before = await kassa.prefs('storeSettings.get', {});
    const wrong = await kassa.prefsFail('storeSettings.save', {
      name: 'Shop',
      country: 'DE',
      currency: 'EUX',
      locale: 'de-DE',
      pricesIncludeTax: true,
    });
    expect(wrong).toMatchObject({ code: 'invalid_request', field: 'currency' });
    expect(await kassa.prefs('storeSettings.get', {})).toEqual(before);
  });

  it('refuses to change the currency while an order is open', async () => {
    kassa = preferencesTill();
    await kassa.call('orders.checkout', {
      orderId: '2c1d0f5e-8a7b-4c3d-9e2f-1a0b9c8d7e6f',
      lines: [{ productId: 1, quantity: 1 }],
      payments: [],
    });
    await kassa.openPreferences();
    const refused = await kassa.prefsFail('storeSettings.save', {
      name: 'Shop',
      country: 'CH',
      currency: 'CHF',
      locale: 'de-CH',
      pricesIncludeTax: true,
    });
    expect(refused).toMatchObject({ code: 'conflict', field: 'currency' });
  });

  it('hides and refuses Stripe methods while Stripe terminals are switched off', async () => {
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
    await kassa.core.payments.ready;
    expect((await kassa.call('paymentMethods.list', {})).some((m) => m.terminal === 'stripe')).toBe(true);
    await kassa.openPreferences();
    await kassa.prefs('terminalSettings.save', { stripeEnabled: false, mercadoPagoEnabled: true });
    expect((await kassa.call('paymentMethods.list', {})).some((m) => m.terminal === 'stripe')).toBe(false);
    const stripeMethod = (await kassa.prefs('paymentMethods.all', {})).find((m) => m.terminal === 'stripe')!;
    const order = await kassa.call('orders.checkout', {
      orderId: '3d2e1f0a-9b8c-4d7e-8f6a-5b4c3d2e1f0a',
      lines: [{ productId: 1, quantity: 1 }],
      payments: [],
    });
    const refused = await kassa.fail('payments.start', {
      orderId: order.id,
      methodId: stripeMethod.id,
      amount: order.total,
      paymentLineId: '4e3f2a1b-0c9d-4e8f-9a7b-6c5d4e3f2a1b',
    });
    expect(refused).toMatchObject({ code: 'not_found', field: 'methodId' });
    expect(refused.message).toContain('switched off');
  });
});

describe('exchange rates (STO-3)', () => {
  it('keeps each rate as the exact decimal typed, with its date, and refuses the store currency', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    await kassa.prefs('exchangeRates.save', { currency: 'USD', rate: '1.08340', date: '2025-02-28' });
    await kassa.prefs('exchangeRates.save', { currency: 'CHF', rate: '0.9412345678', date: '2025-03-01' });
    expect((await kassa.prefs('exchangeRates.list', {})).map((r) => [r.currency, r.rate, r.date])).toEqual([
      ['CHF', '0.9412345678', '2025-03-01'],
      ['USD', '1.0834', '2025-02-28'],
    ]);
    expect(
      await kassa.prefsFail('exchangeRates.save', { currency: 'EUR', rate: '1', date: '2025-03-01' }),
    ).toMatchObject({
      field: 'currency',
    });
    expect(
      await kassa.prefsFail('exchangeRates.save', { currency: 'USD', rate: '1,08', date: '2025-03-01' }),
    ).toMatchObject({ field: 'rate' });
    expect(
      await kassa.prefsFail('exchangeRates.save', { currency: 'USD', rate: '0.000', date: '2025-03-01' }),
    ).toMatchObject({ field: 'rate' });
    await kassa.prefs('exchangeRates.remove', { currency: 'USD' });
    expect((await kassa.prefs('exchangeRates.list', {})).map((r) => r.currency)).toEqual(['CHF']);
  });
});

describe('the audit log (PREF-4)', () => {
  it('pages newest first', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    for (const currency of ['USD', 'GBP', 'CHF'])
      await kassa.prefs('exchangeRates.save', { currency, rate: '1.5', date: '2025-03-01' });
    const first = await kassa.prefs('audit.list', { limit: 2 });
    expect(first.entries.map((e) => e.subject)).toEqual(['CHF', 'GBP']);
    expect(first.entries[0]).toMatchObject({ actor: 'Demo Owner', action: 'settings.exchange_rate_saved' });
    const next = await kassa.prefs('audit.list', { limit: 2, before: first.nextBefore! });
    expect(next.entries[0]?.subject).toBe('USD');
  });
});
