import { randomUUID } from 'node:crypto';
import type { Migration } from './index.ts';
import { pinHash, pinMatches } from '../../staff/pin.ts';

/** The PIN the demo shop shipped with; a store still using it is told to change it. */
const demoPin = '1234';

/**
 * Staff members with roles and a PIN each (TILL-9, SEC-2), replacing the single store-wide manager PIN. A store
 * that had one gets an owner holding that PIN, so every override that worked before still works.
 */
export const staff: Migration = {
  version: 3,
  name: 'staff members',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id           TEXT PRIMARY KEY,
        name         TEXT NOT NULL,
        role         TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'owner')),
        pin_hash     TEXT, -- JSON {salt, hash, n} (scrypt); NULL until the owner gives the member a PIN
        pin_is_demo  INTEGER NOT NULL DEFAULT 0, -- the documented demo PIN: the till shows a banner
        active       INTEGER NOT NULL DEFAULT 1,
        wrong_pins   INTEGER NOT NULL DEFAULT 0, -- wrong PINs in a row; kept across restarts (SEC-2)
        locked_until INTEGER,
        created_at   INTEGER NOT NULL
      ) STRICT;
    `);
    const row = db
      .prepare<[], { value: string }>(`SELECT value FROM store_settings WHERE key = 'managerPin'`)
      .get();
    if (!row) return;
    const parsed = pinHash.safeParse(JSON.parse(row.value));
    if (parsed.success) {
      const isDemo = pinMatches(demoPin, parsed.data);
      db.prepare(
        `INSERT INTO staff (id, name, role, pin_hash, pin_is_demo, created_at) VALUES (?, ?, 'owner', ?, ?, ?)`,
      ).run(randomUUID(), isDemo ? 'Demo Owner' : 'Owner', row.value, isDemo ? 1 : 0, Date.now());
    }
    db.prepare(`DELETE FROM store_settings WHERE key = 'managerPin'`).run();
  },
};
