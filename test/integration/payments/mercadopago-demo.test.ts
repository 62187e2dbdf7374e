import { afterEach, describe, expect, it } from 'vitest';
import { newId, tempDir, testCore } from '../../support/core.ts';
import { mpCall, mpMethodId, prepareBrazilTill, waitForPayment } from '../../support/mercadopago.ts';
import { providerSettingsFromEnv } from '../../../src/main/core/payments/provider-settings.ts';
import { demoMercadoPagoMethod } from '../../../src/main/core/payments/providers/mercadopago/connect-mercadopago.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { isMercadoPagoCurrency } from '../../../src/main/core/payments/providers/mercadopago/amounts.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;
const running: ReturnType<typeof testCore>[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((k) => k.close()));
});

/** A core in demo mode for Mercado Pago (Stripe off, so only one simulator runs). */
async function demoTill(dir: string) {
  const kassa = testCore(dir, undefined, {
    providers: { stripe: { mode: 'off' }, mercadopago: { mode: 'demo' } },
  });
  running.push(kassa);
  await kassa.core.payments.ready;
  return kassa;
}

async function sendDemo(kassa: Awaited<ReturnType<typeof demoTill>>) {
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity: 1 }],
    payments: [],
  });
  return {
    order,
    request: {
      orderId: order.id,
      methodId: demoMercadoPagoMethod.id,
      amount: order.total,
      paymentLineId: newId(),
    },
  };
}

describe('Mercado Pago settings from the environment', () => {
  it('is a demo without a token, off with KASSA_DEMO=off or on a till with real Stripe keys', () => {
    expect(providerSettingsFromEnv({}).mercadopago).toEqual({ mode: 'demo' });
    expect(providerSettingsFromEnv({ KASSA_DEMO: 'off' }).mercadopago).toEqual({ mode: 'off' });
    expect(providerSettingsFromEnv({ KASSA_STRIPE_SECRET_KEY: 'sk_test_abc' }).mercadopago).toEqual({
      mode: 'off',
    });
  });

  it('reads the access token, the API address and the notification receiver', () => {
    expect(
      providerSettingsFromEnv({
        KASSA_MP_ACCESS_TOKEN: 'APP_USR-1234567890123456-010203-abcdef',
        KASSA_MP_API_URL: 'http://127.0.0.1:12112',
        KASSA_MP_WEBHOOK_SECRET: 'secret',
        KASSA_MP_RECEIVER: '[::1]:8088',
      }).mercadopago,
    ).toEqual({
      mode: 'account',
      accessToken: 'APP_USR-1234567890123456-010203-abcdef',
      apiUrl: 'http://127.0.0.1:12112',
      webhookSecret: 'secret',
      receiver: { host: '::1', port: 8088 },
    });
    expect(providerSettingsFromEnv({ KASSA_MP_ACCESS_TOKEN: 'TEST-42' }).mercadopago).toEqual({
      mode: 'account',
      accessToken: 'TEST-42',
    });
  });

  it('refuses a receiver without the secret to check signatures, and a malformed address or token', () => {
    expect(() =>
      providerSettingsFromEnv({ KASSA_MP_ACCESS_TOKEN: 'TEST-42', KASSA_MP_RECEIVER: '127.0.0.1:8088' }),
    ).toThrow(/needs the webhook secret/);
    expect(() =>
      providerSettingsFromEnv({
        KASSA_MP_ACCESS_TOKEN: 'TEST-42',
        KASSA_MP_WEBHOOK_SECRET: 's',
        KASSA_MP_RECEIVER: '8088',
      }),
    ).toThrow(/for example 127\.0\.0\.1:8088/);
    expect(() => providerSettingsFromEnv({ KASSA_MP_ACCESS_TOKEN: 'sk_test_abc' })).toThrow(/APP_USR-/);
  });
});

describe('the Mercado Pago demo', () => {
  it('knows which shop currencies Mercado Pago takes at all', () => {
    expect(['ARS', 'brl', 'MXN', 'CLP'].map(isMercadoPagoCurrency)).toEqual([true, true, true, true]);
    expect(['EUR', 'USD'].map(isMercadoPagoCurrency)).toEqual([false, false]);
  });

  it('does not offer "Card (Mercado Pago, demo)" in the euro demo shop, and says plainly why it cannot take euros', async () => {
    const kassa = await demoTill(tempDir('kassa-mp-demo-'));
    // Issue 15.16: a method that cannot take the shop's currency is not offered at all.
    const methods = await kassa.call('paymentMethods.list', {});
    expect(methods.find((m) => m.id === demoMercadoPagoMethod.id)).toBeUndefined();
    expect(methods.map((m) => m.id)).toContain('cash');
    const { request } = await sendDemo(kassa);
    const refused = await kassa.fail('payments.start', request);
    expect(refused).toMatchObject({ code: 'unknown_currency' });
    expect(refused.message).toBe(
      "The Mercado Pago demo terminal works like one in Brazil and takes BRL only; this shop sells in EUR, which Mercado Pago does not take. Use the Stripe demo card here, or set the shop's currency to ARS, BRL, MXN or CLP to try Mercado Pago.",
    );
    expect(await kassa.call('payments.forOrder', { orderId: request.orderId })).toEqual([]);
  });

  it('in a Brazilian shop the virtual Point Smart takes the demo card buttons and updates the till at once', async () => {
    const kassa = await demoTill(await prepareBrazilTill());
    const { order, request } = await sendDemo(kassa);
    const started = await kassa.call('payments.start', request);
    const waiting = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    expect(waiting).toMatchObject({ simulated: true, terminal: 'SBX0000001' });
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'decline' });
    // Polling is at the production 2.5 s here: the change arrives through the demo's notifications.
    const declined = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'declined', 1_500);
    expect(declined.failure?.message).toMatch(/^Declined by the card issuer/);
    await kassa.call('payments.retry', { attemptId: started.attemptId });
    await waitForPayment(
      kassa,
      started.attemptId,
      (p) => p.state === 'waiting_for_card' && p.tryNumber === 2,
    );
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded', 1_500);
    expect((await kassa.call('orders.get', { orderId: order.id })).status).toBe('paid');

    const terminals = await mpCall(kassa, 'mercadopago.terminals', {});
    expect(terminals.map((t) => [t.serial, t.operatingMode, t.methodId])).toEqual([
      ['N950NCB801293324', 'PDV', mpMethodId],
      ['SMARTPOS1234345545', 'STANDALONE', null],
      ['SBX0000001', 'PDV', demoMercadoPagoMethod.id],
    ]);
  });
});
