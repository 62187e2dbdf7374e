import type { Migration } from './index.ts';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE store_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL -- JSON
      ) STRICT;

      -- Each till numbers its own orders: 1, 2, 3… with no gaps (a number is taken only when an order is paid).
      CREATE TABLE tills (
        id                TEXT PRIMARY KEY,
        name              TEXT NOT NULL,
        last_order_number INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE tax_rates (
        id      TEXT PRIMARY KEY,
        name    TEXT NOT NULL,
        rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000) -- hundredths of a percent
      ) STRICT;

      CREATE TABLE categories (
        id       TEXT PRIMARY KEY,
        name     TEXT NOT NULL,
        color    TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE products (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        category_id TEXT REFERENCES categories(id),
        price       INTEGER NOT NULL CHECK (price >= 0),
        tax_rate_id TEXT NOT NULL REFERENCES tax_rates(id),
        active      INTEGER NOT NULL DEFAULT 1,
        position    INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX products_category ON products(category_id, position);

      CREATE TABLE product_barcodes (
        barcode    TEXT PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX product_barcodes_product ON product_barcodes(product_id);

      -- Word-prefix search for search-as-you-type; kept in step with products by triggers.
      CREATE VIRTUAL TABLE product_search USING fts5(
        name, content='products', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4'
      );
      CREATE TRIGGER products_ai AFTER INSERT ON products BEGIN
        INSERT INTO product_search(rowid, name) VALUES (new.id, new.name);
      END;
      CREATE TRIGGER products_ad AFTER DELETE ON products BEGIN
        INSERT INTO product_search(product_search, rowid, name) VALUES ('delete', old.id, old.name);
      END;
      CREATE TRIGGER products_au AFTER UPDATE OF name ON products BEGIN
        INSERT INTO product_search(product_search, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO product_search(rowid, name) VALUES (new.id, new.name);
      END;

      CREATE TABLE payment_methods (
        id                   TEXT PRIMARY KEY,
        name                 TEXT NOT NULL,
        journal              TEXT NOT NULL CHECK (journal IN ('cash', 'bank')),
        terminal             TEXT NOT NULL DEFAULT 'none' CHECK (terminal IN ('none', 'stripe', 'mercadopago')),
        terminal_ref         TEXT UNIQUE, -- reader or terminal serial: one method per device
        profile_id           TEXT,
        identify_customer    INTEGER NOT NULL DEFAULT 0,
        outstanding_account  TEXT,
        intermediary_account TEXT,
        active               INTEGER NOT NULL DEFAULT 1,
        position             INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE orders (
        id                 TEXT PRIMARY KEY, -- UUID chosen by the till, so a retried checkout is idempotent
        till_id            TEXT NOT NULL REFERENCES tills(id),
        number             INTEGER,
        status             TEXT NOT NULL CHECK (status IN ('open', 'paid', 'voided')),
        currency           TEXT NOT NULL,
        prices_include_tax INTEGER NOT NULL,
        discount_kind      TEXT,
        discount_value     INTEGER,
        subtotal           INTEGER NOT NULL,
        discount_total     INTEGER NOT NULL,
        tax_total          INTEGER NOT NULL,
        total              INTEGER NOT NULL,
        cash_rounding      INTEGER NOT NULL DEFAULT 0,
        paid               INTEGER NOT NULL DEFAULT 0,
        change             INTEGER NOT NULL DEFAULT 0,
        created_at         INTEGER NOT NULL,
        paid_at            INTEGER,
        void_reason        TEXT,
        UNIQUE (till_id, number)
      ) STRICT;
      CREATE INDEX orders_activity ON orders(coalesce(paid_at, created_at));
      CREATE INDEX orders_total ON orders(total);

      CREATE TABLE order_lines (
        order_id       TEXT NOT NULL REFERENCES orders(id),
        position       INTEGER NOT NULL,
        product_id     INTEGER REFERENCES products(id),
        name           TEXT NOT NULL,
        quantity       INTEGER NOT NULL CHECK (quantity > 0),
        unit_price     INTEGER NOT NULL,
        tax_rate_bp    INTEGER NOT NULL,
        discount_kind  TEXT,
        discount_value INTEGER,
        gross          INTEGER NOT NULL,
        discount_total INTEGER NOT NULL,
        tax            INTEGER NOT NULL,
        total          INTEGER NOT NULL,
        PRIMARY KEY (order_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE payment_lines (
        id          TEXT PRIMARY KEY,
        order_id    TEXT NOT NULL REFERENCES orders(id),
        method_id   TEXT NOT NULL REFERENCES payment_methods(id),
        method_name TEXT NOT NULL,
        journal     TEXT NOT NULL,
        amount      INTEGER NOT NULL,
        tendered    INTEGER,
        change      INTEGER NOT NULL DEFAULT 0,
        status      TEXT NOT NULL CHECK (status IN ('pending', 'paid', 'failed', 'voided')),
        card_brand  TEXT,
        card_last4  TEXT,
        reconcile   INTEGER NOT NULL DEFAULT 0,
        created_at  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX payment_lines_order ON payment_lines(order_id);
      CREATE INDEX payment_lines_last4 ON payment_lines(card_last4) WHERE card_last4 IS NOT NULL;

      -- Every provider call is written here, with its idempotency key, before it is sent (REL-1).
      CREATE TABLE payment_journal (
        id              TEXT PRIMARY KEY,
        payment_line_id TEXT REFERENCES payment_lines(id),
        order_id        TEXT NOT NULL REFERENCES orders(id),
        provider        TEXT NOT NULL,
        terminal_ref    TEXT,
        kind            TEXT NOT NULL,
        state           TEXT NOT NULL,
        amount          INTEGER NOT NULL,
        currency        TEXT NOT NULL,
        provider_ref    TEXT,
        failure_code    TEXT,
        failure_message TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX payment_journal_open ON payment_journal(state) WHERE state NOT IN ('succeeded', 'declined', 'canceled', 'failed');

      CREATE TABLE audit_log (
        id      INTEGER PRIMARY KEY,
        at      INTEGER NOT NULL,
        actor   TEXT,
        action  TEXT NOT NULL,
        subject TEXT,
        details TEXT -- JSON, secrets masked
      ) STRICT;

      CREATE TABLE alerts (
        id              INTEGER PRIMARY KEY,
        at              INTEGER NOT NULL,
        severity        TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
        kind            TEXT NOT NULL,
        message         TEXT NOT NULL,
        details         TEXT,
        acknowledged_at INTEGER
      ) STRICT;
    `);
  },
};
