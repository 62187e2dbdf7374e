import type { Db } from '../db/connection.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import { secretHint, type SecretBox } from './secret-box.ts';

interface SecretRow {
  name: string;
  ciphertext: Buffer;
  hint: string;
  box: string;
}

/**
 * Reads a secret written by an earlier box (given its stored description), or answers null when this
 * till can no longer read it; may be asynchronous (Electron's keychain calls are).
 */
export type EarlierBoxReader = (box: string, ciphertext: Buffer) => Promise<string | null> | string | null;

/**
 * What a person calls each stored secret, to say which one to enter again: as values for a sentence's `{name}`
 * (a catalog key said in the reader's language, with the Stripe profile's name), see i18n/errors.ts.
 */
export function secretWords(name: string): Record<string, string> {
  if (name === 'mercadopago:access_token') return { nameKey: 'secret.mpAccessToken' };
  if (name === 'mercadopago:webhook_secret') return { nameKey: 'secret.mpWebhookSecret' };
  if (name.startsWith('stripe_profile:'))
    return { nameKey: 'secret.stripeKey', profile: name.slice('stripe_profile:'.length) };
  return { name };
}

/**
 * Named secrets, encrypted by the till's secret box before they are written. Only main reads the plaintext,
 * to talk to a provider; windows, logs, exports and the audit log get the hint.
 */
export function createSecretStore(db: Db, box: SecretBox, now: () => number) {
  const read = db.prepare<[string], SecretRow>(
    'SELECT name, ciphertext, hint, box FROM secrets WHERE name = ?',
  );
  const written = db.prepare<[string], SecretRow>(
    'SELECT name, ciphertext, hint, box FROM secrets WHERE box <> ? ORDER BY name',
  );
  const rewrite = db.prepare<[Buffer, string, string, Buffer]>(
    'UPDATE secrets SET ciphertext = ?, box = ? WHERE name = ? AND ciphertext = ?',
  );
  const write = db.prepare<[string, Buffer, string, string, number]>(
    `INSERT INTO secrets (name, ciphertext, hint, box, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET ciphertext = excluded.ciphertext, hint = excluded.hint,
       box = excluded.box, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM secrets WHERE name = ?');
  const version = db.prepare<[string], number>('SELECT updated_at FROM secrets WHERE name = ?').pluck();
  return {
    box,
    /** Stores the secret and returns its hint. */
    set(name: string, plain: string): string {
      const hint = secretHint(plain);
      write.run(name, box.encrypt(plain), hint, box.description, now());
      return hint;
    },
    get(name: string): string | null {
      const row = read.get(name);
      if (!row) return null;
      // Read the box it was stored with first: another box's ciphertext is not ours to try to decrypt.
      if (row.box !== box.description)
        throw translatedError('internal', 'err.secrets.wrongBox', { ...secretWords(name), box: row.box });
      return box.decrypt(row.ciphertext);
    },
    /**
     * Re-encrypts, with the current box, every secret an earlier box wrote (the keyring appeared, or the
     * app moved from Electron's synchronous keychain calls to the asynchronous ones). Each secret is
     * rewritten on its own, and only if nobody replaced it meanwhile. Answers the names it could not read:
     * the owner must enter those again.
     */
    async rewrap(readEarlier: EarlierBoxReader): Promise<{ rewrapped: string[]; unreadable: string[] }> {
      const rewrapped: string[] = [];
      const unreadable: string[] = [];
      for (const row of written.all(box.description)) {
        const plain = await Promise.resolve()
          .then(() => readEarlier(row.box, row.ciphertext))
          .catch(() => null);
        if (plain === null) unreadable.push(row.name);
        else if (rewrite.run(box.encrypt(plain), box.description, row.name, row.ciphertext).changes === 1)
          rewrapped.push(row.name);
      }
      return { rewrapped, unreadable };
    },
    hint: (name: string): string | null => read.get(name)?.hint ?? null,
    /** When the secret was last written (null: none), so callers can cache what they built from it. */
    version: (name: string): number | null => version.get(name) ?? null,
    remove: (name: string): void => void remove.run(name),
  };
}

export type SecretStore = ReturnType<typeof createSecretStore>;
