import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, FakeEvent, FakeWebContents, session, shell } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

const foreign = [
  'https://evil.example/',
  'http://dashboard.stripe.com/',
  'file:///etc/passwd',
  'kassa://other/till/index.html',
  'kassa://user:pw@app/till/index.html',
  'javascript:alert(1)',
  'not a url',
];

describe('navigation', () => {
  it('stays on the app’s own pages: every other target is refused', async () => {
    launched = await launch();
    const contents = launched.till().webContents;
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
      for (const url of foreign)
        expect({ event, url, allowed: contents.attempt(event, url) }).toMatchObject({ allowed: false });
      expect(contents.attempt(event, 'kassa://app/till/index.html')).toBe(true);
      expect(contents.attempt(event, 'kassa://app/preferences/index.html')).toBe(true);
    }
  });

  it('guards every webContents Electron creates, not only our windows', async () => {
    launched = await launch();
    const stray = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), stray);
    expect(stray.attempt('will-navigate', 'https://evil.example/')).toBe(false);
    expect(stray.open('https://evil.example/')).toEqual({ action: 'deny' });
    const attach = new FakeEvent();
    stray.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('accepts the Vite dev server as our page only in an unpackaged build', async () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    launched = await launch({ packaged: false, env });
    expect(launched.till().loadedUrl).toBe('http://localhost:5173/till/index.html');
    expect(
      launched.till().webContents.attempt('will-navigate', 'http://localhost:5173/till/index.html'),
    ).toBe(true);
    expect(launched.till().webContents.attempt('will-navigate', 'http://localhost:5174/')).toBe(false);
    expect(launched.till().options.webPreferences.devTools).toBe(true);
    await launched.close();

    launched = await launch({ packaged: true, env });
    expect(launched.till().loadedUrl).toBe('kassa://app/till/index.html');
    expect(
      launched.till().webContents.attempt('will-navigate', 'http://localhost:5173/till/index.html'),
    ).toBe(false);
  });
});

describe('new windows', () => {
  it('are never opened by the page', async () => {
    launched = await launch();
    const contents = launched.till().webContents;
    for (const url of [...foreign, 'kassa://app/till/index.html', 'https://dashboard.stripe.com/payments']) {
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('send allow-listed https provider links to the system browser, and nothing else', async () => {
    launched = await launch();
    const contents = launched.till().webContents;
    contents.open('https://dashboard.stripe.com/payments/pi_123');
    contents.open('https://www.mercadopago.com.ar/activities');
    for (const url of [
      'http://dashboard.stripe.com/payments',
      'https://dashboard.stripe.com.evil.example/',
      'https://evil.example/?https://dashboard.stripe.com',
      'https://user@dashboard.stripe.com/',
      'https://dashboard.stripe.com:8443/',
      'https://stripe.com/',
      'file:///C:/Windows/System32/calc.exe',
      'kassa://app/till/index.html',
    ]) {
      contents.open(url);
    }
    expect(shell.opened).toEqual([
      'https://dashboard.stripe.com/payments/pi_123',
      'https://www.mercadopago.com.ar/activities',
    ]);
  });

  it('cannot be a <webview>', async () => {
    launched = await launch();
    const event = new FakeEvent();
    launched.till().webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('permissions', () => {
  it('are all refused: camera, microphone, notifications, location, devices', async () => {
    launched = await launch();
    const ses = session.defaultSession;
    const contents = launched.till().webContents;
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'hid',
      'serial',
      'usb',
      'clipboard-read',
      'openExternal',
    ]) {
      const answers: boolean[] = [];
      ses.permissionRequestHandler?.(contents, permission, (granted) => answers.push(granted));
      expect({ permission, answers }).toEqual({ permission, answers: [false] });
      expect(ses.permissionCheckHandler?.(contents, permission, 'kassa://app')).toBe(false);
    }
    expect(ses.permissionRequestHandler).not.toBeNull();
    expect(ses.permissionCheckHandler).not.toBeNull();
  });

  it('include no downloads but the files our own pages make (the bookkeeping export)', async () => {
    launched = await launch();
    const download = (url: string, page = 'kassa://app/preferences/index.html') => {
      const event = new FakeEvent();
      const item = { getURL: () => url, getFilename: () => 'kassa-payments.csv' };
      session.defaultSession.emit('will-download', event, item, { getURL: () => page });
      return event.defaultPrevented ? 'cancelled' : 'saved';
    };
    const ours = 'blob:kassa://app/5f0c6d1e-2b1a-4c3d-9e8f-7a6b5c4d3e2f';
    expect(download('kassa://app/assets/till.js')).toBe('cancelled');
    expect(download('https://example.com/setup.exe')).toBe('cancelled');
    expect(download('blob:https://example.com/5f0c6d1e-2b1a-4c3d-9e8f-7a6b5c4d3e2f')).toBe('cancelled');
    expect(download(ours, 'kassa://app/till/index.html')).toBe('cancelled');
    expect(download(ours)).toBe('saved');
  });

  it('save our own files in the folder IT chose, without asking, leaving it or writing over a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-downloads-'));
    writeFileSync(join(dir, 'kassa-payments.csv'), 'an earlier export');
    process.env.KASSA_DOWNLOADS_DIR = dir;
    try {
      launched = await launch();
    } finally {
      delete process.env.KASSA_DOWNLOADS_DIR;
    }
    const savedTo: string[] = [];
    const item = {
      getURL: () => 'blob:kassa://app/5f0c6d1e-2b1a-4c3d-9e8f-7a6b5c4d3e2f',
      getFilename: () => '../../etc/kassa-payments.csv',
      setSavePath: (path: string) => savedTo.push(path),
    };
    const preferences = { getURL: () => 'kassa://app/preferences/index.html' };
    session.defaultSession.emit('will-download', new FakeEvent(), item, preferences);
    expect(savedTo).toEqual([join(dir, 'kassa-payments (2).csv')]);
  });
});
