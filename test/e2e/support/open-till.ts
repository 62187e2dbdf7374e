import { afterEach, beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { launchKassa, type KassaApp } from './kassa-app.ts';
import { openPreferences, section } from './staff.ts';
import { waitForTill } from './till.ts';

/**
 * Launches Kassa for each test, on its own new data folder, and hands over the app and its till window once
 * `ready` is done (by default: the till shows the catalog), then closes the app after the test. So each test
 * runs alone (`-t '<name>'`) and never depends on what an earlier test sold (issue 9.7): a launch costs a few
 * seconds, which buys tests that can be read, run and trusted one by one.
 */
export function openTillForEachTest(
  use: (opened: { app: KassaApp; till: Page }) => void,
  ready: (till: Page, app: KassaApp) => Promise<void> = waitForTill,
): void {
  let app: KassaApp | undefined;
  beforeEach(async () => {
    app = await launchKassa();
    const till = await app.window('till');
    use({ app, till });
    await ready(till, app);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
}

/** Like openTillForEachTest, with the owner's preferences window open as well (on `sectionName`, if given). */
export function openPreferencesForEachTest(
  use: (opened: { app: KassaApp; till: Page; prefs: Page }) => void,
  sectionName?: string,
): void {
  openTillForEachTest(
    () => {},
    async (till, app) => {
      await waitForTill(till);
      const prefs = await openPreferences(app, till);
      if (sectionName !== undefined) await section(prefs, sectionName);
      use({ app, till, prefs });
    },
  );
}
