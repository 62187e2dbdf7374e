import type { Db } from '../db/connection.ts';
import { secretHint, type SecretBox } from './secret-box.ts';

interface SecretRow {
  ciphertext: Buffer;
  hint: string;
}

/**
 * Named secrets, encrypted by the till's secret box before they are written. Only main reads the plaintext,
 * to talk to a provider; windows, logs, exports and the audit log get the hint.
 */
export function createSecretStore(db: Db, box: SecretBox, now: () => number) {
  const read = db.prepare<[string], SecretRow>('SELECT ciphertext, hint FROM secrets WHERE name = ?');
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
      return row ? box.decrypt(row.ciphertext) : null;
    },
    hint: (name: string): string | null => read.get(name)?.hint ?? null,
    /** When the secret was last written (null: none), so callers can cache what they built from it. */
    version: (name: string): number | null => version.get(name) ?? null,
    remove: (name: string): void => void remove.run(name),
  };
}

export type SecretStore = ReturnType<typeof createSecretStore>;
