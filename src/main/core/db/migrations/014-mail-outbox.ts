import type { Migration } from './index.ts';

/**
 * The mail outbox (issue 11.4): every e-mail Kassa sends (receipts) is written here first, with everything it
 * needs to be sent (the rendered body and the PDF), so a mail server that is down or refuses never costs a
 * receipt: the row waits and is sent when the server is back. `message_id` is chosen when the row is written,
 * so a message sent again after a crash carries the same Message-ID. `sending` is written before the SMTP
 * conversation starts: a row found in it at start was interrupted and is marked `unsure` for a person to decide.
 */
export const mailOutbox: Migration = {
  version: 14,
  name: 'mail outbox',
  up(db) {
    db.exec(`
      CREATE TABLE mail_outbox (
        id TEXT PRIMARY KEY,
        order_id TEXT REFERENCES orders(id),
        kind TEXT NOT NULL CHECK (kind IN ('receipt')),
        to_address TEXT NOT NULL,
        message_id TEXT NOT NULL UNIQUE,
        subject TEXT NOT NULL,
        text_body TEXT NOT NULL,
        html_body TEXT,
        attachments TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL CHECK (status IN ('waiting', 'sending', 'sent', 'failed', 'unsure')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT,
        created_at INTEGER NOT NULL,
        sent_at INTEGER
      );
      CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
      CREATE INDEX mail_outbox_order ON mail_outbox (order_id);
    `);
  },
};
