import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, fakeDisplay, ipcMain, screen, type FakeInvokeEvent } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';
import { memoryDeviceStore } from '../../../src/main/app/device-preferences.ts';
import type { CustomerDisplayView } from '../../../src/shared/ipc/customer-display.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

const call = (event: FakeInvokeEvent, channel: string, payload: unknown = {}) =>
  ipcMain.invoke('kassa:invoke', event, channel, payload) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string; messageKey?: string };
  }>;

const displayWindows = () =>
  BrowserWindow.instances.filter((w) => w.loadedUrl?.includes('/customer-display/') && !w.isDestroyed());

const secondMonitor = () => fakeDisplay(7, 1920, 1024, 768, 'Customer screen');

describe('the customer display window', () => {
  it('stays closed until the owner picks a monitor, then opens full screen and frameless on it', async () => {
    launched = await launch();
    screen.plug(secondMonitor());
    expect(displayWindows()).toHaveLength(0);

    const display = launched.running!.core.customerDisplay;
    expect(display.setup()).toMatchObject({
      monitors: true,
      chosenId: null,
      screens: [
        { id: 1, label: 'Built-in', width: 1920, height: 1080, primary: true },
        { id: 7, label: 'Customer screen', width: 1024, height: 768, primary: false },
      ],
    });
    expect(display.choose(7)).toMatchObject({ chosenId: 7, connected: true });

    const [window] = displayWindows();
    expect(window?.loadedUrl).toBe('kassa://app/customer-display/index.html');
    expect(window?.options).toMatchObject({
      x: 1920,
      y: 0,
      width: 1024,
      height: 768,
      fullscreen: true,
      frame: false,
    });
    // The same locked-down window as the till: sandboxed, isolated, no Node.
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('closes when its monitor is unplugged and opens again when it is plugged back in', async () => {
    launched = await launch();
    screen.plug(secondMonitor());
    launched.running!.core.customerDisplay.choose(7);
    const first = displayWindows()[0];

    screen.unplug(7);
    expect(first?.isDestroyed()).toBe(true);
    expect(displayWindows()).toHaveLength(0);
    expect(launched.running!.core.customerDisplay.setup()).toMatchObject({ chosenId: 7, connected: false });

    screen.plug(secondMonitor());
    const again = displayWindows();
    expect(again).toHaveLength(1);
    expect(again[0]).not.toBe(first);
    expect(again[0]?.options).toMatchObject({ x: 1920, fullscreen: true });
  });

  it('moves to the monitor’s new place when its resolution or position changes', async () => {
    launched = await launch();
    screen.plug(secondMonitor());
    launched.running!.core.customerDisplay.choose(7);
    const moved = fakeDisplay(7, 1920, 1280, 1024, 'Customer screen');
    screen.displays = [screen.displays[0]!, moved];
    screen.emit('display-metrics-changed', {}, moved, ['bounds']);
    const [window] = displayWindows();
    expect(window?.bounds).toEqual({ x: 1920, y: 0, width: 1280, height: 1024 });
    expect(window?.isFullScreen()).toBe(true);
  });

  it('remembers the monitor on this computer: after a restart it opens there again', async () => {
    const device = memoryDeviceStore();
    launched = await launch({ deviceStore: device });
    screen.plug(secondMonitor());
    launched.running!.core.customerDisplay.choose(7);
    await launched.close();

    launched = await launch({ deviceStore: device });
    expect(displayWindows()).toHaveLength(0); // monitor 7 is not plugged in yet in this run
    screen.plug(secondMonitor());
    expect(displayWindows()).toHaveLength(1);
  });

  it('switched off, it closes; a monitor that is not connected is refused in words', async () => {
    launched = await launch();
    screen.plug(secondMonitor());
    const display = launched.running!.core.customerDisplay;
    display.choose(7);
    display.choose(null);
    expect(displayWindows()).toHaveLength(0);
    expect(() => display.choose(99)).toThrow(/not connected to this computer/);
    expect(display.setup().chosenId).toBeNull();
  });

  it('can read the customer’s view and nothing else', async () => {
    launched = await launch();
    screen.plug(secondMonitor());
    launched.running!.core.customerDisplay.choose(7);
    const from = launched.callFrom(displayWindows()[0]!);
    const view = await call(from, 'customerDisplay.view');
    expect(view.ok).toBe(true);
    expect((view.value as CustomerDisplayView).stage).toBe('welcome');
    for (const channel of ['orders.search', 'customerDisplay.show', 'customerDisplay.choose', 'staff.list']) {
      expect(
        await call(from, channel, channel === 'customerDisplay.choose' ? { screenId: null } : {}),
      ).toMatchObject({
        ok: false,
      });
    }
  });

  it('closes with the till, so Kassa quits when the till window is closed', async () => {
    launched = await launch();
    screen.plug(secondMonitor());
    launched.running!.core.customerDisplay.choose(7);
    launched.till().close();
    // No window of Kassa is left, which is when Electron fires 'window-all-closed' and Kassa quits.
    expect(BrowserWindow.instances.every((w) => w.isDestroyed())).toBe(true);
  });
});
