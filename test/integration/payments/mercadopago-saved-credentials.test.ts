/**
 * MP-2, PREF-1: Mercado Pago credentials saved in the preferences take effect at once. The next payment goes
 * to the account saved last, without restarting Kassa; a new token is refused while a payment is still open
 * at the old account; removing the token goes back to what the till was started with (IT's account or the demo).
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';
import {
  accountSettings,
  counterTerminal,
  mercadoPagoWorld,
  mpMethodId,
  prepareBrazilTill,
  waitForPayment,
  type MercadoPagoWorld,
} from '../../support/mercadopago.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';
import {
  connectMercadoPago,
  demoMercadoPagoMethod,
} from '../../../src/main/core/payments/providers/mercadopago/connect-mercadopago.ts';
import { createMercadoPagoConnection } from '../../../src/main/core/payments/providers/mercadopago/mercadopago-connection.ts';
import type { MercadoPagoSettings } from '../../../src/main/core/payments/provider-settings.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';

let kassa: PreferencesTill | undefined;
const worlds: MercadoPagoWorld[] = [];
afterEach(async () => {
  await kassa?.close();
  kassa = undefined;
  await Promise.all(worlds.splice(0).map((w) => w.sim.close()));
});

async function world(options: { latencyMs?: number } = {}): Promise<MercadoPagoWorld> {
  const w = await mercadoPagoWorld(options);
  worlds.push(w);
  return w;
}

/** A port nobody listens on right now, for a notification receiver at a fixed address. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * The Brazilian shop with a "Card (Mercado Pago)" method on the counter terminal, started with `started`
 * (IT's environment or the demo). Credentials saved in its preferences are used at `savedAccount`.
 */
async function till(started: MercadoPagoSettings, savedAccount: MercadoPagoWorld): Promise<PreferencesTill> {
  kassa = preferencesTill({
    dataDir: await prepareBrazilTill(),
    providers: { stripe: { mode: 'off' }, mercadopago: started },
    mercadoPagoApiUrl: savedAccount.sim.url,
    pollIntervalMs: 20,
    sweepIntervalMs: 60_000,
  });
  await kassa.core.payments.ready;
  await kassa.openPreferences();
  return kassa;
}

async function sendPayment(k: PreferencesTill, methodId = mpMethodId) {
  const order = await k.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: 1, quantity: 1 }],
    payments: [],
  });
  const started = await k.call('payments.start', {
    orderId: order.id,
    methodId,
    amount: order.total,
    paymentLineId: newId(),
  });
  await waitForPayment(k, started.attemptId, (p) => p.state === 'waiting_for_card');
  return { order, attemptId: started.attemptId };
}

async function approve(k: PreferencesTill, attemptId: string) {
  await k.call('payments.simulateCard', { attemptId, card: 'approve' });
  return waitForPayment(k, attemptId, (p) => p.state === 'succeeded');
}

/** The payments an account holds for this attempt, as Mercado Pago's side sees them. */
const ordersAt = (w: MercadoPagoWorld, attemptId: string) =>
  w.sim.control.ledger().filter((o) => o.externalReference.startsWith(`kassa-${attemptId}-`));

describe('Mercado Pago credentials saved in the preferences', () => {
  it('send the next payment to the saved account at once, and back to IT’s account when removed', async () => {
    const itAccount = await world();
    const shop = await world();
    const port = await freePort();
    const k = await till(
      accountSettings(itAccount, { webhookSecret: 'whsec-it', receiver: { host: '127.0.0.1', port } }),
      shop,
    );

    const first = await sendPayment(k);
    await approve(k, first.attemptId);
    expect(ordersAt(itAccount, first.attemptId)).toHaveLength(1);

    const saved = await k.prefs('mercadoPagoSettings.save', {
      accessToken: shop.sim.accessToken,
      webhookSecret: 'whsec-shop',
      country: 'BR',
    });
    expect(saved.source).toBe('saved');
    const second = await sendPayment(k);
    const paid = await approve(k, second.attemptId);
    expect(paid).toMatchObject({ provider: 'mercadopago', terminal: 'N950NCB801293324' });
    expect(ordersAt(shop, second.attemptId)).toMatchObject([
      { terminalId: counterTerminal, status: 'processed', amountMinor: second.order.total },
    ]);
    expect(ordersAt(itAccount, second.attemptId)).toEqual([]);
    expect((await k.call('orders.get', { orderId: second.order.id })).status).toBe('paid');
    // IT's receiver address is kept for the saved account: the old receiver let go of it first.
    expect(k.core.payments.mercadoPago()?.receiverUrl).toContain(`127.0.0.1:${port}`);
    expect((await k.call('alerts.list', {})).map((a) => a.kind)).not.toContain('mercadopago_receiver');

    const removed = await k.prefs('mercadoPagoSettings.save', { accessToken: null, country: 'BR' });
    expect(removed.source).toBe('environment');
    const third = await sendPayment(k);
    await approve(k, third.attemptId);
    expect(ordersAt(itAccount, third.attemptId)).toHaveLength(1);
    expect(ordersAt(shop, third.attemptId)).toEqual([]);
  });

  it('refuses a new token while a payment is open at the old account, and takes it once it is paid', async () => {
    const itAccount = await world();
    const shop = await world();
    const k = await till(accountSettings(itAccount), shop);
    const changes = () => k.audit('settings.mercadopago_changed').length;

    const open = await sendPayment(k);
    const refused = await k.prefsFail('mercadoPagoSettings.save', {
      accessToken: shop.sim.accessToken,
      country: 'BR',
    });
    expect(refused).toEqual({
      code: 'conflict',
      field: 'accessToken',
      message:
        'A Mercado Pago payment is still in progress at the counter: finish or cancel it, then save again.',
      messageKey: 'err.mp.paymentInProgress',
    });
    expect(await k.prefsFail('mercadoPagoSettings.save', { accessToken: null, country: 'BR' })).toMatchObject(
      { code: 'conflict', field: 'accessToken' },
    );
    expect(await k.prefs('mercadoPagoSettings.get', {})).toMatchObject({
      source: 'environment',
      accessTokenHint: `APP_USR-…${itAccount.sim.accessToken.slice(-4)}`,
    });
    expect(changes()).toBe(0);

    // The open payment is still followed at its own account, and finishes there.
    await approve(k, open.attemptId);
    expect(ordersAt(itAccount, open.attemptId)).toMatchObject([{ status: 'processed' }]);

    await k.prefs('mercadoPagoSettings.save', { accessToken: shop.sim.accessToken, country: 'BR' });
    expect(changes()).toBe(1);
    const next = await sendPayment(k);
    await approve(k, next.attemptId);
    expect(ordersAt(shop, next.attemptId)).toHaveLength(1);
  });

  it('refuses a new token while a refund to a card of the old account is still being sent', async () => {
    const itAccount = await world();
    const shop = await world();
    const k = await till(accountSettings(itAccount), shop);
    const paid = await sendPayment(k);
    const payment = await approve(k, paid.attemptId);
    // Mercado Pago could not be reached when the refund went out: it stays pending and is sent again later.
    k.core.db
      .prepare(
        `INSERT INTO refunds (id, order_id, payment_line_id, amount, kind, state, created_at, updated_at)
         VALUES ('refund-pending', ?, ?, ?, 'refund', 'pending', 0, 0)`,
      )
      .run(paid.order.id, payment.paymentLineId, paid.order.total);

    expect(
      await k.prefsFail('mercadoPagoSettings.save', { accessToken: shop.sim.accessToken, country: 'BR' }),
    ).toMatchObject({ code: 'conflict', field: 'accessToken', message: expect.stringMatching(/refund/) });
    // Other Mercado Pago settings are not held up by it.
    expect(await k.prefs('mercadoPagoSettings.save', { country: 'AR' })).toMatchObject({ country: 'AR' });

    k.core.db.prepare(`UPDATE refunds SET state = 'succeeded'`).run();
    expect(
      await k.prefs('mercadoPagoSettings.save', { accessToken: shop.sim.accessToken, country: 'BR' }),
    ).toMatchObject({ source: 'saved' });
  });

  it('leave the demo for the saved account, and return to the demo when the token is removed', async () => {
    const shop = await world();
    const k = await till({ mode: 'demo' }, shop);
    const reloads: boolean[] = [];
    const stop = k.core.subscribe((name, payload) => {
      if (name === 'settings.changed' && (payload as { section: string }).section === 'mercadoPago')
        reloads.push(k.core.payments.mercadoPago() !== null);
    });

    const demo = await sendPayment(k, demoMercadoPagoMethod.id);
    expect((await approve(k, demo.attemptId)).simulated).toBe(true);

    await k.prefs('mercadoPagoSettings.save', { accessToken: shop.sim.accessToken, country: 'BR' });
    const real = await sendPayment(k);
    await approve(k, real.attemptId);
    expect(ordersAt(shop, real.attemptId)).toHaveLength(1);
    // The till reloads its methods again once the new connection is in place.
    expect(reloads.at(-1)).toBe(true);

    expect(await k.prefs('mercadoPagoSettings.save', { accessToken: null, country: 'BR' })).toMatchObject({
      source: 'demo',
      accessTokenHint: null,
    });
    const again = await sendPayment(k, demoMercadoPagoMethod.id);
    expect((await approve(k, again.attemptId)).simulated).toBe(true);
    expect(ordersAt(shop, again.attemptId)).toEqual([]);
    stop();
  });

  it('take the account’s country from the preferences: its currency and limits, before anything is sent', async () => {
    const shop = await world();
    const k = await till({ mode: 'off' }, shop);
    await k.prefs('mercadoPagoSettings.save', { accessToken: shop.sim.accessToken, country: 'MX' });
    await k.core.payments.ready;
    const order = await k.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 1 }],
      payments: [],
    });
    const refused = await k.fail('payments.start', {
      orderId: order.id,
      methodId: mpMethodId,
      amount: order.total,
      paymentLineId: newId(),
    });
    expect(refused.message).toBe(
      'This Mercado Pago account is in Mexico and takes card payments in MXN only, not in BRL: take this payment another way.',
    );
    expect(shop.sim.control.ledger()).toEqual([]);

    // Only the country changes: the connection follows it, with the same token.
    await k.prefs('mercadoPagoSettings.save', { country: 'BR' });
    const paid = await sendPayment(k);
    await approve(k, paid.attemptId);
    expect(ordersAt(shop, paid.attemptId)).toHaveLength(1);
  });
});

describe('replacing the Mercado Pago connection', () => {
  it('closes the old connection only once the calls still under way on it have been answered', async () => {
    const slow = await world({ latencyMs: 300 });
    const shop = await world();
    const { core, close } = testCore();
    // What happened, in order. Closing a connection does not itself wait for its calls, so a close that did not
    // wait for the slow answer would show up here before it.
    const happened: string[] = [];
    let settings = accountSettings(slow);
    const connection = createMercadoPagoConnection({
      settings: () => settings,
      log: silentLogger,
      connect: async (s) => {
        const made = await connectMercadoPago(s, {
          methods: core.services.methods,
          journal: core.services.journal,
          abandonOnTerminal: () => 0,
          log: silentLogger,
          alerts: core.services.alerts,
          store: () => core.services.store(),
          onNotification: () => undefined,
        });
        const url = s.mode === 'account' ? s.apiUrl! : s.mode;
        return (
          made && {
            ...made,
            close: async () => {
              await made.close();
              happened.push(`closed ${url}`);
            },
          }
        );
      },
    });
    try {
      expect(await connection.refresh()).toBe(true);
      const listing = connection
        .current()!
        .directory.list()
        .then((terminals) => (happened.push('listing answered'), terminals));

      settings = accountSettings(shop);
      expect(await connection.refresh()).toBe(true);
      expect((await listing).map((t) => t.id)).toContain(counterTerminal);
      expect(happened).toEqual(['listing answered', `closed ${slow.sim.url}`]);
      // The same settings again (a save that changes nothing the connection uses) leave the connection alone.
      expect(await connection.refresh()).toBe(false);
      expect(await connection.current()!.directory.list()).not.toHaveLength(0);
    } finally {
      await connection.close();
      await close();
    }
    expect(happened).toContain(`closed ${shop.sim.url}`);
  });

  it('tries again on the next refresh when a connection could not be made', async () => {
    const shop = await world();
    const { core, close } = testCore();
    let attempts = 0;
    const connection = createMercadoPagoConnection({
      settings: () => accountSettings(shop),
      log: silentLogger,
      connect: async (s) => {
        attempts++;
        // The first try meets a network that is not there yet (a receiver address still taken, a cable out).
        if (attempts === 1) throw new Error('listen EADDRINUSE 127.0.0.1:8088');
        return connectMercadoPago(s, {
          methods: core.services.methods,
          journal: core.services.journal,
          abandonOnTerminal: () => 0,
          log: silentLogger,
          alerts: core.services.alerts,
          store: () => core.services.store(),
          onNotification: () => undefined,
        });
      },
    });
    try {
      expect(await connection.refresh()).toBe(true);
      expect(connection.current()).toBeNull();
      expect(await connection.refresh()).toBe(true);
      expect((await connection.current()!.directory.list()).map((t) => t.id)).toContain(counterTerminal);
      expect(await connection.refresh()).toBe(false);
      expect(attempts).toBe(2);
    } finally {
      await connection.close();
      await close();
    }
  });
});
