import type { Migration } from './index.ts';

/**
 * An alert's words as a catalog key and the values of its placeholders (issue 10), so each window says it in
 * its own display language. `message` stays, in English, for the log and for alerts raised before this version,
 * which have no key and are shown as they were written. A refund that failed keeps the provider's failure code
 * beside its English message, for the same reason.
 */
export const alertWords: Migration = {
  version: 24,
  name: 'the words of an alert as a catalog key, and a failed refund’s code',
  up(db) {
    db.exec(`
      ALTER TABLE alerts ADD COLUMN message_key TEXT;
      ALTER TABLE alerts ADD COLUMN message_params TEXT
        CHECK (message_params IS NULL OR (message_key IS NOT NULL AND json_valid(message_params)));
      ALTER TABLE refunds ADD COLUMN failure_code TEXT;
    `);
  },
};
