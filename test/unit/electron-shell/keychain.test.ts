import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog, safeStorage } from './fake-electron.ts';
import { launch, type Launched } from './launch.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const token = 'APP_USR-1234567890123456-abcdef';
let keep: string;
let launched: Launched | null = null;
beforeEach(() => {
  // One till across several runs: the data folder and the user-data folder (wrapped key) outlive a run.
  keep = mkdtempSync(join(tmpdir(), 'kassa-keychain-'));
});
afterEach(async () => {
  await launched?.close();
  launched = null;
  rmSync(keep, { recursive: true, force: true });
});

async function run(keychain: { backend?: string; keyring?: string } = {}) {
  await launched?.close();
  launched = await launch({
    userDataDir: join(keep, 'user-data'),
    keychain,
    env: { KASSA_DATA_DIR: join(keep, 'data'), KASSA_SECRET_KEY_FILE: join(keep, 'host-key', 'secret.key') },
  });
  expect(dialog.errorBoxes).toEqual([]);
  expect(launched.running).not.toBeNull();
  return launched.running!.core;
}

const openAlerts = (core: Awaited<ReturnType<typeof run>>) =>
  core.services.alerts.open().map((a) => ({ kind: a.kind, message: a.message }));

describe('secrets in the keychain across runs (PREF-3)', () => {
  it('uses only the asynchronous safeStorage calls, and keeps a secret readable from one run to the next', async () => {
    const calls = vi.spyOn(safeStorage, 'encryptString');
    const decrypts = vi.spyOn(safeStorage, 'decryptString');
    let core = await run();
    core.preferences.secrets.set('mercadopago:access_token', token);
    core = await run();
    expect(core.preferences.secrets.get('mercadopago:access_token')).toBe(token);
    expect(core.secretBoxDescription).toMatch(/^Electron safeStorage \(gnome_libsecret\), key [0-9a-f]{12}/);
    expect(calls).not.toHaveBeenCalled();
    expect(decrypts).not.toHaveBeenCalled();
  });

  it('reads what the synchronous call wrote before, and moves it to the new key', async () => {
    await run();
    await launched!.close();
    launched = null;
    // A secret as Kassa wrote it with safeStorage.encryptString before Electron 45.
    const db = new Database(join(keep, 'data', 'kassa.sqlite3'));
    db.prepare(
      `INSERT INTO secrets (name, ciphertext, hint, box, updated_at) VALUES (?, ?, 'APP_USR-…cdef', ?, 1)`,
    ).run(
      'mercadopago:access_token',
      safeStorage.encryptString(token),
      'Electron safeStorage (gnome_libsecret)',
    );
    db.close();

    const core = await run();
    expect(core.preferences.secrets.get('mercadopago:access_token')).toBe(token);
    expect(openAlerts(core)).toEqual([]);
    const db2 = new Database(join(keep, 'data', 'kassa.sqlite3'), { readonly: true });
    expect(db2.prepare('SELECT box FROM secrets').pluck().get()).toBe(core.secretBoxDescription);
    db2.close();
  });

  it('when the keyring disappears, starts anyway, says there is no keyring and which secret to enter again', async () => {
    let core = await run();
    core.preferences.secrets.set('mercadopago:access_token', token);
    core.preferences.secrets.set('stripe_profile:lisboa', 'sk_live_abcdefghijklmnopqrstuvwxyz');

    core = await run({ backend: 'basic_text' });
    const alerts = openAlerts(core);
    // One alert per secret to enter again, each naming it.
    expect(alerts.map((a) => a.kind).sort()).toEqual([
      'secrets_no_keyring',
      'secrets_unreadable',
      'secrets_unreadable',
    ]);
    expect(alerts.find((a) => a.kind === 'secrets_no_keyring')!.message).toMatch(
      /no keyring .*basic_text.*anyone who can sign in/,
    );
    expect(
      alerts
        .filter((a) => a.kind === 'secrets_unreadable')
        .map((a) => a.message)
        .sort(),
    ).toEqual([
      'Kassa can no longer read the Mercado Pago access token: this computer’s keyring changed. Enter it again in Preferences, under Stripe profiles or Mercado Pago.',
      'Kassa can no longer read the Stripe secret key of profile “lisboa”: this computer’s keyring changed. Enter it again in Preferences, under Stripe profiles or Mercado Pago.',
    ]);
    expect(() => core.preferences.secrets.get('mercadopago:access_token')).toThrow(
      /Enter it again in preferences/,
    );
    // What the owner enters now is kept (in the key file) and readable at once.
    core.preferences.secrets.set('mercadopago:access_token', token);
    expect(core.preferences.secrets.get('mercadopago:access_token')).toBe(token);
  });

  it('when the keyring is replaced, asks for the secrets again; when it comes back, they read again', async () => {
    let core = await run({ keyring: 'keyring-1' });
    core.preferences.secrets.set('stripe_profile:lisboa', 'sk_live_abcdefghijklmnopqrstuvwxyz');

    core = await run({ keyring: 'keyring-2' });
    expect(openAlerts(core).map((a) => a.kind)).toEqual(['secrets_unreadable']);

    core = await run({ keyring: 'keyring-1' });
    expect(core.preferences.secrets.get('stripe_profile:lisboa')).toBe('sk_live_abcdefghijklmnopqrstuvwxyz');
  });

  it('when a keyring appears, what was entered without one moves into it', async () => {
    let core = await run({ backend: 'basic_text' });
    core.preferences.secrets.set('mercadopago:access_token', token);
    expect(core.secretBoxDescription).toMatch(/^encrypted key file/);

    core = await run({ backend: 'gnome_libsecret' });
    expect(core.secretBoxDescription).toMatch(/^Electron safeStorage \(gnome_libsecret\)/);
    expect(core.preferences.secrets.get('mercadopago:access_token')).toBe(token);
    expect(openAlerts(core).filter((a) => a.kind === 'secrets_unreadable')).toEqual([]);
  });
});
