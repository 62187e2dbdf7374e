import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { newId, tempDir } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { preferencesTill } from '../preferences/preferences-till.ts';
import { startSmtpSink, type SmtpSink } from '../../../src/sim/smtp/smtp-sink.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!;

let sink: SmtpSink | undefined;
let core: CoreProcess | undefined;
afterEach(async () => {
  await core?.kill();
  await sink?.close();
  core = undefined;
  sink = undefined;
});

/** A shop whose mail server is the sink, set up in the preferences before the crash runs start. */
async function shopWithMailServer(): Promise<{ dataDir: string; keyFile: string }> {
  sink = await startSmtpSink();
  const dataDir = tempDir();
  const keyFile = join(tempDir('kassa-key-'), 'secret.key');
  const setup = preferencesTill({ dataDir, secretKeyFile: keyFile });
  await setup.openPreferences();
  await setup.prefs('mail.saveSettings', {
    host: '127.0.0.1',
    port: sink.port,
    security: 'none',
    user: '',
    from: 'shop@example.com',
  });
  await setup.close();
  return { dataDir, keyFile };
}

/*
 * SMTP has no idempotency key, so the honest guarantee after a crash mid-send is: never sent twice by Kassa
 * on its own. A mail caught in `sending` is marked `unsure` at the next start, whether the server got it
 * (killed after the server's answer) or not (killed before the conversation); the cashier decides.
 */
describe.each([
  ['before the conversation with the server', 'mail.after_mark_sending', 0],
  ['after the server accepted it, before Kassa recorded it', 'mail.after_send', 1],
])('Kassa killed while sending an e-mail receipt: %s', (_when, point, arrived) => {
  it('is marked for the cashier to decide after the restart, never sent again by itself', async () => {
    const { dataDir, keyFile } = await shopWithMailServer();
    core = await spawnCore(dataDir, {
      KASSA_FAILPOINTS: point,
      KASSA_SECRET_KEY_FILE: keyFile,
      KASSA_DEMO: 'off',
    });
    const order = await core.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    // The request itself is answered or not: the process dies at the failpoint right after queueing.
    await core.tryCall('mail.sendReceipt', { orderId: order.id, to: 'anna@example.com' });
    await core.exited;
    if (arrived) await sink!.waitFor((m) => m.to.includes('anna@example.com'));
    expect(sink!.messages()).toHaveLength(arrived);

    core = await spawnCore(dataDir, { KASSA_SECRET_KEY_FILE: keyFile, KASSA_DEMO: 'off' });
    const { entries } = await core.call('mail.forOrder', { orderId: order.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: 'unsure', attempts: 1 });
    expect(entries[0]?.lastError).toMatch(/may have arrived/);
    expect(sink!.messages()).toHaveLength(arrived);

    // The customer did not get it: the cashier sends it again, and it goes out once more.
    await core.call('mail.retry', { id: entries[0]!.id });
    await sink!.waitFor((_m) => sink!.messages().length === arrived + 1);
    await expect
      .poll(async () => (await core!.call('mail.forOrder', { orderId: order.id })).entries[0]?.status)
      .toBe('sent');
    expect(sink!.messages()).toHaveLength(arrived + 1);
    const ids = new Set(sink!.messages().map((m) => /^Message-ID: (.+)$/im.exec(m.raw.toString())?.[1]));
    // Sent again under the same Message-ID, so a mail program can drop the duplicate.
    expect(ids.size).toBe(1);
  });
});
