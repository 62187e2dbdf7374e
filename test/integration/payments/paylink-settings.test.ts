import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { newId } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const bread = demoProducts.find((p) => p.name === 'Sourdough Loaf')!;

let kassa: PreferencesTill;
beforeEach(async () => {
  kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
  await kassa.core.payments.ready;
});
afterEach(() => kassa.close());

describe('the owner’s pay-by-link settings', () => {
  it('choose the ways to pay and how long a link stays open; the next link follows them', async () => {
    await kassa.openPreferences();
    expect(await kassa.prefs('paylinks.settings', { account: 'default' })).toEqual({
      account: 'default',
      methods: ['card', 'ideal', 'bancontact', 'sepa_debit'],
      expiryMinutes: 60,
    });
    const tooShort = await kassa.prefsFail('paylinks.saveSettings', {
      account: 'default',
      methods: ['card'],
      expiryMinutes: 20,
    });
    expect(tooShort).toMatchObject({
      code: 'invalid_request',
      message: expect.stringMatching(/at least 30 minutes/),
    });
    await kassa.prefs('paylinks.saveSettings', {
      account: 'default',
      methods: ['card', 'ideal'],
      expiryMinutes: 90,
    });

    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: bread.id, quantity: 1 }],
      payments: [],
    });
    const before = Date.now();
    const link = await kassa.call('paylinks.create', { orderId: order.id, methodId: demoStripeMethod.id });
    expect(link.methods).toEqual(['card', 'ideal']);
    expect(link.expiresAt - before).toBeGreaterThanOrEqual(89 * 60_000);
    expect(link.expiresAt - before).toBeLessThanOrEqual(91 * 60_000);
  });
});
