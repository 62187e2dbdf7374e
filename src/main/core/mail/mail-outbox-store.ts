import type { Db } from '../db/connection.ts';
import type { MailStatus, OutboxEntry } from '../../../shared/ipc/mail.ts';

/** A file attached to a mail, kept in the outbox row until the mail is sent. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface OutgoingMail {
  to: string;
  messageId: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: MailAttachment[];
}

interface Row {
  id: string;
  order_id: string | null;
  to_address: string;
  message_id: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: string;
  status: MailStatus;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

const toEntry = (r: Row): OutboxEntry => ({
  id: r.id,
  orderId: r.order_id,
  to: r.to_address,
  subject: r.subject,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'waiting' ? r.next_attempt_at : null,
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

const toMail = (r: Row): OutgoingMail => ({
  to: r.to_address,
  messageId: r.message_id,
  subject: r.subject,
  text: r.text_body,
  html: r.html_body,
  attachments: (JSON.parse(r.attachments) as { filename: string; contentType: string; base64: string }[]).map(
    (a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.base64, 'base64') }),
  ),
});

/** The one writer of mail_outbox: every state a mail goes through is one UPDATE here. */
export function createMailOutboxStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO mail_outbox (id, order_id, kind, to_address, message_id, subject, text_body, html_body, attachments,
       status, attempts, next_attempt_at, created_at)
     VALUES (@id, @orderId, 'receipt', @to, @messageId, @subject, @text, @html, @attachments, 'waiting', 0, @at, @at)`,
  );
  const byId = db.prepare<[string], Row>('SELECT * FROM mail_outbox WHERE id = ?');
  const byOrder = db.prepare<[string], Row>(
    'SELECT * FROM mail_outbox WHERE order_id = ? ORDER BY created_at, id',
  );
  const due = db.prepare<[number], Row>(
    `SELECT * FROM mail_outbox WHERE status = 'waiting' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT 1`,
  );
  const nextDue = db
    .prepare<[], number | null>(`SELECT min(next_attempt_at) FROM mail_outbox WHERE status = 'waiting'`)
    .pluck();
  // Each transition names the state it leaves, so a row is never moved by two hands at once.
  const toSending = db.prepare<[string]>(
    `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1 WHERE id = ? AND status = 'waiting'`,
  );
  const toSent = db.prepare<[number, string]>(
    `UPDATE mail_outbox SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'sending'`,
  );
  const toWaiting = db.prepare<[number, string | null, string]>(
    `UPDATE mail_outbox SET status = 'waiting', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'`,
  );
  const toFailed = db.prepare<[string, string]>(
    `UPDATE mail_outbox SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'`,
  );
  const interrupted = db.prepare<[string], { id: string }>(
    `UPDATE mail_outbox SET status = 'unsure', last_error = ? WHERE status = 'sending' RETURNING id`,
  );
  const wake = db.prepare<[number]>(`UPDATE mail_outbox SET next_attempt_at = ? WHERE status = 'waiting'`);
  const again = db.prepare<[number, string]>(
    `UPDATE mail_outbox SET status = 'waiting', next_attempt_at = ?, last_error = NULL
     WHERE id = ? AND status IN ('failed', 'unsure')`,
  );

  const entry = (id: string): OutboxEntry | null => {
    const row = byId.get(id);
    return row ? toEntry(row) : null;
  };

  return {
    add(id: string, orderId: string | null, mail: OutgoingMail, at: number): void {
      insert.run({
        id,
        orderId,
        to: mail.to,
        messageId: mail.messageId,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: JSON.stringify(
          mail.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            base64: a.content.toString('base64'),
          })),
        ),
        at,
      });
    },
    entry,
    forOrder: (orderId: string): OutboxEntry[] => byOrder.all(orderId).map(toEntry),
    /** The next mail whose time has come, with its content. */
    due(now: number): { entry: OutboxEntry; mail: OutgoingMail } | null {
      const row = due.get(now);
      return row ? { entry: toEntry(row), mail: toMail(row) } : null;
    },
    nextDueAt: (): number | null => nextDue.get() ?? null,
    /** Claims a waiting mail for sending; false when it is no longer waiting. */
    markSending: (id: string): boolean => toSending.run(id).changes === 1,
    markSent: (id: string, at: number): void => void toSent.run(at, id),
    markWaiting: (id: string, nextAt: number, error: string): void => void toWaiting.run(nextAt, error, id),
    markFailed: (id: string, error: string): void => void toFailed.run(error, id),
    /** Mails caught in `sending` by a stop or crash: they may or may not have reached the server. */
    markInterrupted: (reason: string): string[] => interrupted.all(reason).map((r) => r.id),
    sendAgain: (id: string, at: number): boolean => again.run(at, id).changes === 1,
    /** Every waiting mail is due now (the owner just fixed the mail server's settings). */
    wakeAll: (at: number): void => void wake.run(at),
  };
}

export type MailOutboxStore = ReturnType<typeof createMailOutboxStore>;
