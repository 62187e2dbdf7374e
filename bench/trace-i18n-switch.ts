/**
 * A Chromium performance trace of a till's first display-language switch (issue 10's slow sample):
 * node bench/trace-i18n-switch.ts <language,language,…> <out-prefix> [rendererDir]
 * Writes the trace (open it in chrome://tracing or DevTools' Performance panel) and prints where the main
 * thread's time went between the tap and the painted frame, by trace event.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type CDPSession } from 'playwright-core';
import { build } from 'vite';
import { rendererConfig } from '../vite.renderer.config.ts';
import { startHost } from '../src/main/host/host-server.ts';
import { silentLogger } from '../src/main/core/logger.ts';
import { isLanguage, languageNames, type Language } from '../src/shared/i18n/languages.ts';
import { benchDir } from './suites/bench-dir.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: Record<string, unknown>;
}

const [list = 'zh-CN,bg', out = '/tmp/i18n-switch-trace', given] = process.argv.slice(2);
const sequence = list.split(',');
for (const l of sequence) if (!isLanguage(l)) throw new Error(`Not a language: ${l}`);

let rendererDir = given;
if (!rendererDir) {
  rendererDir = benchDir('renderer');
  await build({
    ...rendererConfig,
    configFile: false,
    logLevel: 'silent',
    build: { ...rendererConfig.build, outDir: rendererDir, emptyOutDir: true },
  });
}
const host = await startHost({
  dataDir: benchDir('trace'),
  log: silentLogger,
  rendererDir,
  providers: { stripe: { mode: 'demo' } },
});
const browser = await chromium.launch({
  executablePath: process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});

async function trace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(host.windowUrl('till'));
  await page.locator('.tile, form[aria-label="Sign in"]').first().waitFor();
  if ((await page.locator('.tile').count()) === 0) {
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByRole('radio', { name: /^Demo Owner \(/ }).click();
    await form.locator('#signin-pin').fill('1234');
    await form.getByRole('button', { name: /Sign in/ }).click();
  }
  await page.locator('.tile').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  for (const language of sequence as Language[]) {
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'blink',
          'blink.user_timing',
          'v8',
          'v8.execute',
          'disabled-by-default-v8.compile',
          'disabled-by-default-v8.cpu_profiler',
          'fonts',
          'loading',
          'toplevel',
        ],
      },
    });
    await page.getByTestId('language-button').click();
    const option = page.getByRole('menuitemradio', { name: languageNames[language] });
    await option.waitFor();
    // A cashier reads the menu before tapping (KASSA_TRACE_PAUSE_MS, default none: the benchmark's tap).
    await page.waitForTimeout(Number(process.env.KASSA_TRACE_PAUSE_MS ?? 0));
    const marks = await option.evaluate(
      (button, name) =>
        new Promise<[number, number]>((done) => {
          const began = performance.now();
          performance.mark('switch-start');
          const painted = () =>
            document
              .querySelector('[data-testid="language-button"]')
              ?.getAttribute('aria-label')
              ?.includes(name) ?? false;
          const afterPaint = new MessageChannel();
          afterPaint.port1.onmessage = () => {
            performance.mark('switch-end');
            done([began, performance.now()]);
          };
          const frame = () => (painted() ? afterPaint.port2.postMessage(null) : requestAnimationFrame(frame));
          (button as HTMLElement).click();
          requestAnimationFrame(frame);
        }),
      languageNames[language],
    );
    const events = await trace(cdp);
    writeFileSync(`${out}-${language}.json`, JSON.stringify({ traceEvents: events }));
    console.log(
      `switch to ${language}: ${(marks[1] - marks[0]).toFixed(1)} ms; trace in ${out}-${language}.json`,
    );

    // Where the renderer's main thread spent the switch: complete events between the two marks, by name, self time
    // approximated by each event's duration minus its children's on the same thread.
    const start = events.find((e) => e.name === 'switch-start');
    const end = events.find((e) => e.name === 'switch-end');
    if (start && end) {
      const main = events.filter(
        (e) =>
          e.pid === start.pid &&
          e.tid === start.tid &&
          e.ph === 'X' &&
          e.ts >= start.ts - 1000 &&
          e.ts <= end.ts,
      );
      main.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
      const self = new Map<string, number>();
      const stack: TraceEvent[] = [];
      const selfOf = new Map<TraceEvent, number>();
      for (const e of main) {
        const top = () => stack.at(-1);
        while (stack.length > 0 && (top()?.ts ?? 0) + (top()?.dur ?? 0) <= e.ts) stack.pop();
        const parent = top();
        if (parent) selfOf.set(parent, (selfOf.get(parent) ?? parent.dur ?? 0) - (e.dur ?? 0));
        selfOf.set(e, selfOf.get(e) ?? e.dur ?? 0);
        stack.push(e);
      }
      for (const [e, s] of selfOf) self.set(e.name, (self.get(e.name) ?? 0) + s);
      const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
      for (const [name, us] of rows) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`);
      const top = main.filter((e) => (e.dur ?? 0) > 5000);
      for (const e of top)
        console.log(
          `  @${((e.ts - start.ts) / 1000).toFixed(1)} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${JSON.stringify(e.args ?? {}).slice(0, 160)}`,
        );
    }
  }
} finally {
  await browser.close();
  await host.close();
}
