/**
 * What a cashier does at the till, for the end-to-end tests: scan, type, read the cart, pay. Everything goes
 * through the page (keys, taps, text on screen); `kassa` reaches window.kassa for checks the screen cannot make.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { demoProducts, type DemoProduct } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { ChannelName } from '../../../src/shared/ipc/contract.ts';
import type { Result } from '../../../src/shared/errors.ts';
import { signInAsDemoOwner } from './staff.ts';

export function demoProduct(name: string): DemoProduct {
  const product = demoProducts.find((p) => p.name === name);
  if (!product) throw new Error(`The demo catalog has no "${name}"`);
  return product;
}

/** The gap between a scanner's keys: USB scanners send a key every few milliseconds. */
const scannerKeyGapMs = 5;

/**
 * A keyboard-wedge scan: the code's keys and Enter, 5 ms apart, wherever the focus is.
 *
 * The events carry their own timestamps and are sent without waiting for each other, as a real scanner's
 * keys arrive with the operating system's timestamps. (`page.keyboard.type(code, { delay: 5 })` waits for a
 * DevTools round trip per key; on a busy machine those stretch past 100 ms, slower than anybody types, and a
 * scanner would never do that.)
 *
 * `stall`: the window's main thread is busy for `ms` (a long render, a garbage collection) after the first
 * `afterKeys` keys, while the scanner goes on: the other keys keep the timestamps they were sent at and reach
 * the page only when it is free again, after its timers that came due meanwhile.
 */
export async function scan(
  page: Page,
  code: string,
  stall?: { afterKeys: number; ms: number },
): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const keys = [...code, 'Enter'];
  const events = keys.map((key, index) => {
    const at = start + (index * scannerKeyGapMs) / 1000;
    const enter = key === 'Enter';
    const identity = enter
      ? { key, code: 'Enter', windowsVirtualKeyCode: 13 }
      : {
          key,
          code: /\d/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`,
          windowsVirtualKeyCode: key.toUpperCase().charCodeAt(0),
        };
    return [
      { type: 'keyDown' as const, ...identity, text: enter ? '\r' : key, timestamp: at },
      { type: 'keyUp' as const, ...identity, timestamp: at + 0.002 },
    ];
  });
  const send = (from: number, to: number) =>
    Promise.all(
      events.slice(from, to).flatMap((pair) => pair.map((e) => session.send('Input.dispatchKeyEvent', e))),
    );
  if (!stall) await send(0, keys.length);
  else {
    await send(0, stall.afterKeys);
    await page.evaluate((ms) => {
      const end = performance.now() + ms;
      while (performance.now() < end); // the window does nothing else meanwhile
    }, stall.ms);
    await send(stall.afterKeys, keys.length);
  }
  await session.detach();
}

/** A person typing: 120 ms between keys. */
export async function typeLikeAPerson(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 120 });
}

/** Calls window.kassa in the page, as the till itself would. */
export async function kassa<T>(page: Page, channel: ChannelName, request: unknown): Promise<Result<T>> {
  return page.evaluate(
    ([name, payload]) => {
      const [ns, method] = name.split('.') as [string, string];
      const bridge = (
        globalThis as unknown as { kassa: Record<string, Record<string, (r: unknown) => unknown>> }
      ).kassa;
      return bridge[ns]![method]!(payload) as Promise<Result<T>>;
    },
    [channel, request] as const,
  );
}

/** Every order the till has recorded (newest first), read through the IPC contract. */
export async function recordedOrders(page: Page) {
  const result = await kassa<{
    orders: { id: string; number: number | null; status: string; total: number; methods: string[] }[];
  }>(page, 'orders.search', { limit: 200 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.orders;
}

export const cartLines = (page: Page) => page.getByTestId('cart-line');

export async function cartLineTexts(page: Page): Promise<string[]> {
  return (await cartLines(page).locator('.line__name').allTextContents()).map((s) => s.trim());
}

/** The amounts as the till shows them in the demo shop (en-DE, EUR): "€6.37". */
export const euro = (cents: number) => `€${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Waits until the till can sell: signs the demo owner in first when nobody is signed in. */
export async function waitForTill(page: Page): Promise<void> {
  await signInAsDemoOwner(page);
}

export async function expectTotals(page: Page, totals: { total: number; taxes: Record<number, number> }) {
  await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(euro(totals.total));
  for (const [rate, tax] of Object.entries(totals.taxes)) {
    await expect.poll(() => page.getByTestId(`tax-${rate}`).locator('dd').textContent()).toBe(euro(tax));
  }
}

/** Taps a product button in the grid by its name. */
export async function tapProduct(page: Page, name: string): Promise<void> {
  await page
    .locator('.tile', { has: page.locator('.tile__name', { hasText: new RegExp(`^${escape(name)}$`) }) })
    .click();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pays the €3.89 order on the payment screen in cash (a €5 note) and checks it was recorded paid, once. */
export async function payLoafInCash(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Cash' }).click();
  await page.locator('#pay-received').fill('5.00');
  await page.getByTestId('take-payment').click();
  await expect.poll(() => page.locator('.done').count(), { timeout: 10_000 }).toBe(1);
  const [order] = await recordedOrders(page);
  expect(order).toMatchObject({ status: 'paid', total: 389 });
}
