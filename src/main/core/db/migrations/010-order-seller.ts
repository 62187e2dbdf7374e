import type { Migration } from './index.ts';

/**
 * Every order records who sold it (issue 15.9): the staff member signed in at the till when it was saved, and
 * their name as it was then, so a receipt or an export still names them after they were renamed. Orders from
 * before this migration have no seller (null); every new one has one, which the order service guarantees.
 */
export const orderSeller: Migration = {
  version: 10,
  name: 'who sold each order',
  up(db) {
    db.exec(`
      ALTER TABLE orders ADD COLUMN sold_by TEXT REFERENCES staff(id);
      ALTER TABLE orders ADD COLUMN sold_by_name TEXT;
    `);
  },
};
