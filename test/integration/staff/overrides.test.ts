import { afterEach, describe, expect, it } from 'vitest';
import { preferencesTill, testClock, type PreferencesTill } from '../preferences/preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => {
  await kassa.close();
});

const location = {
  displayName: 'Back office',
  line1: 'Main St 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

describe('manager PIN overrides (TILL-9)', () => {
  it("accept any active manager's or owner's PIN, not a cashier's, and record who approved", async () => {
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } } });
    await kassa.core.payments.ready;
    for (const [name, role, pin] of [
      ['Anna', 'cashier', '2468'],
      ['Ben', 'manager', '1357'],
    ] as const)
      await kassa.call('staff.save', { name, role, pin, active: true, ownerPin: '1234' });

    const cashier = await kassa.fail('stripeTerminal.createLocation', { ...location, managerPin: '2468' });
    expect(cashier).toMatchObject({ code: 'pin_invalid', field: 'managerPin' });
    await kassa.call('stripeTerminal.createLocation', { ...location, managerPin: '1357' });
    await kassa.call('stripeTerminal.createLocation', {
      ...location,
      displayName: 'Shop',
      managerPin: '1234',
    });
    expect(kassa.audit('override.approved').map((e) => [e.subject, e.actor])).toEqual([
      ['stripe.location.create', 'Ben'],
      ['stripe.location.create', 'Demo Owner'],
    ]);
  });

  it('lock out after five wrong PINs with a growing delay, and a deactivated manager no longer approves', async () => {
    const clock = testClock();
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } }, now: clock.now });
    await kassa.core.payments.ready;
    const ben = await kassa.call('staff.save', {
      name: 'Ben',
      role: 'manager',
      pin: '1357',
      active: true,
      ownerPin: '1234',
    });

    for (let i = 1; i <= 4; i++)
      expect(
        (await kassa.fail('stripeTerminal.createLocation', { ...location, managerPin: '9999' })).code,
      ).toBe('pin_invalid');
    const fifth = await kassa.fail('stripeTerminal.createLocation', { ...location, managerPin: '9999' });
    expect(fifth).toMatchObject({ code: 'pin_locked', field: 'managerPin' });
    expect(
      (await kassa.fail('stripeTerminal.createLocation', { ...location, managerPin: '1357' })).code,
    ).toBe('pin_locked');
    clock.advance(30_001);
    expect(
      (await kassa.fail('stripeTerminal.createLocation', { ...location, managerPin: '9999' })).message,
    ).toContain('60 s');
    clock.advance(60_001);
    await kassa.call('stripeTerminal.createLocation', { ...location, managerPin: '1357' });

    await kassa.call('staff.save', {
      id: ben.id,
      name: 'Ben',
      role: 'manager',
      active: false,
      ownerPin: '1234',
    });
    expect(
      (await kassa.fail('stripeTerminal.createLocation', { ...location, managerPin: '1357' })).code,
    ).toBe('pin_invalid');
  });
});
