/**
 * Starts Kassa for an end-to-end test and hands out its windows as Playwright pages.
 *
 * By default the core runs in the headless host and the windows in Debian's Chromium. With
 * KASSA_E2E_TARGET=electron (on a machine where the Electron binary exists, after `npm run build`) the same
 * tests drive the real Electron app through Playwright's Electron support instead.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, _electron, type Browser, type ElectronApplication, type Page } from 'playwright-core';
import { startHost, type Host } from '../../../src/main/host/host-server.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import type { WindowKind } from '../../../src/shared/ipc/channel.ts';
import type { ProviderSettings } from '../../../src/main/core/payments/provider-settings.ts';

export const screenshotDir = resolve('docs/screenshots');
export const counterViewport = { width: 1366, height: 768 };

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

export interface KassaApp {
  dataDir: string;
  /** Opens (or returns) the page of a window kind. */
  window(kind?: WindowKind): Promise<Page>;
  /** Stops Kassa and starts it again on the same data directory. */
  restart(): Promise<void>;
  screenshot(page: Page, name: string): Promise<void>;
  /** Runs `start` (a click on a download button) and answers the file the window handed over. */
  download(page: Page, start: () => Promise<void>): Promise<DownloadedFile>;
  close(): Promise<void>;
  /** The host, in headless mode (null under Electron): lets tests reach the core's services. */
  host(): Host | null;
}

export interface DownloadedFile {
  fileName: string;
  text: string;
}

/** The demo card method ("Card (Stripe, demo)") on an in-process simulator, as a newcomer's `npm start` has. */
const demoProviders: ProviderSettings = { stripe: { mode: 'demo' } };

export async function launchKassa(
  options: {
    dataDir?: string;
    providers?: ProviderSettings;
    /** A store configuration file that a new data directory is set up from, as in a per-store build. */
    storeConfigFile?: string;
  } = {},
): Promise<KassaApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kassa-e2e-'));
  const providers = options.providers ?? demoProviders;
  return process.env.KASSA_E2E_TARGET === 'electron'
    ? launchElectron(dataDir, providers, options.storeConfigFile)
    : launchHeadless(dataDir, providers, options.storeConfigFile);
}

async function launchHeadless(
  dataDir: string,
  providers: ProviderSettings,
  storeConfigFile: string | undefined,
): Promise<KassaApp> {
  const start = () =>
    startHost({
      dataDir,
      log: silentLogger,
      rendererDir: resolve('out/renderer'),
      providers,
      ...(storeConfigFile ? { storeConfigFile } : {}),
    });
  let host = await start();
  const browser: Browser = await chromium.launch({
    executablePath: process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  const context = await browser.newContext({ viewport: counterViewport });
  const pages = new Map<WindowKind, Page>();

  return {
    dataDir,
    host: () => host,
    async window(kind = 'till') {
      let page = pages.get(kind);
      if (!page || page.isClosed()) {
        page = await context.newPage();
        await page.goto(host.windowUrl(kind));
        pages.set(kind, page);
      }
      return page;
    },
    async restart() {
      await host.close();
      host = await start();
      for (const [kind, page] of pages) await page.goto(host.windowUrl(kind));
    },
    screenshot: (page, name) => takeScreenshot(page, name),
    async download(page, start) {
      const [file] = await Promise.all([page.waitForEvent('download'), start()]);
      return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    async close() {
      await browser.close();
      await host.close();
    },
  };
}

/** The app reads its providers from the environment, as IT would script it. */
function providerEnv(providers: ProviderSettings): Record<string, string> {
  const { stripe, mercadopago } = providers;
  const env: Record<string, string> = {};
  if (stripe.mode === 'off') env.KASSA_DEMO = 'off';
  if (stripe.mode === 'account') {
    env.KASSA_STRIPE_SECRET_KEY = stripe.secretKey;
    if (stripe.apiUrl) env.KASSA_STRIPE_API_URL = stripe.apiUrl;
  }
  if (mercadopago?.mode === 'account') {
    env.KASSA_MP_ACCESS_TOKEN = mercadopago.accessToken;
    if (mercadopago.apiUrl) env.KASSA_MP_API_URL = mercadopago.apiUrl;
    if (mercadopago.webhookSecret) env.KASSA_MP_WEBHOOK_SECRET = mercadopago.webhookSecret;
  }
  return env;
}

async function launchElectron(
  dataDir: string,
  providers: ProviderSettings,
  storeConfigFile: string | undefined,
): Promise<KassaApp> {
  // The app saves its own files there without a save dialog, which Playwright could not answer.
  const downloadsDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-downloads-'));
  const start = () =>
    _electron.launch({
      args: [resolve('out/main/index.js')],
      env: {
        ...process.env,
        KASSA_DATA_DIR: dataDir,
        KASSA_DOWNLOADS_DIR: downloadsDir,
        ...providerEnv(providers),
        ...(storeConfigFile ? { KASSA_STORE_CONFIG: storeConfigFile } : {}),
      },
    });
  let app: ElectronApplication = await start();
  const pageOf = async (kind: WindowKind): Promise<Page> => {
    for (const page of app.windows()) if (page.url().includes(`/${kind}/`)) return page;
    return app.firstWindow();
  };
  return {
    dataDir,
    host: () => null,
    async window(kind = 'till') {
      const page = await pageOf(kind);
      await page.setViewportSize(counterViewport);
      return page;
    },
    async restart() {
      await app.close();
      app = await start();
    },
    screenshot: (page, name) => takeScreenshot(page, name),
    async download(_page, start) {
      const before = new Set(readdirSync(downloadsDir));
      await start();
      const deadline = Date.now() + 10_000;
      for (;;) {
        const fileName = readdirSync(downloadsDir).find((f) => !before.has(f) && !f.endsWith('.crdownload'));
        if (fileName) return { fileName, text: readFileSync(join(downloadsDir, fileName), 'utf8') };
        if (Date.now() > deadline) throw new Error('The app saved no file in its downloads folder');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => app.close(),
  };
}

/**
 * The README's pictures are written only when asked for (KASSA_SCREENSHOTS=1), so an ordinary test run leaves
 * the work tree as it found it.
 */
async function takeScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.KASSA_SCREENSHOTS !== '1') return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}
