import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../../support/core.ts';
import { testClock } from '../preferences/preferences-till.ts';
import { cashierResumeMs, inMemoryLastStaff } from '../../../src/main/core/staff/session.ts';
import { startHost, type Host } from '../../../src/main/host/host-server.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';

/**
 * The store's rules for a restart (issue 15.5): a cashier's session resumes if the till was used within
 * cashierResumeMs; a manager's or owner's ends with the process; nobody else is ever signed in instead.
 */
type Kassa = ReturnType<typeof testCore>;
let open: Kassa | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

function shop() {
  const dataDir = tempDir();
  const memory = inMemoryLastStaff();
  const clock = testClock();
  const start = () => (open = testCore(dataDir, clock.now, { lastStaff: memory }));
  const restart = async () => {
    await open?.close();
    return start();
  };
  return { start, restart, clock };
}

async function addMember(kassa: Kassa, name: string, role: 'cashier' | 'manager' | 'owner', pin: string) {
  return kassa.call('staff.save', { name, role, pin, active: true, ownerPin: '1234' });
}

describe('after a restart the till never comes back with a higher role', () => {
  it('the demo shop opens signed in as its Demo Owner the first time only; a restart asks for a PIN', async () => {
    const s = shop();
    let kassa = s.start();
    expect((await kassa.call('session.current', {})).staff?.name).toBe('Demo Owner');
    kassa = await s.restart();
    const after = await kassa.call('session.current', {});
    expect(after.staff).toBeNull();
    expect(after.lastStaffId).not.toBeNull(); // the PIN screen preselects the Demo Owner
  });

  it("resumes cashier Anna's session after a restart, not the Demo Owner's", async () => {
    const s = shop();
    let kassa = s.start();
    const anna = await addMember(kassa, 'Anna', 'cashier', '2468');
    await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
    s.clock.advance(cashierResumeMs - 60_000);
    kassa = await s.restart();
    expect((await kassa.call('session.current', {})).staff).toEqual({
      id: anna.id,
      name: 'Anna',
      role: 'cashier',
    });
  });

  it("asks for a PIN when the cashier's till was idle longer than the store allows", async () => {
    const s = shop();
    let kassa = s.start();
    const anna = await addMember(kassa, 'Anna', 'cashier', '2468');
    await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
    s.clock.advance(cashierResumeMs / 2);
    await kassa.call('catalog.categories', {}); // the till in use keeps the session fresh
    s.clock.advance(cashierResumeMs / 2 + 60_000);
    kassa = await s.restart();
    expect((await kassa.call('session.current', {})).staff?.name).toBe('Anna');
    s.clock.advance(cashierResumeMs + 1);
    kassa = await s.restart();
    const session = await kassa.call('session.current', {});
    expect(session.staff).toBeNull();
    expect(session.lastStaffId).toBe(anna.id);
  });

  it("ends a manager's or owner's session at a restart, and a signed-out till stays signed out", async () => {
    const s = shop();
    let kassa = s.start();
    const ben = await addMember(kassa, 'Ben', 'manager', '1357');
    await kassa.call('session.login', { staffId: ben.id, pin: '1357' });
    kassa = await s.restart();
    expect((await kassa.call('session.current', {})).staff).toBeNull();

    const anna = await addMember(kassa, 'Anna', 'cashier', '2468');
    await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
    await kassa.call('session.logout', {});
    kassa = await s.restart();
    expect((await kassa.call('session.current', {})).staff).toBeNull();
  });

  it('does not resume a cashier who was made a manager or deactivated meanwhile', async () => {
    const s = shop();
    let kassa = s.start();
    const anna = await addMember(kassa, 'Anna', 'cashier', '2468');
    await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
    await kassa.call('staff.save', {
      id: anna.id,
      name: 'Anna',
      role: 'manager',
      active: true,
      ownerPin: '1234',
    });
    kassa = await s.restart();
    expect((await kassa.call('session.current', {})).staff).toBeNull();
  });
});

describe('the headless host remembers the session in its data folder', () => {
  let host: Host | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
  });
  const call = async (channel: string, body: unknown) => {
    const response = await fetch(`${host!.url}/ipc/${channel}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host!.token}`, 'x-kassa-window': 'till' },
      body: JSON.stringify(body),
    });
    const result = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value;
  };

  it('comes back as cashier Anna after a restart, and asks for a PIN after an owner', async () => {
    const dataDir = tempDir();
    host = await startHost({ dataDir, log: silentLogger });
    const anna = await call('staff.save', {
      name: 'Anna',
      role: 'cashier',
      pin: '2468',
      active: true,
      ownerPin: '1234',
    });
    await call('session.login', { staffId: anna.id, pin: '2468' });
    await host.close();
    host = await startHost({ dataDir, log: silentLogger });
    expect((await call('session.current', {})).staff).toMatchObject({ name: 'Anna', role: 'cashier' });

    const owner = ((await call('staff.list', {})) as unknown as { id: string; name: string }[]).find(
      (m) => m.name === 'Demo Owner',
    )!;
    await call('session.login', { staffId: owner.id, pin: '1234' });
    await host.close();
    host = await startHost({ dataDir, log: silentLogger });
    const session = await call('session.current', {});
    expect(session.staff).toBeNull();
    expect(session.lastStaffId).toBe(owner.id);
  });
});
