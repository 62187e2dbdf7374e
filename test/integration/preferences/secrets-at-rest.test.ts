import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStripeSimulator, type StripeSimulator } from '../../../src/sim/stripe/index.ts';
import { createLogger } from '../../../src/main/core/logger.ts';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { createFileSecretBox } from '../../../src/main/core/secrets/secret-box.ts';
import { databaseFileName } from '../../../src/main/core/kassa-core.ts';
import { tempDir } from '../../support/core.ts';
import { preferencesTill } from './preferences-till.ts';

let sim: StripeSimulator;
beforeAll(async () => {
  sim = await startStripeSimulator({ accounts: [{ id: 'acct_1KassaShop' }, { id: 'acct_1KassaBar' }] });
});
afterAll(async () => {
  await sim.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file (and the log) that contains one of the secrets in plain text. */
function leaks(dir: string, logLines: readonly string[], secrets: readonly string[]) {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const s of secrets)
      if (bytes.includes(Buffer.from(s, 'utf8'))) found.push(`${file}: ${s.slice(0, 12)}…`);
  }
  const log = logLines.join('\n');
  for (const s of secrets) if (log.includes(s)) found.push(`log: ${s.slice(0, 12)}…`);
  return found;
}

describe('secrets at rest (PREF-3)', () => {
  it('never writes a configured secret in plain text: not to the database, its WAL, its backups, nor the log', async () => {
    const logLines: string[] = [];
    const dataDir = tempDir();
    const kassa = preferencesTill({
      dataDir,
      stripeApiUrl: sim.url,
      log: createLogger((line) => logLines.push(line)),
    });
    const secretKey = sim.accounts[0]!.keys.secretKey;
    const restrictedKey = sim.accounts[1]!.keys.restrictedKey;
    const accessToken = 'APP_USR-4815162342-030125-9f8e7d6c5b4a39281706f5e4d3c2b1a0-123456789';
    const webhookSecret = 'whsec-7f3a9c1e5b2d8f4a6c0e9b7d5f3a1c8e';
    const all = [secretKey, restrictedKey, accessToken, webhookSecret];

    await kassa.openPreferences();
    await kassa.prefs('stripeProfiles.save', {
      name: 'Shop',
      secretKey,
      settlementCurrency: 'EUR',
      production: false,
    });
    await kassa.prefs('stripeProfiles.save', {
      name: 'Bar',
      secretKey: restrictedKey,
      settlementCurrency: 'EUR',
      production: false,
    });
    // Saved twice, so the old ciphertext is replaced in place, and a refused save with a secret in the wrong field.
    await kassa.prefs('mercadoPagoSettings.save', { accessToken, webhookSecret, country: 'BR' });
    await kassa.prefs('mercadoPagoSettings.save', { accessToken, country: 'BR' });
    await kassa.prefsFail('stripeProfiles.save', {
      name: 'Oops',
      secretKey,
      publishableKey: restrictedKey,
      settlementCurrency: 'EUR',
      production: false,
    });
    expect(kassa.core.db.prepare('SELECT count(*) FROM secrets').pluck().get()).toBe(4);

    // What the windows see, and what leaves the till in an export: hints only.
    const today = new Date().toISOString().slice(0, 10);
    const seen = JSON.stringify([
      await kassa.prefs('stripeProfiles.list', {}),
      await kassa.prefs('mercadoPagoSettings.get', {}),
      await kassa.prefs('exports.payments', { from: today, to: today }),
      await kassa.prefs('audit.list', { limit: 200 }),
    ]);
    for (const s of all) expect(seen).not.toContain(s);
    expect(seen).toContain(`sk_test_…${secretKey.slice(-4)}`);
    expect(seen).toContain('APP_USR-…6789');

    expect(leaks(dataDir, logLines, all)).toEqual([]); // with the WAL still holding the latest pages
    expect(filesUnder(dataDir).some((f) => f.endsWith('-wal'))).toBe(true);
    expect(logLines.some((l) => l.includes('"secrets.box"'))).toBe(true);

    // The keys still work for main: decrypted only there.
    expect(kassa.core.preferences.mercadoPago.saved()?.accessToken).toBe(accessToken);
    await kassa.close();

    // An upgrade writes a backup copy of the database: it holds only ciphertext too.
    const extra = { version: migrations.at(-1)!.version + 1, name: 'a later Kassa', up: () => undefined };
    const { db, backupFile } = openDatabase(join(dataDir, databaseFileName), {
      log: createLogger((line) => logLines.push(line)),
      migrations: [...migrations, extra],
    });
    db.close();
    expect(backupFile).not.toBeNull();
    expect(leaks(dataDir, logLines, all)).toEqual([]);
    expect(filesUnder(dataDir)).not.toContain(kassa.keyFile);
  });

  it('keeps the key file out of the data folder, and says so when the key file does not match', () => {
    const dataDir = tempDir();
    expect(() => createFileSecretBox(join(dataDir, 'keys', 'secret.key'), dataDir)).toThrow(
      /inside the data folder/,
    );

    const keyFile = join(tempDir('kassa-key-'), 'secret.key');
    const box = createFileSecretBox(keyFile, dataDir);
    const sealed = box.encrypt('sk_live_51SecretThatMustNotLeak');
    expect(box.decrypt(sealed)).toBe('sk_live_51SecretThatMustNotLeak');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(box.description).toContain(keyFile);

    writeFileSync(keyFile, Buffer.alloc(32, 7).toString('base64'));
    expect(() => createFileSecretBox(keyFile, dataDir).decrypt(sealed)).toThrow(/key file was replaced/);
  });
});
