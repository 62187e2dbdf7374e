import { describe, expect, it } from 'vitest';
import { freshStripeTillEachTest, type StripeTill } from '../../support/stripe-each-test.ts';

let kassa: StripeTill;
freshStripeTillEachTest((fresh) => (kassa = fresh.kassa));

describe('setting up Stripe readers', () => {
  it('creates a location, registers simulated readers and assigns one to a new payment method', async () => {
    const location = await kassa.call('stripeTerminal.createLocation', {
      displayName: 'Second shop',
      line1: 'Hauptstr. 5',
      city: 'Hamburg',
      postalCode: '20095',
      country: 'DE',
      managerPin: '1234',
    });
    expect((await kassa.call('stripeTerminal.locations', {})).map((l) => l.displayName)).toContain(
      'Second shop',
    );
    const wpe = await kassa.call('stripeTerminal.registerReader', {
      registrationCode: 'simulated-wpe',
      label: 'Front',
      locationId: location.id,
      managerPin: '1234',
    });
    const s700 = await kassa.call('stripeTerminal.registerReader', {
      registrationCode: 'simulated-s700',
      label: 'Back',
      locationId: location.id,
      managerPin: '1234',
    });
    expect(wpe.deviceType).toMatch(/wisepos_e/);
    expect(s700.deviceType).toMatch(/s700/);
    const readers = await kassa.call('stripeTerminal.readers', {});
    expect(readers.find((r) => r.id === wpe.id)).toMatchObject({
      status: 'online',
      label: 'Front',
      methodId: null,
    });

    const { methodId } = await kassa.call('stripeTerminal.assignReader', {
      methodName: 'Card (front)',
      serialNumber: wpe.serialNumber,
      managerPin: '1234',
    });
    const methods = await kassa.call('paymentMethods.list', {});
    expect(methods.find((m) => m.id === methodId)).toMatchObject({
      name: 'Card (front)',
      terminal: 'stripe',
    });
    expect((await kassa.call('stripeTerminal.readers', {})).find((r) => r.id === wpe.id)?.methodId).toBe(
      methodId,
    );

    const again = await kassa.fail('stripeTerminal.assignReader', {
      methodName: 'Card (twice)',
      serialNumber: wpe.serialNumber,
      managerPin: '1234',
    });
    expect(again.message).toMatch(/already used by the method "Card \(front\)"/);
  });

  it('refuses a wrong registration code, an unknown serial and a wrong manager PIN', async () => {
    const [location] = await kassa.call('stripeTerminal.locations', {});
    const badCode = await kassa.fail('stripeTerminal.registerReader', {
      registrationCode: 'not-a-code',
      label: 'X',
      locationId: location!.id,
      managerPin: '1234',
    });
    expect(badCode.code).toBe('provider_rejected');
    const unknown = await kassa.fail('stripeTerminal.assignReader', {
      methodName: 'Card',
      serialNumber: 'WSC-000-000',
      managerPin: '1234',
    });
    expect(unknown.message).toMatch(/no reader with serial number WSC-000-000/);
    const wrongPin = await kassa.fail('stripeTerminal.registerReader', {
      registrationCode: 'simulated-wpe',
      label: 'X',
      locationId: location!.id,
      managerPin: '9999',
    });
    expect(wrongPin.code).toBe('pin_invalid');
    expect(await kassa.call('stripeTerminal.readers', {})).toHaveLength(1);
  });
});
