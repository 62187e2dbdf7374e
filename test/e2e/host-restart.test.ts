/**
 * A till tab open in a browser while the headless host restarts (issue 15.15). With a new token the tab says what
 * happened and where to open the till again; with the same token (a host away for a moment) it reconnects alone.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { silentLogger } from '../../src/main/core/logger.ts';
import { startHost, type Host } from '../../src/main/host/host-server.ts';
import { counterViewport } from './support/kassa-app.ts';
import { waitForTill } from './support/till.ts';

let browser: Browser | null = null;
let host: Host | null = null;

afterEach(async () => {
  await browser?.close();
  await host?.close();
  browser = null;
  host = null;
});

async function openTill(token?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-e2e-restart-'));
  const start = (port: number, withToken?: string) =>
    startHost({
      dataDir,
      log: silentLogger,
      rendererDir: resolve('out/renderer'),
      providers: { stripe: { mode: 'off' } },
      port,
      ...(withToken ? { token: withToken } : {}),
    });
  host = await start(0, token);
  const port = Number(new URL(host.url).port);
  browser = await chromium.launch({
    executablePath: process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await (await browser.newContext({ viewport: counterViewport })).newPage();
  await page.goto(host.windowUrl('till'));
  await waitForTill(page);
  const restart = async (withToken?: string) => {
    await host?.close();
    host = await start(port, withToken);
  };
  const stop = async () => {
    await host?.close();
    host = null;
  };
  return { page, restart, stop, start: async (withToken?: string) => (host = await start(port, withToken)) };
}

describe('the till tab after the host restarts', () => {
  it('with a new token it says the till must be opened again from the new address', async () => {
    const { page, restart } = await openTill();
    await restart();
    // The broken event stream makes the tab ask once; a cashier's next action would do the same.
    await page.keyboard.press('F8');
    await expect
      .poll(() => page.getByTestId('host-restarted').textContent(), { timeout: 15_000 })
      .toContain('Open the till again from the address the host printed');
    expect(await page.getByText('Kassa is not answering').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
  });

  it('with the same token it comes back by itself', async () => {
    const token = 'a-fixed-token-for-this-test-0123456789';
    const { page, stop, start } = await openTill(token);
    await stop();
    await page.keyboard.press('F8');
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 15_000 })
      .toContain('Kassa is not answering');
    await start(token);
    // The tab still holds a token the host accepts: the next look is answered, nothing to open again.
    await page.keyboard.press('F8');
    await page.keyboard.press('F8');
    await expect.poll(() => page.locator('.history').count()).toBe(1);
    await expect.poll(() => page.getByText('Kassa is not answering').count()).toBe(0);
    expect(await page.getByTestId('host-restarted').count()).toBe(0);
  });

  it('a till that could not reach Kassa at start finds it by itself once it answers', async () => {
    const { page } = await openTill();
    // Kassa does not answer while the till starts…
    await page.route('**/ipc/store.info', (route) => route.abort());
    await page.reload();
    await expect
      .poll(() => page.getByRole('alert').first().textContent(), { timeout: 15_000 })
      .toContain('Kassa is not answering');
    // …and then does: nobody presses Try again.
    await page.unroute('**/ipc/store.info');
    await waitForTill(page);
  });
});
