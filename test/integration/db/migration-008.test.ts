import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { createOrderRepo } from '../../../src/main/core/orders/order-repo.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 8 (account codes on payment lines)', () => {
  it("gives every recorded payment its method's current codes, or the defaults of the journal it was booked in", () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const v7 = openDatabase(file, { log: silentLogger, migrations: migrations.slice(0, 7) }).db;
    v7.exec(`INSERT INTO tills (id, name) VALUES ('till-1', 'Till 1');
      INSERT INTO payment_methods (id, name, journal, position) VALUES ('cash', 'Cash', 'cash', 0);
      INSERT INTO payment_methods (id, name, journal, position) VALUES ('card', 'Card', 'bank', 1);
      INSERT INTO payment_methods (id, name, journal, outstanding_account, position)
        VALUES ('voucher', 'Voucher', 'bank', '1370', 2);
      INSERT INTO payment_methods (id, name, journal, outstanding_account, intermediary_account, position)
        VALUES ('invoice', 'On account', 'bank', '', '1590', 3);
      INSERT INTO orders (id, till_id, number, status, currency, prices_include_tax, subtotal, discount_total, tax_total, total, paid, created_at, paid_at)
        VALUES ('o1', 'till-1', 1, 'paid', 'EUR', 1, 400, 0, 26, 400, 400, 1, 1);
      INSERT INTO payment_lines (id, order_id, method_id, method_name, journal, amount, status, created_at) VALUES
        ('l-cash', 'o1', 'cash', 'Cash', 'cash', 100, 'paid', 1),
        ('l-card', 'o1', 'card', 'Card', 'bank', 100, 'paid', 1),
        ('l-voucher', 'o1', 'voucher', 'Voucher', 'bank', 100, 'paid', 1),
        ('l-invoice', 'o1', 'invoice', 'On account', 'bank', 100, 'paid', 1);`);
    v7.close();

    const v8 = openDatabase(file, { log: silentLogger, migrations: migrations.slice(0, 8) });
    expect(v8.backupFile).not.toBeNull();
    expect(v8.db.pragma('user_version', { simple: true })).toBe(8);
    v8.db.close();
    // Read through today's order repository, which expects the later columns too (none touch payment lines).
    const { db } = openDatabase(file, { log: silentLogger });
    const accounts = Object.fromEntries(
      createOrderRepo(db)
        .get('o1')!
        .payments.map((p) => [p.id, p.accounts]),
    );
    expect(accounts).toEqual({
      'l-cash': {
        outstanding: { code: '1000', isDefault: true },
        intermediary: { code: '1361', isDefault: true },
      },
      'l-card': {
        outstanding: { code: '1360', isDefault: true },
        intermediary: { code: '1361', isDefault: true },
      },
      'l-voucher': {
        outstanding: { code: '1370', isDefault: false },
        intermediary: { code: '1361', isDefault: true },
      },
      // An empty code is no code: the default applies, as on the payment screen.
      'l-invoice': {
        outstanding: { code: '1360', isDefault: true },
        intermediary: { code: '1590', isDefault: false },
      },
    });
    db.close();
  });
});
