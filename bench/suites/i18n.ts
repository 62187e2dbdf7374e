/**
 * The display language (issue 10):
 * - renderer_bundle_kb_per_language: what one more language adds to the renderer bundle — the largest of the
 *   lazily loaded catalog chunks of a fresh production build, in kB (the English catalog is in the main chunk).
 * - i18n_switch_ms_p95: from the tap on a language in the till header's menu to the first frame the till paints
 *   in that language, in Debian's Chromium against the headless host; every switch to a language not yet used
 *   includes loading its catalog chunk, as a cashier's first switch does. The clock stops after that frame's
 *   style, layout and paint (a message posted from its animation-frame callback runs once they are done), not
 *   at the callback itself: a switch that renders inside the tap would otherwise leave its layout unmeasured.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { rendererConfig } from '../../vite.renderer.config.ts';
import { startHost } from '../../src/main/host/host-server.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { languageNames, languages } from '../../src/shared/i18n/languages.ts';
import { percentile, round } from '../stats.ts';
import { benchDir } from './bench-dir.ts';

/** What the measuring function uses of the page it runs in. */
interface Browser {
  performance: { now(): number };
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  requestAnimationFrame(callback: () => void): number;
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null };
    port2: { postMessage(message: null): void };
  };
}

async function buildRenderer(): Promise<string> {
  const outDir = benchDir('renderer');
  await build({
    ...rendererConfig,
    configFile: false,
    logLevel: 'silent',
    build: { ...rendererConfig.build, outDir, emptyOutDir: true },
  });
  return outDir;
}

/** The largest catalog chunk (assets/<language>-<hash>.js) of a build, in kB. */
function catalogChunkKb(outDir: string): number {
  const assets = join(outDir, 'assets');
  const sizes = languages
    .filter((l) => l !== 'en')
    .map((language) => {
      const file = readdirSync(assets).find((f) => f.startsWith(`${language}-`) && f.endsWith('.js'));
      if (!file) throw new Error(`No catalog chunk for ${language} in ${assets}`);
      return statSync(join(assets, file)).size;
    });
  return round(Math.max(...sizes) / 1000, 1);
}

export async function i18nSuite(rounds = 5): Promise<Record<string, number>> {
  const rendererDir = await buildRenderer();
  const host = await startHost({
    dataDir: benchDir('i18n'),
    log: silentLogger,
    rendererDir,
    providers: { stripe: { mode: 'demo' } },
  });
  const browser = await chromium.launch({
    executablePath: process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const samples: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(host.windowUrl('till'));
    // A new demo shop may already have its owner signed in; otherwise sign in as the demo owner.
    await page.locator('.tile, form[aria-label="Sign in"]').first().waitFor();
    if ((await page.locator('.tile').count()) === 0) {
      const form = page.getByRole('form', { name: 'Sign in' });
      await form.getByRole('radio', { name: /^Demo Owner \(/ }).click();
      await form.locator('#signin-pin').fill('1234');
      await form.getByRole('button', { name: /Sign in/ }).click();
    }
    await page.locator('.tile').first().waitFor();

    const order = [...languages.filter((l) => l !== 'en'), 'en'] as const;
    for (let r = 0; r < rounds; r++) {
      for (const language of order) {
        await page.getByTestId('language-button').click();
        const option = page.getByRole('menuitemradio', { name: languageNames[language] });
        await option.waitFor();
        // Measured in the page: the tap, then each frame until one shows the till in the new language (the
        // header's language button names it: React rendered the whole till in the same commit), until that frame
        // has been laid out and painted.
        const ms = await option.evaluate(
          (button, name) =>
            new Promise<number>((done) => {
              // The page's own globals; this file is type-checked for Node, without the DOM library.
              const view = globalThis as unknown as Browser;
              const began = view.performance.now();
              const painted = () =>
                view.document
                  .querySelector('[data-testid="language-button"]')
                  ?.getAttribute('aria-label')
                  ?.includes(name) ?? false;
              const afterPaint = new view.MessageChannel();
              afterPaint.port1.onmessage = () => done(view.performance.now() - began);
              const frame = () =>
                painted() ? afterPaint.port2.postMessage(null) : view.requestAnimationFrame(frame);
              (button as unknown as { click(): void }).click();
              view.requestAnimationFrame(frame);
            }),
          languageNames[language],
        );
        samples.push(ms);
      }
    }
  } finally {
    await browser.close();
    await host.close();
  }
  if (process.env.KASSA_BENCH_SAMPLES) console.error(samples.map((s) => Math.round(s)).join(' '));
  return {
    renderer_bundle_kb_per_language: catalogChunkKb(rendererDir),
    i18n_switch_ms_p95: round(percentile(samples, 95), 1),
  };
}
