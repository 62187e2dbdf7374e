/**
 * Signing in at the till and opening the preferences, as staff do it: tap a name, type a PIN; tap
 * Preferences, type the owner's PIN. The demo shop's owner is "Demo Owner" with the published PIN 1234.
 */
import type { Page } from 'playwright-core';
import type { KassaApp } from './kassa-app.ts';

export const demoOwner = { name: 'Demo Owner', pin: '1234' };

export const signInForm = (page: Page) => page.getByRole('form', { name: 'Sign in' });
export const currentStaff = (page: Page) => page.getByTestId('current-staff');

/** In the sign-in panel (the login screen or the Switch dialog): tap the name, type the PIN, sign in. */
export async function signInAs(page: Page, name: string, pin: string): Promise<void> {
  const form = signInForm(page);
  await form.getByRole('radio', { name: new RegExp(`^${escapeRegExp(name)} \\(`) }).click();
  await form.locator('#signin-pin').fill(pin);
  await form.getByRole('button', { name: /Sign in/ }).click();
}

/** Waits for the till, and signs the demo owner in when it asks who is there. */
export async function signInAsDemoOwner(page: Page): Promise<void> {
  await page.locator('.tile, form[aria-label="Sign in"]').first().waitFor();
  if ((await page.locator('.tile').count()) > 0) return;
  await signInAs(page, demoOwner.name, demoOwner.pin);
  await page.locator('.tile').first().waitFor();
}

/** Hands the till over to someone else (fast switching) through the header's Switch. */
export async function switchTo(page: Page, name: string, pin: string): Promise<void> {
  await currentStaff(page).click();
  await signInAs(page, name, pin);
}

/** Taps Preferences and types a PIN; the dialog stays open (with its message) when the PIN is refused. */
export async function askForPreferences(page: Page, pin: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Open the preferences' });
  if (!(await dialog.isVisible()))
    await page.getByRole('button', { name: 'Preferences', exact: true }).click();
  // `fill`, not typing: a PIN typed at scanner speed would be taken for a barcode.
  await dialog.locator('#preferences-pin').fill(pin);
  await dialog.getByRole('button', { name: 'Open preferences' }).click();
}

/**
 * Opens the preferences with an owner's PIN and returns their window. The headless host answers an address
 * that the till opens in a new tab; the Electron app opens the window itself.
 */
export async function openPreferences(app: KassaApp, till: Page, pin = demoOwner.pin): Promise<Page> {
  if (app.host() === null) {
    await askForPreferences(till, pin);
    const prefs = await app.window('preferences');
    await prefs.getByRole('navigation', { name: 'Sections' }).waitFor();
    return prefs;
  }
  const [prefs] = await Promise.all([till.context().waitForEvent('page'), askForPreferences(till, pin)]);
  await prefs.setViewportSize(await viewportOf(till));
  await prefs.getByRole('navigation', { name: 'Sections' }).waitFor({ timeout: 15_000 });
  return prefs;
}

async function viewportOf(page: Page) {
  return page.viewportSize() ?? { width: 1366, height: 768 };
}

/** Goes to a section of the preferences by its name in the list on the left. */
export async function section(prefs: Page, name: string): Promise<void> {
  await prefs
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name, exact: true })
    .click();
  await prefs.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
