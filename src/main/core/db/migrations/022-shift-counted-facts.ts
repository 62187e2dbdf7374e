import type { Migration } from './index.ts';

/**
 * What a shift's sales added up to at its blind count (issue 12). From the count until the close no money moves
 * on the till, so the close reads the shift's orders, taxes and payments from this record plus whatever entered
 * the till after the count, instead of adding up every order of the shift again inside its write. Written once,
 * by the shift store, with the count; shifts counted before this version have none and are read in full.
 */
export const shiftCountedFacts: Migration = {
  version: 22,
  name: 'the facts of a shift at its blind count',
  up(db) {
    db.exec(
      `ALTER TABLE shifts ADD COLUMN counted_facts TEXT CHECK (counted_facts IS NULL OR json_valid(counted_facts))`,
    );
  },
};
