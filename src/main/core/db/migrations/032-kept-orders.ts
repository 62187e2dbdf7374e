import type { Migration } from './index.ts';

/**
 * Orders kept open for later (issue 13.3): a tab or an order for later pickup. The order itself stays in `orders`
 * (open until it is paid or voided); this row says it was kept on purpose, for whom it was kept, and who approved
 * keeping it when the owner's guarantee policy was not met. Written by the kept-order store
 * (src/main/core/orders/kept-store.ts) for the order service, and nobody else.
 */
export const keptOrders: Migration = {
  version: 32,
  name: 'kept-orders',
  up(db) {
    db.exec(`
      CREATE TABLE kept_orders (
        order_id        TEXT PRIMARY KEY REFERENCES orders(id),
        kind            TEXT NOT NULL CHECK (kind IN ('tab', 'pickup')),
        kept_at         INTEGER NOT NULL,
        kept_by         TEXT,    -- the member signed in at the till, by name then
        approved_by     TEXT,    -- the manager whose PIN kept it although the guarantee policy was not met
        lines_added_at  INTEGER  -- the last time lines were added to it
      ) STRICT;
      CREATE INDEX kept_orders_kept_at ON kept_orders(kept_at);
    `);
  },
};
