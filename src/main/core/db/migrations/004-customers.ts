import type { Migration } from './index.ts';

/** Customers, and the customer on an order (TILL-5): "identify customer" methods need one. */
export const customers: Migration = {
  version: 4,
  name: 'customers on orders',
  up(db) {
    db.exec(`
      CREATE TABLE customers (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        email      TEXT,
        phone      TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX customers_name ON customers(name COLLATE NOCASE);

      ALTER TABLE orders ADD COLUMN customer_id TEXT REFERENCES customers(id);
      CREATE INDEX orders_customer ON orders(customer_id) WHERE customer_id IS NOT NULL;
    `);
  },
};
