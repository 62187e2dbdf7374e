import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/sim/smtp/smtp-sink.ts';
import { newId } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const bread = demoProducts.find((p) => p.name === 'Sourdough Loaf')!;

let kassa: PreferencesTill;
let sink: SmtpSink | undefined;
beforeEach(async () => {
  kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
  await kassa.core.payments.ready;
});
afterEach(async () => {
  await kassa.close();
  await sink?.close();
  sink = undefined;
});

async function openOrder() {
  return kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: bread.id, quantity: 2 }],
    payments: [],
  });
}

async function failure(channel: 'paylinks.saveRemote' | 'paylinks.mailLink', request: unknown) {
  const result = await kassa.core.dispatch(channel, request, { window: 'till' });
  if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return result.error;
}

/** Resolves with what the till is told when a remote order is paid. */
function remotePaid(): Promise<unknown> {
  return new Promise((done) => {
    const stop = kassa.core.subscribe((name, payload) => {
      if (name === 'paylinks.remotePaid') {
        stop();
        done(payload);
      }
    });
  });
}

describe('remote orders (seed 004)', () => {
  it('take the customer’s contact, list with the link’s state, and are announced once when paid', async () => {
    const order = await openOrder();
    // Refused with a clear message, and nothing is stored.
    expect(
      await failure('paylinks.saveRemote', { orderId: order.id, name: 'Anna', fulfilment: 'pickup' }),
    ).toMatchObject({ messageKey: 'err.remote.needsContact' });
    expect(
      await failure('paylinks.saveRemote', {
        orderId: order.id,
        name: 'Anna',
        email: 'anna(at)example.com',
        fulfilment: 'pickup',
      }),
    ).toMatchObject({ field: 'email', message: expect.stringMatching(/name@example.com/) });
    expect(await kassa.call('paylinks.remoteOrders', {})).toEqual([]);

    const saved = await kassa.call('paylinks.saveRemote', {
      orderId: order.id,
      name: 'Anna Rossi',
      email: 'anna@example.com',
      phone: '+39 055 123456',
      fulfilment: 'delivery',
      note: 'Ring twice',
    });
    expect(saved).toMatchObject({ status: 'open', link: null, total: order.total, fulfilment: 'delivery' });

    const link = await kassa.call('paylinks.create', { orderId: order.id, methodId: demoStripeMethod.id });
    const [listed] = await kassa.call('paylinks.remoteOrders', {});
    expect(listed).toMatchObject({
      orderId: order.id,
      name: 'Anna Rossi',
      link: { id: link.id, state: 'open' },
    });

    // The customer pays at home while the till sells on: the order completes and the till is told once.
    const told = remotePaid();
    const posted = await fetch(link.url!, {
      method: 'POST',
      body: new URLSearchParams({ method: 'card', number: '4242424242424242' }),
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    expect(await told).toEqual({ orderId: order.id, name: 'Anna Rossi', fulfilment: 'delivery' });
    const [paid] = await kassa.call('paylinks.remoteOrders', {});
    expect(paid).toMatchObject({ status: 'paid', link: { state: 'paid' }, remaining: 0 });
    expect(paid!.number).not.toBeNull();
    const alerts = await kassa.call('alerts.list', {});
    expect(alerts.filter((a) => a.kind === 'remote_order_paid')).toHaveLength(1);

    // A paid order keeps its contact (it can be corrected) but no new order becomes remote once paid.
    const another = await openOrder();
    await kassa.call('orders.void', { orderId: another.id, reason: 'customer left' });
    expect(
      await failure('paylinks.saveRemote', {
        orderId: another.id,
        name: 'Ben',
        phone: '0301234567',
        fulfilment: 'phone',
      }),
    ).toMatchObject({ messageKey: 'err.remote.orderNotOpen' });
    expect(kassa.audit('remote_order.created')).toHaveLength(1);
  });

  it('send the open link from the shop’s mail server, and say so plainly when there is none', async () => {
    const order = await openOrder();
    await kassa.call('paylinks.saveRemote', {
      orderId: order.id,
      name: 'Anna Rossi',
      email: 'anna@example.com',
      fulfilment: 'pickup',
    });
    expect(await failure('paylinks.mailLink', { orderId: order.id })).toMatchObject({
      messageKey: 'err.remote.noOpenLink',
    });
    const link = await kassa.call('paylinks.create', { orderId: order.id, methodId: demoStripeMethod.id });
    expect(await failure('paylinks.mailLink', { orderId: order.id })).toMatchObject({
      messageKey: 'err.remote.noSmtp',
    });

    sink = await startSmtpSink({ credentials: { user: 'shop', password: 'smtp-pass-1' } });
    await kassa.openPreferences();
    await kassa.prefs('mail.saveSettings', {
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      user: 'shop',
      password: 'smtp-pass-1',
      from: 'shop@example.com',
    });
    const arrived = new Promise<void>((done) => {
      const stop = kassa.core.subscribe((name, payload) => {
        if (name === 'mail.changed' && (payload as { status: string }).status === 'sent') {
          stop();
          done();
        }
      });
    });
    expect(await kassa.call('paylinks.mailLink', { orderId: order.id })).toEqual({ queued: true });
    await arrived;
    const [message] = sink.messages();
    expect(message!.to).toContain('anna@example.com');
    const parsed = await simpleParser(message!.raw);
    expect(parsed.text).toContain(link.url!);
  });
});

describe('payouts in preferences (seed 004)', () => {
  it('verifying a profile reads whether Stripe pays out', async () => {
    await kassa.openPreferences();
    expect(await kassa.prefs('paylinks.payouts', { account: 'default' })).toEqual({
      payoutsEnabled: true,
      bankAccount: true,
      currentlyDue: [],
    });
  });
});
