import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { freshStripeTillEachTest, type StripeTill } from '../../support/stripe-each-test.ts';
import { newId } from '../../support/core.ts';
import { stripeMethodId, waitForPayment } from '../../support/stripe.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { followUpdates, type Updater } from '../../../src/main/app/updates.ts';
import type { UpdateStatus } from '../../../src/shared/ipc/system.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;

let kassa: StripeTill;
freshStripeTillEachTest((fresh) => ({ kassa } = fresh));

/** electron-updater's autoUpdater as Kassa drives it: events from the feed, and the install-on-quit switch. */
class FeedUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  allowDowngrade = false;
  checks = 0;
  checkForUpdates(): Promise<unknown> {
    this.checks++;
    return Promise.resolve(null);
  }
}

function headerUpdates() {
  const seen: UpdateStatus[] = [];
  const stop = kassa.core.subscribe((name, payload) => {
    if (name === 'updates.changed') seen.push(payload as UpdateStatus);
  });
  return { seen, stop };
}

describe('a fleet update and the till at work', () => {
  it('installs on quit when nothing is under way, and the header says it is ready', async () => {
    const updater = new FeedUpdater();
    const header = headerUpdates();
    const following = followUpdates({ updater, updates: kassa.core.updates, log: silentLogger });
    expect(updater).toMatchObject({ autoDownload: true, allowDowngrade: true, checks: 1 });
    updater.emit('update-available', { version: '0.2.0' });
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(header.seen.at(-1)).toEqual({ state: 'ready', version: '0.2.0', waitingFor: [] });
    expect(await kassa.call('updates.status', {})).toEqual({
      state: 'ready',
      version: '0.2.0',
      waitingFor: [],
    });

    following.beforeQuit();
    expect(updater.autoInstallOnAppQuit).toBe(true);
    header.stop();
  });

  it('never installs while a card payment is in progress: it waits, and the header says for what', async () => {
    const updater = new FeedUpdater();
    const header = headerUpdates();
    const following = followUpdates({ updater, updates: kassa.core.updates, log: silentLogger });
    updater.emit('update-downloaded', { version: '0.2.0' });

    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: order.total,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    expect(await kassa.call('updates.status', {})).toEqual({
      state: 'ready',
      version: '0.2.0',
      waitingFor: ['card_payment'],
    });
    expect(header.seen.at(-1)?.waitingFor).toEqual(['card_payment']);

    // Kassa is closed with the customer still at the terminal: the update stays for the next quit.
    following.beforeQuit();
    expect(updater.autoInstallOnAppQuit).toBe(false);

    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect((await kassa.call('updates.status', {})).waitingFor).toEqual([]);
    expect(header.seen.at(-1)?.waitingFor).toEqual([]);
    header.stop();
  });

  it('a shift (or anything else) can hold an update back through the same gate', () => {
    const remove = kassa.core.updates.addBlocker('shift', () => 'shift');
    expect(kassa.core.updates.mayInstall()).toBe(false);
    remove();
    expect(kassa.core.updates.mayInstall()).toBe(true);
  });
});
