import { randomUUID } from 'node:crypto';
import type { Migration } from './index.ts';

/**
 * Every install used to call its till `till-1`, and wrote that into each card payment's provider metadata, so a
 * second till on the same Stripe account took the first till's payments for its own strays (issue 15.8). Each
 * till now has a UUID id chosen when its database is created; its name ("Till 1", or what the store file or the
 * owner set) stays as it was.
 *
 * The id is the primary key the orders point at, so the orders move with it in the same transaction; foreign
 * keys are checked at commit (defer_foreign_keys) rather than between the two updates.
 */
export const tillIdentity: Migration = {
  version: 9,
  name: 'a UUID for each till',
  up(db) {
    db.pragma('defer_foreign_keys = ON');
    const tills = db.prepare<[], { id: string }>('SELECT id FROM tills').all();
    const moveTill = db.prepare('UPDATE tills SET id = ? WHERE id = ?');
    const moveOrders = db.prepare('UPDATE orders SET till_id = ? WHERE till_id = ?');
    for (const { id } of tills) {
      const fresh = randomUUID();
      moveTill.run(fresh, id);
      moveOrders.run(fresh, id);
    }
  },
};
