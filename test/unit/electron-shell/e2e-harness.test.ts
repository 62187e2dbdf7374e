import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { electronLaunchOptions, windowByUrl, type WindowSource } from '../../e2e/support/kassa-app.ts';

/** A window as Playwright shows it: a URL that changes when the page navigates. */
class FakePage extends EventEmitter {
  private current: string;
  constructor(url: string) {
    super();
    this.current = url;
  }
  url(): string {
    return this.current;
  }
  navigate(url: string): void {
    this.current = url;
    this.emit('navigated');
  }
  waitForURL(matches: (url: URL) => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!matches(new URL(this.current))) return;
        this.off('navigated', check);
        resolve();
      };
      this.on('navigated', check);
      check();
    });
  }
}

class FakeElectronApp extends EventEmitter implements WindowSource {
  pages: FakePage[] = [];
  windows(): Page[] {
    return this.pages as unknown as Page[];
  }
  open(url: string): FakePage {
    const page = new FakePage(url);
    this.pages.push(page);
    this.emit('window', page);
    return page;
  }
}

describe('the Electron end-to-end harness (KASSA_E2E_TARGET=electron)', () => {
  const run = {
    dataDir: '/tmp/run-1/data',
    runDir: '/tmp/run-1',
    downloadsDir: '/tmp/run-1/downloads',
    providers: { stripe: { mode: 'off' } } as const,
  };

  it('launches the app folder, so the app runs under its own name', () => {
    const { args } = electronLaunchOptions(run);
    expect(args).toHaveLength(1);
    const pkg = JSON.parse(readFileSync(join(args[0]!, 'package.json'), 'utf8')) as {
      main: string;
      productName: string;
    };
    expect(pkg).toMatchObject({ main: './out/main/index.js', productName: 'Kassa' });
    expect(existsSync(join(args[0]!, 'src/main/index.ts'))).toBe(true);
  });

  it('gives each run its own user-data folder and key file, never in the home folder', () => {
    const { env } = electronLaunchOptions(run);
    expect(env.XDG_CONFIG_HOME).toBe('/tmp/run-1/config');
    expect(env.KASSA_SECRET_KEY_FILE).toBe('/tmp/run-1/keys/secret.key');
    expect(env.KASSA_SECRET_KEY_FILE!.startsWith(homedir())).toBe(false);
    expect(env.KASSA_DATA_DIR).toBe('/tmp/run-1/data');
    expect(electronLaunchOptions({ ...run, runDir: '/tmp/run-2' }).env.XDG_CONFIG_HOME).toBe(
      '/tmp/run-2/config',
    );
  });

  it('waits for the preferences window by its URL while it is still loading, never taking the till', async () => {
    const app = new FakeElectronApp();
    const till = app.open('kassa://app/till/index.html');
    const loading = app.open('about:blank');
    const found = windowByUrl(app, 'preferences', 2000);
    loading.navigate('kassa://app/preferences/index.html');
    expect(await found).toBe(loading);
    expect(await windowByUrl(app, 'till', 2000)).toBe(till);
  });

  it('waits for a window that has not opened yet', async () => {
    const app = new FakeElectronApp();
    app.open('kassa://app/till/index.html');
    const found = windowByUrl(app, 'preferences', 2000);
    const later = app.open('about:blank');
    later.navigate('kassa://app/preferences/index.html');
    expect(await found).toBe(later);
  });

  it('says which window never came, instead of handing over another', async () => {
    const app = new FakeElectronApp();
    app.open('kassa://app/till/index.html');
    await expect(windowByUrl(app, 'preferences', 50)).rejects.toThrow(/No preferences window/);
  });
});
