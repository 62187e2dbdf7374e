import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ipcMain } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';
import { memoryDeviceStore } from '../../../src/main/app/device-preferences.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

async function call(l: Launched, channel: string, payload: unknown = {}) {
  const result = (await ipcMain.invoke('kassa:invoke', l.callFrom(l.till()), channel, payload)) as {
    ok: boolean;
    value?: unknown;
    error?: unknown;
  };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as Record<string, unknown>;
}

describe('the app after a restart (electron-store remembers the till session)', () => {
  it('comes back as cashier Anna, not as the Demo Owner; after an owner it asks for a PIN', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kassa-shell-data-'));
    const deviceStore = memoryDeviceStore();
    const start = () => launch({ env: { KASSA_DATA_DIR: dataDir }, deviceStore });

    launched = await start();
    expect((await call(launched, 'session.current')).staff).toMatchObject({ name: 'Demo Owner' });
    const anna = await call(launched, 'staff.save', {
      name: 'Anna',
      role: 'cashier',
      pin: '2468',
      active: true,
      ownerPin: '1234',
    });
    await call(launched, 'session.login', { staffId: anna.id, pin: '2468' });
    await launched.close();

    launched = await start();
    expect((await call(launched, 'session.current')).staff).toEqual({
      id: anna.id,
      name: 'Anna',
      role: 'cashier',
    });
    expect(deviceStore.get('tillSession')).toMatchObject({ staffId: anna.id, role: 'cashier' });

    const staff = (await call(launched, 'staff.list')) as unknown as { id: string; name: string }[];
    const owner = staff.find((m) => m.name === 'Demo Owner')!;
    await call(launched, 'session.login', { staffId: owner.id, pin: '1234' });
    await launched.close();

    launched = await start();
    const session = await call(launched, 'session.current');
    expect(session.staff).toBeNull();
    expect(session.lastStaffId).toBe(owner.id);
  });

  it('a second till window shows the same member, never someone with more rights', async () => {
    launched = await launch();
    const anna = await call(launched, 'staff.save', {
      name: 'Anna',
      role: 'cashier',
      pin: '2468',
      active: true,
      ownerPin: '1234',
    });
    await call(launched, 'session.login', { staffId: anna.id, pin: '2468' });
    const second = launched.openWindow('till');
    const result = (await ipcMain.invoke(
      'kassa:invoke',
      launched.callFrom(second),
      'session.current',
      {},
    )) as {
      value: { staff: unknown };
    };
    expect(result.value.staff).toEqual({ id: anna.id, name: 'Anna', role: 'cashier' });
  });
});
