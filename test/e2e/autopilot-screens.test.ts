/**
 * Preferences → Autopilot (issue 13.5): the owner switches on a rule and saves it; the section reads at every counter
 * screen size, in English and in Bulgarian (a long language).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { KassaApp } from './support/kassa-app.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { atEveryScreenSize } from './support/screen-sizes.ts';
import { layoutProblems } from './support/layout.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ app, till, prefs } = opened), 'Autopilot');

describe('Preferences → Autopilot', () => {
  it('the owner switches on capturing holds before they expire; the section reads at every size and in Bulgarian', async () => {
    await prefs.getByLabel('Capture or release card holds before they expire').check();
    await prefs.locator('#autopilot-hoursBefore').fill('12');
    await prefs.getByRole('button', { name: 'Save' }).click();
    await prefs.locator('.save-bar__saved').waitFor();
    await expect.poll(() => prefs.getByText('Nothing will run in the next 24 hours.').count()).toBe(1);
    await atEveryScreenSize(app, prefs, 'preferences-autopilot');

    await till.getByTestId('language-button').click();
    await till.getByRole('menuitemradio', { name: 'Български' }).click();
    await expect.poll(() => till.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('bg');
    await expect.poll(() => prefs.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('bg');
    await prefs.getByRole('heading', { level: 1, name: 'Автопилот' }).waitFor();
    await prefs.setViewportSize({ width: 1024, height: 768 });
    expect(await layoutProblems(prefs)).toEqual([]);
    await app.screenshot(prefs, 'preferences-autopilot-bg-1024');
  });
});
