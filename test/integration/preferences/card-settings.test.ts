import { afterEach, describe, expect, it } from 'vitest';
import { stripeWorld } from '../../support/stripe.ts';
import { preferencesTill, stripeCounterMethod, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await kassa?.close();
  kassa = undefined;
  for (const c of cleanups.splice(0)) await c();
});

/** A till whose owner set up a Stripe profile and a card method on the simulator's reader, and one customer. */
async function shopWithReader() {
  const world = await stripeWorld();
  cleanups.push(() => world.sim.close());
  kassa = preferencesTill({ stripeApiUrl: world.sim.url, pollIntervalMs: 20 });
  await kassa.core.payments.ready;
  await kassa.openPreferences();
  const { profile, method } = await stripeCounterMethod(kassa, world);
  const erika = kassa.core.services.customers.create({ name: 'Erika Mustermann' });
  return { world, kassa, account: profile.id, method, erika };
}

const everyBrand = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'jcb',
  'diners',
  'unionpay',
  'cartes_bancaires',
];

describe('Preferences → Card settings', () => {
  it('the owner saves them per Stripe profile, audited; bad input is refused in words and changes nothing', async () => {
    const { kassa, account } = await shopWithReader();
    expect(await kassa.prefs('cards.settings', { account })).toEqual({
      account,
      currency: 'EUR',
      validatingAmount: 0,
      requireCvc: true,
      billingAddress: true,
      brands: everyBrand,
    });
    const chosen = {
      account,
      validatingAmount: 150,
      requireCvc: false,
      billingAddress: false,
      brands: ['visa'],
    };
    expect(await kassa.prefs('cards.saveSettings', chosen as never)).toEqual({ ...chosen, currency: 'EUR' });
    const audited = kassa.audit('settings.cards_saved');
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actor: 'Demo Owner' });
    expect(JSON.parse(audited[0]!.details!)).toMatchObject({ validatingAmount: 150, brands: ['visa'] });

    const refused = async (change: Record<string, unknown>) =>
      (await kassa.prefsFail('cards.saveSettings', { ...chosen, ...change })).messageKey;
    expect(await refused({ brands: [] })).toBe('check.cardsBrands');
    expect(await refused({ brands: ['visa', 'maestro'] })).toBe('check.cardsBrands');
    expect(await refused({ validatingAmount: -1 })).toBe('check.cardsValidatingAmount');
    expect(await refused({ validatingAmount: 1.5 })).toBe('check.cardsValidatingAmount');
    expect(await refused({ validatingAmount: 100_001 })).toBe('check.cardsValidatingAmountMax');
    expect(await kassa.prefs('cards.settings', { account })).toEqual({ ...chosen, currency: 'EUR' });
    expect(kassa.audit('settings.cards_saved')).toHaveLength(1);

    // The till window cannot read or change them.
    await expect(kassa.fail('cards.settings', { account })).resolves.toBeTruthy();
  });
});

describe('saving a card at the till', () => {
  it('uses the till’s Stripe method by default (its reader, its profile), with the demo’s test cards', async () => {
    const { world, kassa, account, erika } = await shopWithReader();
    await kassa.prefs('cards.saveSettings', {
      account,
      validatingAmount: 150,
      requireCvc: true,
      billingAddress: true,
      brands: ['visa', 'mastercard'],
    });
    const started = await kassa.call('cards.saveAtReader', { customerId: erika.id });
    expect(started).toMatchObject({
      state: 'waiting',
      channel: 'reader',
      simulated: true,
      validatingAmount: 150, // the check the owner's settings will make once the card is read
    });

    const saved = await kassa.call('cards.simulateCard', { setupId: started.id, card: 'visa' });
    expect(saved).toMatchObject({
      state: 'saved',
      validatingAmount: 150,
      currency: 'EUR',
      card: { brand: 'visa', last4: '4242' },
    });
    // The check was made and released on the profile's account (the simulator's), nothing charged.
    expect(world.sim.control.ledger().paymentIntents).toMatchObject([
      { amount: 150, status: 'canceled', amount_received: 0 },
    ]);
    expect((await kassa.fail('cards.simulateCard', { setupId: started.id, card: 'visa' })).messageKey).toBe(
      'err.cards.notWaiting',
    );

    // A card the bank declines for charges fails the check: the cashier is told why, and it is not kept.
    const second = await kassa.call('cards.saveAtReader', { customerId: erika.id });
    const refused = await kassa.call('cards.simulateCard', { setupId: second.id, card: 'chargeDeclined' });
    expect(refused).toMatchObject({
      state: 'refused',
      failure: 'generic_decline',
      card: null,
      validatingAmount: 150,
    });
    expect(await kassa.call('cards.forCustomer', { customerId: erika.id })).toHaveLength(1);

    expect(
      (await kassa.fail('cards.saveAtReader', { customerId: erika.id, methodId: 'no-such-method' }))
        ?.messageKey,
    ).toBe('err.cards.noReader');
  });

  it('with "require a confirmed security code", a card whose CVC check failed on the hosted page is not kept', async () => {
    const { world, kassa, account, erika } = await shopWithReader();
    const address = {
      line1: 'Marktplatz 1',
      line2: null,
      postal_code: '04109',
      city: 'Leipzig',
      state: null,
      country: 'DE',
    };
    const saveOnPage = async (number: string) => {
      const started = await kassa.call('cards.saveByLink', { customerId: erika.id, account });
      const sessionId = started.url!.split('/').pop()!;
      world.sim.control.saveCardOnCheckout(sessionId, { number, name: 'Erika', email: null, address });
      return kassa.call('cards.setup', { setupId: started.id });
    };
    expect(await saveOnPage('4000000000000101')).toMatchObject({
      state: 'refused',
      failure: 'cvc_not_checked',
      card: null,
    });
    expect(await kassa.call('cards.forCustomer', { customerId: erika.id })).toEqual([]);
    expect(await saveOnPage('4242424242424242')).toMatchObject({ state: 'saved', card: { last4: '4242' } });

    // Without the setting, the same card is kept (at the reader the setting never applies: there is no code).
    await kassa.prefs('cards.saveSettings', {
      account,
      validatingAmount: 0,
      requireCvc: false,
      billingAddress: true,
      brands: everyBrand as never,
    });
    expect(await saveOnPage('4000000000000101')).toMatchObject({ state: 'saved', card: { last4: '0101' } });
  });
});
