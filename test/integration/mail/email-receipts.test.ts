import { afterEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { newId } from '../../support/core.ts';
import { preferencesTill } from '../preferences/preferences-till.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/sim/smtp/smtp-sink.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { KassaCore } from '../../../src/main/core/kassa-core.ts';
import type { MailStatus } from '../../../src/shared/ipc/mail.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!; // 1.19

let kassa: ReturnType<typeof preferencesTill> | undefined;
let sink: SmtpSink | undefined;
afterEach(async () => {
  await kassa?.close();
  await sink?.close();
  kassa = undefined;
  sink = undefined;
});

/** Resolves when the outbox reports this mail in this state (the event the till listens to). */
function mailReaches(core: KassaCore, id: string, status: MailStatus): Promise<void> {
  return new Promise((done) => {
    const stop = core.subscribe((name, payload) => {
      const p = payload as { id: string; status: MailStatus };
      if (name === 'mail.changed' && p.id === id && p.status === status) {
        stop();
        done();
      }
    });
  });
}

async function setUp(credentials = { user: 'shop', password: 'smtp-pass-1' }) {
  sink = await startSmtpSink({ credentials });
  kassa = preferencesTill({ mailRetryBaseMs: 20 });
  await kassa.openPreferences();
  await kassa.prefs('mail.saveSettings', {
    host: '127.0.0.1',
    port: sink.port,
    security: 'none',
    user: credentials.user,
    password: credentials.password,
    from: 'shop@example.com',
  });
  return { kassa, sink };
}

async function paidOrder(k: ReturnType<typeof preferencesTill>) {
  return k.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: cola.id, quantity: 2 }],
    payments: [{ id: newId(), methodId: 'cash', amount: 238, tendered: 500 }],
  });
}

const toAnna = (m: { to: string[] }) => m.to.includes('anna@example.com');

describe('e-mail receipts (issue 11.4)', () => {
  it('arrive at the shop’s mail server with the receipt as text and HTML and the PDF attached', async () => {
    const { kassa, sink } = await setUp();
    const order = await paidOrder(kassa);
    const entry = await kassa.call('mail.sendReceipt', { orderId: order.id, to: '  anna@example.com ' });
    expect(entry).toMatchObject({ orderId: order.id, to: 'anna@example.com' });
    const sent = mailReaches(kassa.core, entry.id, 'sent');

    const received = await sink.waitFor(toAnna);
    expect(received.user).toBe('shop');
    const mail = await simpleParser(received.raw);
    expect(mail.from?.text).toBe('shop@example.com');
    expect(mail.subject).toBe(entry.subject);
    expect(mail.text).toContain('Cola 0.33 l');
    expect(mail.text).toContain('€2.38');
    expect(mail.html || '').toContain('Cola 0.33 l');
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect(pdf?.contentType).toBe('application/pdf');
    expect(pdf?.filename).toMatch(/\.pdf$/);
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(mail.messageId).toMatch(/@example\.com>?$/);

    await sent;
    expect((await kassa.call('mail.forOrder', { orderId: order.id })).entries).toMatchObject([
      { id: entry.id, status: 'sent', attempts: 1, lastError: null },
    ]);
    // The password is a secret: the preferences see its last characters, never the password.
    const view = await kassa.prefs('mail.settings', {});
    expect(JSON.stringify(view)).not.toContain('smtp-pass-1');
    expect(view.passwordHint).not.toBeNull();
  });

  it('wait in the outbox while the server is down or refuses, and go out exactly once when it is back', async () => {
    const { kassa, sink } = await setUp();
    const order = await paidOrder(kassa);
    await sink.down();
    const entry = await kassa.call('mail.sendReceipt', { orderId: order.id, to: 'anna@example.com' });
    // The till got its answer at once; the outbox tries, fails, and waits.
    await mailReaches(kassa.core, entry.id, 'waiting');
    await expect
      .poll(
        async () => (await kassa.call('mail.forOrder', { orderId: order.id })).entries[0]?.lastError ?? '',
      )
      .toMatch(/ECONNREFUSED|ECONNECTION|connect/i);

    // Back, but refusing for now (451): still waiting.
    sink.refuse(true);
    await sink.up();
    await expect
      .poll(
        async () => (await kassa.call('mail.forOrder', { orderId: order.id })).entries[0]?.lastError ?? '',
      )
      .toMatch(/451/);
    expect(sink.messages()).toEqual([]);

    const sent = mailReaches(kassa.core, entry.id, 'sent');
    sink.refuse(false);
    await sent;
    await kassa.core.mail.kick();
    expect(sink.messages().filter(toAnna)).toHaveLength(1);
    const [after] = (await kassa.call('mail.forOrder', { orderId: order.id })).entries;
    expect(after?.status).toBe('sent');
    expect(after?.attempts).toBeGreaterThanOrEqual(3);
  });

  it('refuses an address that is not one, in words, and queues nothing', async () => {
    const { kassa } = await setUp();
    const order = await paidOrder(kassa);
    const refused = await kassa.fail('mail.sendReceipt', { orderId: order.id, to: 'anna@' });
    expect(refused.code).toBe('invalid_request');
    expect(refused.message).toMatch(/not an e-mail address.*name@example\.com/);
    expect((await kassa.call('mail.forOrder', { orderId: order.id })).entries).toEqual([]);
  });

  it('offers the customer’s address on record', async () => {
    const { kassa } = await setUp();
    const customer = await kassa.call('customers.create', { name: 'Anna Rossi', email: 'anna@example.com' });
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
      customerId: customer.id,
    });
    expect(await kassa.call('mail.forOrder', { orderId: order.id })).toEqual({
      suggested: 'anna@example.com',
      entries: [],
    });
  });

  it('does not send without encryption to another computer, and says why', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    const refused = await kassa.prefsFail('mail.saveSettings', {
      host: 'smtp.example.com',
      port: 25,
      security: 'none',
      user: '',
      from: 'shop@example.com',
    });
    expect(refused).toMatchObject({ code: 'invalid_request', field: 'security' });
    expect(refused.message).toMatch(/needs encryption: choose TLS or STARTTLS/);
    expect((await kassa.prefs('mail.settings', {})).configured).toBe(false);
  });

  it('sends a test e-mail at once, and reports a wrong password in the server’s words', async () => {
    const { kassa, sink } = await setUp();
    expect(await kassa.prefs('mail.sendTest', { to: 'owner@example.com' })).toEqual({
      sentTo: 'owner@example.com',
    });
    const test = await simpleParser((await sink.waitFor((m) => m.to.includes('owner@example.com'))).raw);
    expect(test.subject).toBe('Test e-mail from Kassa Demo Shop');

    await kassa.prefs('mail.saveSettings', {
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      user: 'shop',
      password: 'wrong',
      from: 'shop@example.com',
    });
    const failed = await kassa.prefsFail('mail.sendTest', { to: 'owner@example.com' });
    expect(failed.code).toBe('provider_unreachable');
    expect(failed.message).toMatch(
      /The test e-mail could not be sent\. The mail server said: .*Invalid username or password/,
    );
  });
});
