import type { Migration } from './index.ts';

/**
 * Indexes that let recovery's repairs run in every minute's sweep at almost no cost (REL-2, issue 9.3), and
 * that the journal and refunds already needed:
 *
 * - `payment_attempts(updated_at)`: the sweep looks only at attempts touched since its last pass (every
 *   transition writes updated_at), instead of joining every payment line the shop ever took. Payment lines
 *   created since then come from `payment_lines_created` (migration 11).
 * - `payment_attempts(payment_line_id)`: an attempt is found from its line (the repair's join, `forLine`,
 *   refunds); without it each lookup read the whole table.
 * - `refunds(payment_line_id)`: what was refunded on a line (every refund, and the repair's release check).
 */
export const paymentRepairIndexes: Migration = {
  version: 12,
  name: 'indexes for repairs in the sweep',
  up(db) {
    db.exec(`
      CREATE INDEX payment_attempts_updated ON payment_attempts(updated_at);
      CREATE INDEX payment_attempts_line ON payment_attempts(payment_line_id);
      CREATE INDEX refunds_line ON refunds(payment_line_id);
    `);
  },
};
