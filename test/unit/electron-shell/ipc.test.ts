import { afterEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, FakeWebContents, ipcMain, type FakeInvokeEvent } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';
import type { Alert } from '../../../src/shared/ipc/system.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

const call = (event: FakeInvokeEvent, channel: unknown, payload: unknown = {}) =>
  ipcMain.invoke('kassa:invoke', event, channel, payload) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string };
  }>;

/** An unacknowledged alert in the real core: acknowledging it is a visible change a forbidden call must not make. */
function raiseAlert(l: Launched): Alert {
  return l.running!.core.services.alerts.raise('warning', 'test', { key: 'alert.integrityUnchecked' });
}

/** Whether the alert still waits for someone (the till lists only unacknowledged alerts). */
async function isOpen(l: Launched, id: number, from = l.till()): Promise<boolean> {
  const listed = await call(l.callFrom(from), 'alerts.list');
  return (listed.value as Alert[]).some((a) => a.id === id);
}

describe('calls from the windows', () => {
  it('reach the core from the till window and come back with its answer', async () => {
    launched = await launch();
    const alert = raiseAlert(launched);
    const result = await call(launched.callFrom(launched.till()), 'alerts.acknowledge', { id: alert.id });
    expect(result).toMatchObject({ ok: true, value: { id: alert.id, acknowledged: true } });
    expect(await isOpen(launched, alert.id)).toBe(false);
  });

  it('carry the calling window’s kind, so the core applies that window’s rights', async () => {
    launched = await launch();
    const display = launched.openWindow('customer-display');
    const result = await call(launched.callFrom(display), 'alerts.list');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(launched.callFrom(display), 'store.info')).toMatchObject({ ok: true });
  });

  it('answer an unknown or malformed request with an error value, never an exception', async () => {
    launched = await launch();
    const till = launched.callFrom(launched.till());
    await expect(call(till, 'payments.forceDoneWithoutPin')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    await expect(call(till, 42)).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    await expect(call(till, 'alerts.acknowledge', { id: 'one' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });
});

describe('calls from anywhere else', () => {
  const senders: [string, (l: Launched) => FakeInvokeEvent][] = [
    [
      'our window showing a foreign page',
      (l) => {
        const till = l.till();
        till.webContents.mainFrame.url = 'https://evil.example/till/index.html';
        return l.callFrom(till);
      },
    ],
    [
      'an iframe inside the till',
      (l) => {
        const till = l.till();
        return {
          sender: till.webContents,
          senderFrame: { url: 'kassa://app/till/index.html', parent: till.webContents.mainFrame },
        };
      },
    ],
    [
      'a webContents that is not one of our windows',
      () => {
        const stray = new FakeWebContents();
        stray.mainFrame.url = 'kassa://app/till/index.html';
        return { sender: stray, senderFrame: stray.mainFrame };
      },
    ],
    ['a frame that has already gone away', (l) => ({ sender: l.till().webContents, senderFrame: null })],
    [
      'a till window that was closed',
      (l) => {
        const till = l.till();
        const event = l.callFrom(till);
        till.close();
        return event;
      },
    ],
  ];

  for (const [who, sender] of senders) {
    it(`are refused when they come from ${who}, and change nothing`, async () => {
      launched = await launch();
      const spare = launched.openWindow('till');
      const alert = raiseAlert(launched);
      const event = sender(launched);
      const result = await call(event, 'alerts.acknowledge', { id: alert.id });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'forbidden',
          message: 'This request did not come from a Kassa window, so it was refused.',
        },
      });
      expect(await isOpen(launched, alert.id, spare)).toBe(true);
    });
  }
});

describe('events from the core', () => {
  it('reach every open window, and only the payload crosses', async () => {
    launched = await launch();
    const till = launched.till();
    const display = launched.openWindow('customer-display');
    const closed = launched.openWindow('preferences');
    closed.close();

    const alert = raiseAlert(launched);

    for (const window of [till, display])
      expect(window.webContents.sent).toEqual([['kassa:event', 'alerts.raised', alert]]);
    expect(closed.webContents.sent).toEqual([]);
    expect(BrowserWindow.instances).toHaveLength(3);
  });

  it('stop, with the calls, when Kassa quits and closes the database', async () => {
    launched = await launch();
    const running = launched.running!;
    app.quit();
    expect(ipcMain.handlers.has('kassa:invoke')).toBe(false);
    await app.whenQuit();
    expect(() =>
      running.core.services.alerts.raise('info', 'test', { key: 'alert.integrityFailed' }),
    ).toThrow(/not open/);
  });
});
