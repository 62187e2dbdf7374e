import type { Migration } from './index.ts';

/**
 * Indexes that let recovery's full pass at start read only what can disagree, not every payment line the shop
 * ever took (on a year of 300,000 payment lines the old pass held the till's start for seconds):
 *
 * - `payment_lines_unsettled`: lines still waiting or refused (pending, failed), the only ones a succeeded
 *   attempt or an ended attempt can disagree with.
 * - `payment_attempts_not_succeeded`: attempts that did not succeed; a paid line disagrees with one of these.
 *   The two are compared index against index (a declined card's failed line and its attempt agree, and are
 *   not read from the tables at all).
 * - `payment_lines_paid_unflagged`: paid lines not yet flagged for reconciliation, with their method, read in
 *   slices of ids (covering: no table read) to find a card line paid with no attempt at all.
 */
export const repairAtStartIndexes: Migration = {
  version: 23,
  name: 'indexes for the repairs at start',
  up(db) {
    db.exec(`
      CREATE INDEX payment_lines_unsettled ON payment_lines(status, id) WHERE status IN ('pending', 'failed');
      CREATE INDEX payment_attempts_not_succeeded ON payment_attempts(payment_line_id) WHERE state != 'succeeded';
      CREATE INDEX payment_lines_paid_unflagged ON payment_lines(id, method_id) WHERE status = 'paid' AND reconcile = 0;
    `);
  },
};
