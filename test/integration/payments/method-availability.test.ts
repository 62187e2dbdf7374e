import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';
import { demoMercadoPagoMethod } from '../../../src/main/core/payments/providers/mercadopago/connect-mercadopago.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;
let kassa: ReturnType<typeof testCore> | null = null;
afterEach(async () => {
  await kassa?.close();
  kassa = null;
});

/** The euro demo shop with both demo providers, as `npm run host` starts it. */
async function euroDemo() {
  kassa = testCore(undefined, undefined, {
    providers: { stripe: { mode: 'demo' }, mercadopago: { mode: 'demo' } },
  });
  await kassa.core.payments.ready;
  return kassa;
}

describe('a method is offered only where it can work (issue 15.16)', () => {
  it('does not offer the Mercado Pago demo method in the euro shop, and still offers cash and Stripe', async () => {
    const k = await euroDemo();
    const offered = (await k.call('paymentMethods.list', {})).map((m) => m.id);
    expect(offered).toContain('cash');
    expect(offered).not.toContain(demoMercadoPagoMethod.id);
    expect((await k.call('paymentMethods.list', {})).some((m) => m.terminal === 'stripe')).toBe(true);
  });

  it('refuses a checkout whose card payment cannot be taken, before saving anything', async () => {
    const k = await euroDemo();
    const refused = await k.fail('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
      cardPayment: { methodId: demoMercadoPagoMethod.id, amount: espresso.price },
    });
    expect(refused).toMatchObject({ field: 'methodId' });
    expect(refused.message).toMatch(/only, not in EUR/);
    expect((await k.call('orders.search', {})).orders).toEqual([]);
  });

  it('saves the order when its card payment can be taken', async () => {
    const k = await euroDemo();
    const stripe = (await k.call('paymentMethods.list', {})).find((m) => m.terminal === 'stripe')!;
    const order = await k.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
      cardPayment: { methodId: stripe.id, amount: espresso.price },
    });
    expect(order.status).toBe('open');
    // A method that does not exist is refused before saving, too.
    const tooMuch = await k.fail('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
      cardPayment: { methodId: 'no-such-method', amount: 100 },
    });
    expect(tooMuch.field).toBe('methodId');
    expect((await k.call('orders.search', {})).orders).toHaveLength(1);
  });
});
