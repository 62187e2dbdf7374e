import { afterEach, describe, expect, it } from 'vitest';
import { preferencesTill, testClock, type PreferencesTill } from '../preferences/preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => {
  await kassa.close();
});

async function addMember(name: string, role: 'cashier' | 'manager' | 'owner', pin: string) {
  return kassa.call('staff.save', { name, role, pin, active: true, ownerPin: '1234' });
}

describe('signing in at the till (TILL-9)', () => {
  it('starts the demo shop signed in as the Demo Owner, with a banner asking to change the demo PIN', async () => {
    kassa = preferencesTill();
    const session = await kassa.call('session.current', {});
    expect(session).toMatchObject({
      staff: { name: 'Demo Owner', role: 'owner' },
      needsOwnerSetup: false,
      usingDemoPin: true,
    });
    const staff = await kassa.call('staff.list', {});
    expect(staff).toEqual([expect.objectContaining({ name: 'Demo Owner', hasPin: true, lockedUntil: null })]);
    expect(JSON.stringify(staff)).not.toMatch(/salt|hash/);

    const owner = staff[0]!;
    await kassa.call('staff.save', {
      id: owner.id,
      name: owner.name,
      role: 'owner',
      pin: '80417',
      active: true,
      ownerPin: '1234',
    });
    expect((await kassa.call('session.current', {})).usingDemoPin).toBe(false);
  });

  it('lets staff switch by tapping their name and typing their PIN, and remembers who was last', async () => {
    kassa = preferencesTill();
    const anna = await addMember('Anna', 'cashier', '2468');
    const ben = await addMember('Ben', 'manager', '1357');

    const asAnna = await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
    expect(asAnna.staff).toEqual({ id: anna.id, name: 'Anna', role: 'cashier' });
    const asBen = await kassa.call('session.login', { staffId: ben.id, pin: '1357' });
    expect(asBen).toMatchObject({ staff: { name: 'Ben', role: 'manager' }, lastStaffId: ben.id });

    const wrong = await kassa.fail('session.login', { staffId: anna.id, pin: '1357' });
    expect(wrong).toMatchObject({ code: 'pin_invalid', field: 'pin' });
    expect((await kassa.call('session.current', {})).staff?.name).toBe('Ben'); // a wrong PIN switches nobody

    const out = await kassa.call('session.logout', {});
    expect(out.staff).toBeNull();
    expect(out.lastStaffId).toBe(ben.id);
    expect(kassa.audit('staff.signed_in').map((e) => e.actor)).toEqual(['Anna', 'Ben']);
  });

  it('locks a member after five wrong PINs for 30 s, then 60 s, and lets them in once the wait is over', async () => {
    const clock = testClock();
    kassa = preferencesTill({ now: clock.now });
    const anna = await addMember('Anna', 'cashier', '2468');

    for (let i = 1; i <= 4; i++) {
      const e = await kassa.fail('session.login', { staffId: anna.id, pin: '0000' });
      expect(e.code).toBe('pin_invalid');
    }
    const fifth = await kassa.fail('session.login', { staffId: anna.id, pin: '0000' });
    expect(fifth).toMatchObject({ code: 'pin_locked', field: 'pin' });
    expect(fifth.message).toContain('30 s');

    const rightButLocked = await kassa.fail('session.login', { staffId: anna.id, pin: '2468' });
    expect(rightButLocked.code).toBe('pin_locked');
    const listed = (await kassa.call('staff.list', {})).find((m) => m.id === anna.id)!;
    expect(listed.lockedUntil).toBe(clock.now() + 30_000);

    clock.advance(31_000);
    const sixth = await kassa.fail('session.login', { staffId: anna.id, pin: '0000' });
    expect(sixth.code).toBe('pin_locked');
    expect(sixth.message).toContain('60 s');
    clock.advance(30_000);
    expect((await kassa.fail('session.login', { staffId: anna.id, pin: '2468' })).code).toBe('pin_locked');
    clock.advance(31_000);
    expect((await kassa.call('session.login', { staffId: anna.id, pin: '2468' })).staff?.name).toBe('Anna');

    // The count starts again after a right PIN.
    for (let i = 1; i <= 4; i++) await kassa.fail('session.login', { staffId: anna.id, pin: '0000' });
    expect((await kassa.call('session.login', { staffId: anna.id, pin: '2468' })).staff?.name).toBe('Anna');

    expect(kassa.audit('staff.locked').map((e) => JSON.parse(e.details!).seconds)).toEqual([30, 60]);
    expect(kassa.audit('staff.pin_rejected')).toHaveLength(10);
  });

  it('keeps a lockout across a restart', async () => {
    const clock = testClock();
    kassa = preferencesTill({ now: clock.now });
    const anna = await addMember('Anna', 'cashier', '2468');
    for (let i = 1; i <= 5; i++) await kassa.fail('session.login', { staffId: anna.id, pin: '0000' });
    await kassa.close();
    kassa = preferencesTill({ now: clock.now, dataDir: kassa.dataDir });
    expect((await kassa.fail('session.login', { staffId: anna.id, pin: '2468' })).code).toBe('pin_locked');
  });

  it('needs an owner PIN to change staff at the till, and never leaves the store without an owner', async () => {
    kassa = preferencesTill();
    const noPin = await kassa.fail('staff.save', {
      name: 'Carla',
      role: 'cashier',
      pin: '1111',
      active: true,
    });
    expect(noPin).toMatchObject({ code: 'pin_required', field: 'ownerPin' });
    const ben = await addMember('Ben', 'manager', '1357');
    const managerIsNoOwner = await kassa.fail('staff.save', {
      name: 'Carla',
      role: 'cashier',
      pin: '1111',
      active: true,
      ownerPin: '1357',
    });
    expect(managerIsNoOwner).toMatchObject({ code: 'pin_invalid', field: 'ownerPin' });

    const newWithoutPin = await kassa.fail('staff.save', {
      name: 'Carla',
      role: 'cashier',
      active: true,
      ownerPin: '1234',
    });
    expect(newWithoutPin).toMatchObject({ field: 'pin' });
    const sameName = await kassa.fail('staff.save', {
      name: 'ben',
      role: 'cashier',
      pin: '1111',
      active: true,
      ownerPin: '1234',
    });
    expect(sameName).toMatchObject({ code: 'conflict', field: 'name' });

    const owner = (await kassa.call('staff.list', {})).find((m) => m.role === 'owner')!;
    const lastOwner = await kassa.fail('staff.save', {
      id: owner.id,
      name: owner.name,
      role: 'manager',
      active: true,
      ownerPin: '1234',
    });
    expect(lastOwner).toMatchObject({ code: 'conflict', field: 'role' });
    expect((await kassa.call('staff.list', {})).find((m) => m.id === owner.id)?.role).toBe('owner');

    await kassa.call('staff.save', {
      id: ben.id,
      name: 'Ben',
      role: 'owner',
      active: true,
      ownerPin: '1234',
    });
    await kassa.call('staff.save', {
      id: owner.id,
      name: owner.name,
      role: 'owner',
      active: false,
      ownerPin: '1357',
    });
    const changed = kassa.audit('staff.changed').at(-1)!;
    expect(changed.actor).toBe('Ben');
    expect(JSON.parse(changed.details!)).toMatchObject({ old: { active: true }, new: { active: false } });
    const inactive = await kassa.fail('session.login', { staffId: owner.id, pin: '1234' });
    expect(inactive.code).toBe('not_found');
  });
});
