import type { Migration } from './index.ts';

/*
 * Counter hardware (issue 11):
 *  - a card refund given from History prints a refund receipt: its print job names the refund (one job per
 *    refund at most, so a refund is never queued twice);
 *  - a serial printer's line speed in baud (NULL for network and system printers: they have none).
 */
export const cardRefundReceiptsAndSerialSpeed: Migration = {
  version: 31,
  name: 'card refund receipts and serial printer speed',
  up(db) {
    db.exec(`
      ALTER TABLE print_jobs ADD COLUMN refund_id TEXT;
      CREATE UNIQUE INDEX print_jobs_card_refund ON print_jobs(refund_id) WHERE refund_id IS NOT NULL;
      ALTER TABLE printers ADD COLUMN baud INTEGER CHECK (baud IS NULL OR baud BETWEEN 300 AND 921600);
    `);
  },
};
