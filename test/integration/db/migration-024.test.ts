import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { alertWords } from '../../../src/main/core/db/migrations/024-alert-words.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { createAlerts } from '../../../src/main/core/system/alerts.ts';
import { formatMoney } from '../../../src/shared/money/money.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 24 (the words of an alert as a catalog key, and a failed refund’s code)', () => {
  it('keeps an alert raised before it readable as it was written, and stores the words of a new one', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < alertWords.version);
    const old = openDatabase(file, { log: silentLogger, migrations: before }).db;
    old.exec(`INSERT INTO alerts (at, severity, kind, message)
      VALUES (1, 'critical', 'database_integrity', 'The database failed its integrity check.');`);
    old.close();

    const upTo24 = migrations.filter((m) => m.version <= alertWords.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo24 });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(alertWords.version);
    const alerts = createAlerts(
      db,
      () => 2,
      () => 'de-DE',
      () => undefined,
    );
    const raised = alerts.raise('warning', 'force_done_not_received', {
      key: 'alert.forcedNotReceived',
      params: { amount: { amount: 123_456, currency: 'EUR' }, provider: 'Stripe' },
    });
    expect(alerts.open()).toEqual([
      raised,
      {
        id: 1,
        at: 1,
        severity: 'critical',
        kind: 'database_integrity',
        message: 'The database failed its integrity check.',
        acknowledged: false,
      },
    ]);
    const amount = formatMoney(123_456, 'EUR', 'de-DE'); // 1.234,56 €
    // The amount is said once, in the store's locale; the English message is kept for the log.
    expect(raised).toMatchObject({
      messageKey: 'alert.forcedNotReceived',
      params: { amount: amount, provider: 'Stripe' },
      message: `A card payment of ${amount} that was forced as paid was NOT received by Stripe. Collect it another way.`,
    });
    expect(() =>
      db.exec(
        `INSERT INTO alerts (at, severity, kind, message, message_params) VALUES (3, 'info', 'x', 'x', '{}')`,
      ),
    ).toThrow(/CHECK/);
    expect(
      db.prepare(`SELECT name FROM pragma_table_info('refunds') WHERE name = 'failure_code'`).pluck().get(),
    ).toBe('failure_code');
    db.close();
  });
});
