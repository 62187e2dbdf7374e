/**
 * E-mail over TLS and STARTTLS (issue 11.4): the local SMTP server serves a self-signed certificate made when the
 * test starts. A till told to trust it sends the test mail and receipts encrypted both ways; a till that does not
 * trust it refuses to talk to the server and says so in words, and nothing arrives.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { newId } from '../../support/core.ts';
import { preferencesTill } from '../preferences/preferences-till.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/sim/smtp/smtp-sink.ts';
import { selfSignedCertificate } from '../../../src/sim/smtp/test-certificate.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!; // 1.19

let certificate: { key: string; cert: string };
beforeAll(async () => {
  certificate = await selfSignedCertificate();
});

let kassa: ReturnType<typeof preferencesTill> | undefined;
let sink: SmtpSink | undefined;
afterEach(async () => {
  await kassa?.close();
  await sink?.close();
  kassa = undefined;
  sink = undefined;
});

async function setUp(mode: 'implicit' | 'starttls', trusted: boolean) {
  sink = await startSmtpSink({
    tls: { mode, ...certificate },
    credentials: { user: 'shop', password: 'smtp-pass-1' },
  });
  kassa = preferencesTill({
    mailRetryBaseMs: 20,
    ...(trusted ? { mailTrustedCertificates: [certificate.cert] } : {}),
  });
  await kassa.openPreferences();
  await kassa.prefs('mail.saveSettings', {
    host: '127.0.0.1',
    port: sink.port,
    security: mode === 'implicit' ? 'tls' : 'starttls',
    user: 'shop',
    password: 'smtp-pass-1',
    from: 'shop@example.com',
  });
  return { kassa, sink };
}

describe('mail over an encrypted connection', () => {
  for (const mode of ['implicit', 'starttls'] as const) {
    it(`${mode === 'implicit' ? 'TLS' : 'STARTTLS'}: the test e-mail and a receipt arrive encrypted, signed in`, async () => {
      const { kassa, sink } = await setUp(mode, true);
      expect(await kassa.prefs('mail.sendTest', { to: 'owner@example.com' })).toEqual({
        sentTo: 'owner@example.com',
      });
      const test = await sink.waitFor((m) => m.to.includes('owner@example.com'));
      expect(test).toMatchObject({ encrypted: true, user: 'shop' });

      const order = await kassa.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: cola.id, quantity: 1 }],
        payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
      });
      await kassa.call('mail.sendReceipt', { orderId: order.id, to: 'anna@example.com' });
      const receipt = await sink.waitFor((m) => m.to.includes('anna@example.com'));
      expect(receipt.encrypted).toBe(true);
      expect((await simpleParser(receipt.raw)).attachments.map((a) => a.contentType)).toEqual([
        'application/pdf',
      ]);
    });

    it(`${mode === 'implicit' ? 'TLS' : 'STARTTLS'}: a certificate this computer does not trust is refused and said in words`, async () => {
      const { kassa, sink } = await setUp(mode, false);
      const refused = await kassa.prefsFail('mail.sendTest', { to: 'owner@example.com' });
      expect(refused.code).toBe('provider_unreachable');
      expect(refused.message).toContain('127.0.0.1');
      expect(refused.message).toMatch(/certificate this computer does not trust/);
      expect(refused.message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
      expect(sink.messages()).toEqual([]);
    });
  }
});
