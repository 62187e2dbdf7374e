import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './kassa-app.ts';
import { layoutProblems } from './layout.ts';

/** The screens counters have: a small 4:3 touch screen, the common laptop, a full-HD monitor. */
export const counterScreens = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * A window at each counter screen size: nothing overlaps, is cut off or out of reach (the layout check), and a
 * picture `<name>-<width>.png` for the docs when KASSA_SCREENSHOTS=1. Ends at 1366×768 again.
 */
export async function atEveryScreenSize(app: KassaApp, page: Page, name: string): Promise<void> {
  for (const size of counterScreens) {
    await page.setViewportSize(size);
    expect(await layoutProblems(page), `${name} at ${size.width}×${size.height}`).toEqual([]);
    await app.screenshot(page, `${name}-${size.width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}
