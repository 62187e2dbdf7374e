import type { Migration } from './index.ts';

/**
 * The Z report's format version (issue 11): format 2 carries the store's tax names as they were at the close
 * ("VAT 7 %") inside the hashed report, and hashes its own format number with it, so a row cannot be passed off
 * as another format. Every Z written before this migration is format 1 and keeps verifying under format 1's
 * rules (src/main/core/shifts/z-chain.ts): nothing in an existing row changes. Adding a column fires no
 * trigger, so the rows stay as immutable as they were.
 */
export const zReportFormat: Migration = {
  version: 35,
  name: 'Z report format',
  up(db) {
    db.exec(`ALTER TABLE z_reports ADD COLUMN format INTEGER NOT NULL DEFAULT 1 CHECK (format > 0);`);
  },
};
