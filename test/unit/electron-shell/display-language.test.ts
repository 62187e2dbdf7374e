import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app, ipcMain, type FakeInvokeEvent } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';

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

describe('Chromium’s date inputs follow the display language (they only take it at start)', () => {
  it('a language chosen at the till is the --lang of the next start, set before Electron is ready', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'kassa-lang-'));
    launched = await launch({ userDataDir: userData });
    expect(app.commandLine.switches.has('lang')).toBe(false);
    const till = launched.callFrom(launched.till());

    const chosen = await call(till, 'displayLanguage.remember', { language: 'it' });
    // This process started in the OS locale (en-US): its date inputs speak English until a restart.
    expect(chosen).toEqual({
      ok: true,
      value: { remembered: 'it', restartForDates: true, canRestart: true },
    });
    await launched.close();

    launched = await launch({ userDataDir: userData });
    expect(app.commandLine.switches.get('lang')).toEqual({ value: 'it', beforeReady: true });
    const again = await call(launched.callFrom(launched.till()), 'displayLanguage.remember', {
      language: 'it',
    });
    expect(again.value).toMatchObject({ remembered: 'it', restartForDates: false });
  });

  it('choosing the OS’s own language needs no restart; another one is offered one, which quits and starts again', async () => {
    launched = await launch();
    app.locale = 'bg-BG';
    const till = launched.callFrom(launched.till());
    expect((await call(till, 'displayLanguage.remember', { language: 'bg' })).value).toMatchObject({
      restartForDates: false,
    });
    expect((await call(till, 'displayLanguage.remember', { language: 'zh-CN' })).value).toMatchObject({
      restartForDates: true,
    });

    expect(await call(till, 'app.restart')).toEqual({ ok: true, value: {} });
    expect(app.relaunchCalls).toBe(1);
    // It quits the usual way (windows closed, database closed), not by exiting on the spot.
    await app.whenQuit();
    expect(app.exitCodes).toEqual([]);
  });

  it('a language that is not one of the six is refused and nothing is remembered', async () => {
    launched = await launch();
    const till = launched.callFrom(launched.till());
    const refused = await call(till, 'displayLanguage.remember', { language: 'de' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(app.relaunchCalls).toBe(0);
  });
});
