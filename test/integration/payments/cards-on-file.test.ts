import { afterEach, describe, expect, it } from 'vitest';
import { createCardStore } from '../../../src/main/core/payments/cards/card-store.ts';
import {
  createCardsOnFile,
  defaultCardSettings,
  type CardsOnFile,
} from '../../../src/main/core/payments/cards/cards-on-file.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { testCore } from '../../support/core.ts';
import { stripeWorld } from '../../support/stripe.ts';

type World = Awaited<ReturnType<typeof stripeWorld>>;
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0)) await thing.close();
});

/** A till's core (its database and customers) with cards on file against the simulator. */
async function setUp(settings: Partial<typeof defaultCardSettings> = {}) {
  const world = await stripeWorld();
  const kassa = testCore();
  open.push(world.sim, kassa);
  const { services } = kassa.core;
  const cards = createCardsOnFile({
    tx: services.tx,
    store: createCardStore(kassa.core.db, () => Date.now()),
    customers: services.customers,
    stripeFor: () => world.stripe,
    currency: () => 'EUR',
    tillId: 'till-test',
    log: silentLogger,
    now: () => Date.now(),
    audit: services.audit,
  });
  cards.saveSettings('default', { ...defaultCardSettings, ...settings });
  const erika = services.customers.create({ name: 'Erika Mustermann', email: 'erika@example.com' });
  return { world, kassa, cards, erika };
}

/** The customer taps a card on the reader, then the till looks at Stripe once. */
async function tapAndWatch(world: World, cards: CardsOnFile, setupId: string, number: string) {
  world.sim.control.presentCard(world.reader.id, { number });
  return cards.advance(setupId);
}

describe('cards on file at the reader', () => {
  it('saves the generated card with a validating hold that is released at once', async () => {
    const { world, cards, erika } = await setUp({ validatingAmount: 100 });
    const started = await cards.saveAtReader('default', erika.id, world.reader.id);
    expect(started).toMatchObject({ state: 'waiting', channel: 'reader', card: null });
    expect((await cards.advance(started.id)).state).toBe('waiting');

    const saved = await tapAndWatch(world, cards, started.id, '4242424242424242');
    expect(saved).toMatchObject({ state: 'saved', failure: null, card: { brand: 'visa', last4: '4242' } });
    expect(cards.cards(erika.id)).toEqual([saved.card]);

    // The validating hold was authorized and released: nothing was charged.
    const holds = world.sim.control.ledger().paymentIntents;
    expect(holds).toHaveLength(1);
    expect(holds[0]).toMatchObject({ amount: 100, status: 'canceled', amount_received: 0 });
    const pm = await world.stripe.paymentMethods.retrieve(saved.card!.paymentMethod);
    expect(pm).toMatchObject({ type: 'card', allow_redisplay: 'always' });

    // One Stripe Customer per Kassa customer: a second card goes to the same one.
    const again = await cards.saveAtReader('default', erika.id, world.reader.id);
    const second = await tapAndWatch(world, cards, again.id, '5555555555554444');
    expect(second.card).toMatchObject({ brand: 'mastercard', last4: '4444' });
    const customers = await world.stripe.customers.list();
    expect(customers.data).toHaveLength(1);
    expect(customers.data[0]).toMatchObject({
      name: 'Erika Mustermann',
      metadata: { kassa_customer: erika.id },
    });
    const onFile = await world.stripe.customers.listPaymentMethods(customers.data[0]!.id);
    expect(onFile.data.map((p) => p.id).sort()).toEqual(
      cards
        .cards(erika.id)
        .map((c) => c.paymentMethod)
        .sort(),
    );
  });

  it('refuses a brand the owner does not accept and detaches it', async () => {
    const { world, cards, erika } = await setUp({ brands: ['visa'] });
    const started = await cards.saveAtReader('default', erika.id, world.reader.id);
    const refused = await tapAndWatch(world, cards, started.id, '5555555555554444');
    expect(refused).toMatchObject({
      state: 'refused',
      failure: 'brand_not_accepted',
      failureBrand: 'mastercard',
      card: null,
    });
    expect(cards.cards(erika.id)).toEqual([]);
    const customer = (await world.stripe.customers.list()).data[0]!;
    expect((await world.stripe.customers.listPaymentMethods(customer.id)).data).toEqual([]);
  });

  it('a card that fails the validating hold is not kept, and the reason is its decline code', async () => {
    const { world, cards, erika } = await setUp({ validatingAmount: 100 });
    const started = await cards.saveAtReader('default', erika.id, world.reader.id);
    const refused = await tapAndWatch(world, cards, started.id, '4000000000000341');
    expect(refused).toMatchObject({ state: 'refused', failure: 'generic_decline', card: null });
    const customer = (await world.stripe.customers.list()).data[0]!;
    expect((await world.stripe.customers.listPaymentMethods(customer.id)).data).toEqual([]);
    expect(world.sim.control.ledger().paymentIntents[0]).toMatchObject({ amount_received: 0 });
  });

  it('a card the issuer declines at the reader ends the setup with the decline code', async () => {
    const { world, cards, erika } = await setUp();
    const started = await cards.saveAtReader('default', erika.id, world.reader.id);
    const failed = await tapAndWatch(world, cards, started.id, '4000000000009995');
    expect(failed).toMatchObject({ state: 'failed', failure: 'insufficient_funds' });
  });

  it('an offline reader ends the setup at once and cancels its SetupIntent', async () => {
    const { world, cards, erika } = await setUp();
    world.sim.control.setReaderStatus(world.reader.id, 'offline');
    const failed = await cards.saveAtReader('default', erika.id, world.reader.id);
    expect(failed).toMatchObject({ state: 'failed', failure: 'terminal_reader_offline' });
  });
});

describe('without a Stripe connection', () => {
  it('says so in words and writes nothing', async () => {
    const { kassa, erika } = await setUp();
    const { services } = kassa.core;
    const offline = createCardsOnFile({
      tx: services.tx,
      store: services.cardStore,
      customers: services.customers,
      stripeFor: () => null,
      currency: () => 'EUR',
      tillId: 'till-test',
      log: silentLogger,
      now: () => Date.now(),
      audit: services.audit,
    });
    await expect(offline.saveByLink('default', erika.id)).rejects.toMatchObject({
      code: 'provider_unreachable',
      words: { messageKey: 'err.cards.notConnected' },
    });
    expect(services.cardStore.openSetups()).toEqual([]);
  });
});

describe('cards on file through the hosted page', () => {
  it('offers a link; the card the customer saves there is listed, and removing it detaches it at Stripe', async () => {
    const { world, cards, erika } = await setUp();
    const started = await cards.saveByLink('default', erika.id);
    expect(started).toMatchObject({ state: 'waiting', channel: 'link' });
    expect(started.url).toMatch(/\/c\/pay\/cs_test_/);
    const sessionId = started.url!.split('/').pop()!;
    const session = await world.stripe.checkout.sessions.retrieve(sessionId);
    expect(session).toMatchObject({ mode: 'setup', billing_address_collection: 'required' });

    const outcome = world.sim.control.saveCardOnCheckout(sessionId, {
      number: '4000002500003155',
      name: 'Erika Mustermann',
      email: null,
      address: {
        line1: 'Marktplatz 1',
        line2: null,
        postal_code: '04109',
        city: 'Leipzig',
        state: null,
        country: 'DE',
      },
    });
    expect(outcome.redirect).toMatch(/\/c\/authenticate\//);
    expect((await cards.advance(started.id)).state).toBe('waiting');
    const intent = (await world.stripe.checkout.sessions.retrieve(sessionId)).setup_intent as string;
    world.sim.control.authenticateSetupIntent(intent, true);

    const saved = await cards.advance(started.id);
    expect(saved).toMatchObject({ state: 'saved', card: { brand: 'visa', last4: '3155' } });
    const pm = saved.card!.paymentMethod;
    await cards.remove(pm);
    expect(cards.cards(erika.id)).toEqual([]);
    expect((await world.stripe.paymentMethods.retrieve(pm)).customer).toBeNull();
    await cards.remove(pm); // removing again changes nothing
  });

  it('a link that expires ends the setup', async () => {
    const { world, cards, erika } = await setUp();
    const started = await cards.saveByLink('default', erika.id);
    await world.stripe.checkout.sessions.expire(started.url!.split('/').pop()!);
    expect(await cards.advance(started.id)).toMatchObject({ state: 'failed', failure: 'link_expired' });
  });
});

describe('recovery', () => {
  it('resumes a setup whose answer was lost: the same keys find the same Customer and SetupIntent', async () => {
    const { world, kassa, cards, erika } = await setUp({ validatingAmount: 50 });
    const store = createCardStore(kassa.core.db, () => Date.now());
    // As after a crash right after Stripe answered: the rows hold the keys, not the answers.
    const setupId = 'setup-lost-answer';
    kassa.core.services.tx.run(() =>
      store.insertSetup({
        id: setupId,
        customer_id: erika.id,
        account: 'default',
        channel: 'reader',
        reader: world.reader.id,
        idempotency_key: 'kassa-setup-lost',
      }),
    );
    const reserved = kassa.core.services.tx.run(() =>
      store.reserveCustomer(erika.id, 'default', 'kassa-cus-lost'),
    );
    const first = await world.stripe.customers.create(
      {
        name: 'Erika Mustermann',
        email: 'erika@example.com',
        metadata: { kassa_customer: erika.id, kassa_till: 'till-test' },
      },
      { idempotencyKey: reserved.idempotency_key },
    );
    await cards.recover();
    expect(cards.setup(setupId)).toMatchObject({ state: 'waiting' });
    world.sim.control.presentCard(world.reader.id, { number: '4242424242424242' });
    await cards.recover();
    expect(cards.setup(setupId)).toMatchObject({ state: 'saved' });
    expect((await world.stripe.customers.list()).data.map((c) => c.id)).toEqual([first.id]);
    await cards.recover(); // nothing open: nothing happens
    expect(world.sim.control.ledger().paymentIntents).toHaveLength(1);
  });

  it('a reader setup that could not start for minutes is canceled, not handed to the reader', async () => {
    const { world, kassa, cards, erika } = await setUp();
    const past = createCardStore(kassa.core.db, () => Date.now() - 10 * 60_000);
    kassa.core.services.tx.run(() =>
      past.insertSetup({
        id: 'setup-stale',
        customer_id: erika.id,
        account: 'default',
        channel: 'reader',
        reader: world.reader.id,
        idempotency_key: 'kassa-setup-stale',
      }),
    );
    await cards.recover();
    expect(cards.setup('setup-stale')).toMatchObject({ state: 'canceled', failure: 'stale' });
    const reader = await world.stripe.terminal.readers.retrieve(world.reader.id);
    expect('deleted' in reader ? null : reader.action).toBeNull();
  });
});
