import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMercadoPagoClient } from '../../../src/main/core/payments/providers/mercadopago/client.ts';
import {
  startNotificationReceiver,
  type NotificationLog,
  type NotificationReceiver,
} from '../../../src/main/core/payments/providers/mercadopago/receiver.ts';
import { startMercadoPagoSimulator, type MercadoPagoSimulator } from '../../../src/sim/mercadopago/index.ts';

const secret = 'whsec-kassa-receiver-test-5f2c';
const counter = 'NEWLAND_N950__N950NCB801293324';

let sim: MercadoPagoSimulator;
let receiver: NotificationReceiver;
let hints: string[];
let logged: { level: string; message: string; details?: Record<string, unknown> | undefined }[];
let handler: (orderId: string) => void | Promise<void>;

const log: NotificationLog = {
  info: (message, details) => logged.push({ level: 'info', message, details }),
  warn: (message, details) => logged.push({ level: 'warn', message, details }),
};

beforeEach(async () => {
  hints = [];
  logged = [];
  handler = (orderId) => {
    hints.push(orderId);
  };
  receiver = await startNotificationReceiver({
    host: '127.0.0.1',
    port: 0,
    secret,
    onNotification: (orderId) => handler(orderId),
    log,
  });
  sim = await startMercadoPagoSimulator({ webhook: { url: receiver.url, secret } });
});

afterEach(async () => {
  await sim.close();
  await receiver.close();
});

async function paidOrder(): Promise<string> {
  const client = createMercadoPagoClient({ accessToken: sim.accessToken, baseUrl: sim.url });
  const created = await client.createOrder(
    {
      type: 'point',
      external_reference: `kassa-${randomUUID()}`,
      transactions: { payments: [{ amount: '24.00' }] },
      config: { point: { terminal_id: counter } },
    },
    randomUUID(),
  );
  if (!created.ok) throw new Error(created.error.message);
  sim.control.approve(created.value.id);
  await sim.control.flushNotifications();
  return created.value.id;
}

async function settled(): Promise<void> {
  // onNotification runs right after the answer; give the event loop a few turns.
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('the Mercado Pago notification receiver', () => {
  it('passes a genuine notification on once, as a hint to re-read the order', async () => {
    const orderId = await paidOrder();
    await settled();
    expect(sim.control.notificationDeliveries()).toMatchObject([
      { kind: 'genuine', orderId, action: 'order.processed', status: 200 },
    ]);
    expect(hints).toEqual([orderId]);
  });

  it('ignores a duplicate delivery of the same notification', async () => {
    const orderId = await paidOrder();
    const replay = await sim.control.replayLastNotification();
    await settled();
    expect(replay.status).toBe(200);
    expect(hints).toEqual([orderId]);
    expect(logged.some((l) => l.message.includes('duplicate'))).toBe(true);
  });

  it('ignores the same order and action again under a new request id, but not a new action', async () => {
    const orderId = await paidOrder();
    expect((await sim.control.sendNotification(orderId, 'order.processed')).status).toBe(200);
    await settled();
    expect(hints).toEqual([orderId]);
    expect((await sim.control.sendNotification(orderId, 'order.refunded')).status).toBe(200);
    await settled();
    expect(hints).toEqual([orderId, orderId]);
  });

  it('rejects a forged notification and logs it without the secret', async () => {
    const orderId = await paidOrder();
    const forged = await sim.control.sendForgedNotification(orderId);
    await settled();
    expect(forged.status).toBe(401);
    expect(hints).toEqual([orderId]);
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 'warn', details: expect.objectContaining({ reason: 'mismatch' }) }),
    );
    expect(JSON.stringify(logged)).not.toContain(secret);
  });

  it('rejects a correctly signed notification that is too old', async () => {
    const orderId = await paidOrder();
    const stale = await sim.control.sendStaleNotification(orderId, { ageSeconds: 3600 });
    await settled();
    expect(stale.status).toBe(401);
    expect(hints).toEqual([orderId]);
    expect(logged.some((l) => l.details?.reason === 'stale')).toBe(true);
  });

  it('accepts timestamps in milliseconds as well as seconds', async () => {
    sim.control.setNotificationTimestamps('ms');
    const orderId = await paidOrder();
    await settled();
    expect(sim.control.notificationDeliveries().at(-1)?.status).toBe(200);
    expect(hints).toEqual([orderId]);
  });

  it('answers before the slow work is done', async () => {
    let finish: () => void = () => undefined;
    handler = (orderId) =>
      new Promise<void>((resolve) => {
        hints.push(orderId);
        finish = resolve;
      });
    // paidOrder waits until the simulator has its answer: a receiver that held the answer until the handler
    // finished would never give one, because the handler finishes only when this test says so below.
    const orderId = await paidOrder();
    expect(sim.control.notificationDeliveries().at(-1)?.status).toBe(200);
    await settled();
    expect(hints).toEqual([orderId]);
    finish();
  });

  it('refuses malformed requests, other methods and oversized bodies', async () => {
    const noSignature = await fetch(`${receiver.url}?data.id=ORD01JQ4S4KY8HWQ6NA5PXB65B3D3&type=order`, {
      method: 'POST',
      body: JSON.stringify({
        type: 'order',
        action: 'order.processed',
        data: { id: 'ORD01JQ4S4KY8HWQ6NA5PXB65B3D3' },
      }),
    });
    expect(noSignature.status).toBe(400);
    const noId = await fetch(receiver.url, { method: 'POST', body: '{}' });
    expect(noId.status).toBe(400);
    const get = await fetch(receiver.url);
    expect(get.status).toBe(405);
    const huge = await fetch(`${receiver.url}?data.id=ORD1`, { method: 'POST', body: 'x'.repeat(64 * 1024) });
    expect(huge.status).toBe(413);
    expect(hints).toEqual([]);
  });

  it('listens only on the address it was given', () => {
    expect(new URL(receiver.url).hostname).toBe('127.0.0.1');
  });
});
