/**
 * Starts Kassa for an end-to-end test and hands out its windows as Playwright pages.
 *
 * By default the core runs in the headless host and the windows in Debian's Chromium. With
 * KASSA_E2E_TARGET=electron (on a machine where the Electron binary exists, after `npm run build`) the same
 * tests drive the real Electron app through Playwright's Electron support instead.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, _electron, type Browser, type ElectronApplication, type Page } from 'playwright-core';
import { startHost, type Host } from '../../../src/main/host/host-server.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import type { WindowKind } from '../../../src/shared/ipc/channel.ts';
import type { ProviderSettings } from '../../../src/main/core/payments/provider-settings.ts';
import { readRememberedLanguage } from '../../../src/main/core/system/display-language.ts';

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
  /**
   * Stops Kassa and starts it again on the same data directory; `whileClosed` runs in between (the world goes
   * on while Kassa is closed: a simulator kept outside Kassa settles a payment, say).
   */
  restart(whileClosed?: () => Promise<void>): Promise<void>;
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

/**
 * One Chromium for the test file, a new browser context (its own storage, cookies, cache and pages: nothing of
 * one test is seen by the next) for each launch of Kassa. Starting and stopping Chromium took a few seconds
 * of every test on the 2-core CI machine; a context takes milliseconds. Closed after the file's last test
 * (test/e2e/support/setup.ts), and started again if it went away.
 */
let sharedBrowser: Promise<Browser> | null = null;
function chromiumForThisFile(): Promise<Browser> {
  sharedBrowser ??= chromium
    .launch({ executablePath: process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs })
    .then((browser) => {
      browser.on('disconnected', () => {
        sharedBrowser = null;
      });
      return browser;
    });
  return sharedBrowser;
}

/** Closes the file's Chromium (after its last test). */
export async function closeChromium(): Promise<void> {
  const browser = sharedBrowser;
  sharedBrowser = null;
  if (browser) await (await browser).close();
}

/** The demo card method ("Card (Stripe, demo)") on an in-process simulator, as a newcomer's `npm start` has. */
const demoProviders: ProviderSettings = { stripe: { mode: 'demo' } };

export async function launchKassa(
  options: {
    dataDir?: string;
    providers?: ProviderSettings;
    /** A store configuration file that a new data directory is set up from, as in a per-store build. */
    storeConfigFile?: string;
    /** The core's clock (headless only): lets a test move to the next business day without waiting for it. */
    now?: () => number;
  } = {},
): Promise<KassaApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kassa-e2e-'));
  const providers = options.providers ?? demoProviders;
  if (process.env.KASSA_E2E_TARGET === 'electron') {
    if (options.now)
      throw new Error('The Electron app runs on the wall clock: a test clock needs the headless host');
    return launchElectron(dataDir, providers, options.storeConfigFile);
  }
  return launchHeadless(dataDir, providers, options.storeConfigFile, options.now);
}

async function launchHeadless(
  dataDir: string,
  providers: ProviderSettings,
  storeConfigFile: string | undefined,
  now: (() => number) | undefined,
): Promise<KassaApp> {
  const start = () =>
    startHost({
      dataDir,
      log: silentLogger,
      rendererDir: resolve('out/renderer'),
      providers,
      ...(storeConfigFile ? { storeConfigFile } : {}),
      ...(now ? { now } : {}),
    });
  // The page speaks the display language the till last remembered (as the app starts Chromium with --lang):
  // Chromium's own controls, such as date inputs, take it only when the browser starts. Without one, the file's
  // shared Chromium serves; each launch gets a fresh context, so no test shares state with another.
  const language = readRememberedLanguage(dataDir);
  const own =
    language === null
      ? null
      : chromium.launch({
          executablePath: process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium',
          args: [...chromiumArgs, `--lang=${language}`],
        });
  // The host and Chromium start side by side.
  const [first, browser] = await Promise.all([start(), own ?? chromiumForThisFile()]);
  let host = first;
  const context = await browser.newContext({
    viewport: counterViewport,
    ...(language === null ? {} : { locale: language }),
  });
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
    async restart(whileClosed) {
      await host.close();
      await whileClosed?.();
      host = await start();
      for (const [kind, page] of pages) await page.goto(host.windowUrl(kind));
    },
    screenshot: (page, name) => takeScreenshot(page, name),
    async download(page, start) {
      const [file] = await Promise.all([page.waitForEvent('download'), start()]);
      return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    async close() {
      await context.close();
      if (own) await browser.close();
      await host.close();
    },
  };
}

/** The app reads its providers from the environment, as IT would script it. */
function providerEnv(providers: ProviderSettings): Record<string, string> {
  const { stripe, mercadopago } = providers;
  const env: Record<string, string> = {};
  if (stripe.mode === 'off') env.KASSA_DEMO = 'off';
  if (stripe.mode === 'demo' && stripe.simulatorUrl) env.KASSA_DEMO_STRIPE_URL = stripe.simulatorUrl;
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

/**
 * How the Electron app is started for a test run: the app folder itself (so Electron reads package.json and
 * runs as "Kassa", not as "Electron"), with its own user-data folder (XDG_CONFIG_HOME: the device store,
 * the keychain's wrapped key, Chromium's profile) and its own key file, so no run touches the real home
 * folder or another run's files.
 */
export function electronLaunchOptions(run: {
  dataDir: string;
  runDir: string;
  downloadsDir: string;
  providers: ProviderSettings;
  storeConfigFile?: string | undefined;
}): { args: string[]; env: Record<string, string> } {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return {
    args: [resolve('.')],
    env: {
      ...inherited,
      XDG_CONFIG_HOME: join(run.runDir, 'config'),
      KASSA_SECRET_KEY_FILE: join(run.runDir, 'keys', 'secret.key'),
      KASSA_DATA_DIR: run.dataDir,
      KASSA_DOWNLOADS_DIR: run.downloadsDir,
      ...providerEnv(run.providers),
      ...(run.storeConfigFile ? { KASSA_STORE_CONFIG: run.storeConfigFile } : {}),
    },
  };
}

/** The part of Playwright's ElectronApplication the harness needs to find a window. */
export interface WindowSource {
  windows(): Page[];
  on(event: 'window', listener: (page: Page) => void): unknown;
  off(event: 'window', listener: (page: Page) => void): unknown;
}

const isWindowOf = (kind: WindowKind, url: string | URL) =>
  new URL(String(url)).pathname.startsWith(`/${kind}/`);

/**
 * The window of a kind, found by its URL: one already there, or the one that reaches that URL first (a
 * window that is still loading, or one not yet opened). Never another kind's window.
 */
export function windowByUrl(app: WindowSource, kind: WindowKind, timeoutMs = 15_000): Promise<Page> {
  const open = app.windows().find((page) => isWindowOf(kind, page.url()));
  if (open) return Promise.resolve(open);
  return new Promise((resolve, reject) => {
    const done = (finish: () => void) => {
      clearTimeout(timer);
      app.off('window', watch);
      finish();
    };
    const timer = setTimeout(
      () => done(() => reject(new Error(`No ${kind} window reached its page within ${timeoutMs} ms`))),
      timeoutMs,
    );
    function watch(page: Page): void {
      page
        .waitForURL((url) => isWindowOf(kind, url), { timeout: timeoutMs })
        .then(
          () => done(() => resolve(page)),
          () => undefined, // that window is another kind's, or was closed
        );
    }
    app.windows().forEach(watch);
    app.on('window', watch);
  });
}

async function launchElectron(
  dataDir: string,
  providers: ProviderSettings,
  storeConfigFile: string | undefined,
): Promise<KassaApp> {
  const runDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-electron-'));
  // The app saves its own files there without a save dialog, which Playwright could not answer.
  const downloadsDir = join(runDir, 'downloads');
  mkdirSync(downloadsDir);
  const start = () =>
    _electron.launch(electronLaunchOptions({ dataDir, runDir, downloadsDir, providers, storeConfigFile }));
  let app: ElectronApplication = await start();
  return {
    dataDir,
    host: () => null,
    async window(kind = 'till') {
      const page = await windowByUrl(app, kind);
      await page.setViewportSize(counterViewport);
      return page;
    },
    async restart(whileClosed) {
      await app.close();
      await whileClosed?.();
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
    async close() {
      await app.close();
      rmSync(runDir, { recursive: true, force: true });
    },
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
