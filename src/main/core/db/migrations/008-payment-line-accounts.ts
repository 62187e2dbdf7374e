import type { Migration } from './index.ts';

/**
 * Each payment line keeps the account codes it was posted to (PREF-2), and whether each one was the default
 * because its method left it empty, so the bookkeeping export and the order history show where a payment was
 * booked even after the owner changes the method's codes.
 *
 * SQLite adds columns only as nullable (or with a constant default), so the guarantee that every line has its
 * codes comes from here and from the order repository, which writes them with every new line. Lines already
 * recorded take their method's codes as they stand now, or the defaults for the journal the line was booked
 * in. The defaults are spelled out rather than imported: a migration must keep doing what it did when it
 * first ran.
 */
export const paymentLineAccounts: Migration = {
  version: 8,
  name: 'account codes on payment lines',
  up(db) {
    db.exec(`
      ALTER TABLE payment_lines ADD COLUMN outstanding_account TEXT;
      ALTER TABLE payment_lines ADD COLUMN outstanding_default INTEGER;
      ALTER TABLE payment_lines ADD COLUMN intermediary_account TEXT;
      ALTER TABLE payment_lines ADD COLUMN intermediary_default INTEGER;

      UPDATE payment_lines SET
        outstanding_account = coalesce(
          (SELECT nullif(m.outstanding_account, '') FROM payment_methods m WHERE m.id = payment_lines.method_id),
          CASE payment_lines.journal WHEN 'cash' THEN '1000' ELSE '1360' END),
        outstanding_default = coalesce(
          (SELECT nullif(m.outstanding_account, '') IS NULL FROM payment_methods m WHERE m.id = payment_lines.method_id),
          1),
        intermediary_account = coalesce(
          (SELECT nullif(m.intermediary_account, '') FROM payment_methods m WHERE m.id = payment_lines.method_id),
          '1361'),
        intermediary_default = coalesce(
          (SELECT nullif(m.intermediary_account, '') IS NULL FROM payment_methods m WHERE m.id = payment_lines.method_id),
          1);
    `);
  },
};
