import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchKassa, type KassaApp } from './kassa-app.ts';
import { openPreferences, section } from './staff.ts';
import { waitForTill } from './till.ts';

/**
 * Launches Kassa once for the test file and hands over the app and its till window once `ready` is done
 * (by default: the till shows the catalog), then closes the app after the file's last test. One launch per
 * file keeps the suite fast; tests that need a clean till reset it themselves.
 */
export function openTillForTheFile(
  use: (opened: { app: KassaApp; till: Page }) => void,
  ready: (till: Page, app: KassaApp) => Promise<void> = waitForTill,
): void {
  let app: KassaApp | undefined;
  beforeAll(async () => {
    app = await launchKassa();
    const till = await app.window('till');
    use({ app, till });
    await ready(till, app);
  });
  afterAll(async () => {
    await app?.close();
  });
}

/** Like openTillForTheFile, with the owner's preferences window open as well (on `sectionName`, if given). */
export function openPreferencesForTheFile(
  use: (opened: { app: KassaApp; till: Page; prefs: Page }) => void,
  sectionName?: string,
): void {
  openTillForTheFile(
    () => {},
    async (till, app) => {
      await waitForTill(till);
      const prefs = await openPreferences(app, till);
      if (sectionName !== undefined) await section(prefs, sectionName);
      use({ app, till, prefs });
    },
  );
}
