import type { Migration } from './index.ts';

/**
 * Encrypted secrets (PREF-3) and Stripe profiles (STO-1). A secret row holds only ciphertext from the till's
 * secret box (Electron safeStorage, or the host's key file kept outside the data folder) and a hint such as
 * `sk_live_…abcd`; the plaintext never reaches the database, its WAL or its backups.
 */
export const secretsAndStripeProfiles: Migration = {
  version: 5,
  name: 'secrets and Stripe profiles',
  up(db) {
    db.exec(`
      CREATE TABLE secrets (
        name       TEXT PRIMARY KEY, -- e.g. stripe_profile:<id>, mercadopago:access_token
        ciphertext BLOB NOT NULL,
        hint       TEXT NOT NULL,
        box        TEXT NOT NULL, -- which secret box wrote it, so a wrong key is reported as such
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE stripe_profiles (
        id                  TEXT PRIMARY KEY,
        name                TEXT NOT NULL,
        account_id          TEXT,
        publishable_key     TEXT,
        secret_name         TEXT REFERENCES secrets(name),
        settlement_currency TEXT NOT NULL,
        production          INTEGER NOT NULL,
        live                INTEGER NOT NULL DEFAULT 0,
        active              INTEGER NOT NULL DEFAULT 0,
        verified_at         INTEGER,
        created_at          INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
