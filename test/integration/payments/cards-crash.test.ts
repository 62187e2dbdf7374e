import { describe, expect, it } from 'vitest';
import { testCore, tempDir } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';
import { prepareStripeTill } from '../../support/stripe.ts';
import type { StripeWorld } from '../../support/stripe-each-test.ts';
import { stripeWorldForCrashTests } from '../../support/stripe-crash-world.ts';
import { defaultCardSettings } from '../../../src/main/core/payments/cards/cards-on-file.ts';
import type { SavedCard } from '../../../src/shared/ipc/cards-on-file.ts';

let world: StripeWorld;
const env = stripeWorldForCrashTests((started) => (world = started));

/** A till with a validating hold of 1.00 and one customer, for a core started later. */
async function prepare(): Promise<{ dataDir: string; customerId: string }> {
  const dataDir = await prepareStripeTill(world, tempDir('kassa-cards-crash-'));
  const kassa = testCore(dataDir);
  kassa.core.services.cardStore.saveSettings('default', { ...defaultCardSettings, validatingAmount: 100 });
  const customer = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
  await kassa.close();
  return { dataDir, customerId: customer.id };
}

/** Waits until the restarted till's recovery has saved the customer's card (no sleeping blind). */
async function cardSaved(core: CoreProcess, customerId: string): Promise<SavedCard[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const cards = await core.call('cards.forCustomer', { customerId });
    if (cards.length > 0) return cards;
    if (Date.now() > deadline) throw new Error('the card was never saved');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the reader shows the setup the recovered till handed it. */
async function readerWaitsForCard(): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const reader = await world.stripe.terminal.readers.retrieve(world.reader.id);
    if (
      !('deleted' in reader) &&
      reader.action?.type === 'process_setup_intent' &&
      reader.action.status === 'in_progress'
    )
      return;
    if (Date.now() > deadline) throw new Error('the reader never got the setup');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The core is killed between a provider call of saving a card and recording its answer, at each step; after the
 * restart, recovery resumes with the same idempotency keys: one Stripe Customer, one card, one validating hold
 * (released, nothing charged).
 */
describe('a crash while a card is saved at the reader', { timeout: 90_000 }, () => {
  it.each([
    ['after the Stripe Customer was made, before it is recorded', 'cards.customer_created'],
    ['after the SetupIntent was made, before it is recorded', 'cards.setup_created'],
    ['after the validating hold was authorized, before it is recorded', 'cards.validation_authorized'],
    ['after the validating hold was released, before the card is recorded', 'cards.validation_released'],
  ])('%s: the card is saved once and the hold released once', async (_, failpoint) => {
    const { dataDir, customerId } = await prepare();
    const intentsBefore = world.sim.control.ledger().paymentIntents.length;
    const first = await spawnCore(dataDir, env(failpoint));
    const started = await first.tryCall('cards.saveAtReader', { customerId });
    if (started !== null) {
      expect(started).toMatchObject({ ok: true, value: { state: 'waiting' } });
      world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
      if (started.ok) expect(await first.tryCall('cards.setup', { setupId: started.value.id })).toBeNull();
    }
    await first.exited;

    const second = await spawnCore(dataDir, env());
    try {
      if (failpoint === 'cards.customer_created' || failpoint === 'cards.setup_created') {
        await readerWaitsForCard();
        world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
      }
      const cards = await cardSaved(second, customerId);
      expect(cards).toHaveLength(1);
      expect(cards[0]).toMatchObject({ brand: 'visa', last4: '4242' });
      const holds = world.sim.control.ledger().paymentIntents.slice(intentsBefore);
      expect(holds).toHaveLength(1);
      expect(holds[0]).toMatchObject({ amount: 100, status: 'canceled', amount_received: 0 });
      const customers = (await world.stripe.customers.list({ limit: 100 })).data.filter(
        (c) => c.metadata['kassa_customer'] === customerId,
      );
      expect(customers).toHaveLength(1);
      const onFile = await world.stripe.customers.listPaymentMethods(customers[0]!.id);
      expect(onFile.data.map((pm) => pm.id)).toEqual([cards[0]!.paymentMethod]);
    } finally {
      await second.stop();
    }
  });
});
