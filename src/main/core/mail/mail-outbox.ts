import { randomUUID } from 'node:crypto';
import type { OutboxEntry } from '../../../shared/ipc/mail.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { EventBus } from '../events.ts';
import type { Logger } from '../logger.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import { failpoint } from '../system/failpoints.ts';
import type { MailOutboxStore, OutgoingMail } from './mail-outbox-store.ts';
import type { SmtpSettingsService } from './smtp-settings.ts';
import { refusedCertificate, smtpErrorText, type SmtpSender } from './smtp-sender.ts';

export interface MailOutboxOptions {
  store: MailOutboxStore;
  tx: UnitOfWork;
  events: EventBus;
  smtp: SmtpSettingsService;
  sender: SmtpSender;
  log: Logger;
  now: () => number;
  /** First wait after a failed try; it doubles each time up to `maxDelayMs`. */
  retryBaseMs?: number;
  maxDelayMs?: number;
  /** After this many tries the mail is marked failed (it stays in the outbox, and can be sent again). */
  maxAttempts?: number;
}

/** A mail's domain part, for the Message-ID: the sender's, so the id is the shop's own. */
const domainOf = (address: string) => address.split('@')[1] ?? 'kassa.invalid';

/**
 * The mail outbox: a receipt to e-mail is written to SQLite first and the till goes on at once; one worker
 * sends what is due, one mail at a time, and tries again with a growing delay while the server is down or
 * refuses, so nothing is lost and nothing waits on the till.
 *
 * The honest guarantee. SMTP has no idempotency key: when the connection breaks after the server accepted
 * the message but before Kassa recorded it, Kassa cannot know whether it arrived. So a mail is `sending` in the
 * database before the conversation starts; a mail found in that state at the next start is marked `unsure`
 * and never sent again by itself; the cashier can send it again (same Message-ID, which most mail programs
 * use to drop a duplicate). A mail that the server refused or that never connected is retried automatically:
 * that cannot deliver twice, because the server did not accept it. So: delivered at most once without a
 * person's decision, and never silently lost.
 */
export function createMailOutbox(options: MailOutboxOptions) {
  const { store, tx, events, smtp, sender, log, now } = options;
  const baseMs = options.retryBaseMs ?? 15_000;
  const maxDelayMs = options.maxDelayMs ?? 15 * 60_000;
  const maxAttempts = options.maxAttempts ?? 20;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let closed = false;

  const announce = (entry: OutboxEntry | null) => {
    if (entry) events.emit('mail.changed', { id: entry.id, orderId: entry.orderId, status: entry.status });
  };
  const change = (id: string, write: () => void) => {
    tx.run(() => {
      write();
      announce(store.entry(id));
    });
  };

  // A stop or crash in the middle of a conversation: the mail may have arrived. A person decides (see above).
  const interrupted = tx.run(() => {
    const ids = store.markInterrupted('Kassa stopped while this e-mail was being sent: it may have arrived.');
    for (const id of ids) announce(store.entry(id));
    return ids;
  });
  if (interrupted.length > 0) log.warn('mail.interrupted', { ids: interrupted });

  function schedule(): void {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = null;
    const next = store.nextDueAt();
    if (next === null) return;
    timer = setTimeout(() => void kick(), Math.max(0, next - now()));
    timer.unref?.();
  }

  /** Sends what is due now (one worker at a time), then waits for the next due mail. */
  function kick(): Promise<void> {
    if (closed) return Promise.resolve();
    running ??= drain().finally(() => {
      running = null;
      schedule();
    });
    return running;
  }

  async function drain(): Promise<void> {
    for (;;) {
      if (closed) return;
      const due = store.due(now());
      if (!due) return;
      const settings = smtp.current();
      if (!settings) {
        // Nothing to send with yet: the mails wait until the owner sets up the server, then go out.
        change(due.entry.id, () => {
          if (store.markSending(due.entry.id))
            store.markWaiting(
              due.entry.id,
              now() + maxDelayMs,
              'No mail server is set up in the preferences yet.',
            );
        });
        continue;
      }
      let claimed = false;
      change(due.entry.id, () => (claimed = store.markSending(due.entry.id)));
      if (!claimed) continue;
      failpoint('mail.after_mark_sending');
      try {
        await sender.send(settings, due.mail);
      } catch (error) {
        const reason = smtpErrorText(error);
        const attempts = due.entry.attempts + 1;
        log.warn('mail.send_failed', { id: due.entry.id, attempts, reason });
        change(due.entry.id, () => {
          if (attempts >= maxAttempts) store.markFailed(due.entry.id, reason);
          else
            store.markWaiting(
              due.entry.id,
              now() + Math.min(maxDelayMs, baseMs * 2 ** (attempts - 1)),
              reason,
            );
        });
        continue;
      }
      failpoint('mail.after_send');
      change(due.entry.id, () => store.markSent(due.entry.id, now()));
      log.info('mail.sent', { id: due.entry.id });
    }
  }

  schedule();

  return {
    /** Writes the mail to the outbox (sent by the worker right after); answers at once. */
    enqueue(orderId: string | null, mail: Omit<OutgoingMail, 'messageId'>): OutboxEntry {
      const id = randomUUID();
      const from = smtp.current()?.from ?? 'kassa@kassa.invalid';
      const entry = tx.run(() => {
        store.add(id, orderId, { ...mail, messageId: `<${id}@${domainOf(from)}>` }, now());
        const added = store.entry(id)!;
        announce(added);
        return added;
      });
      void kick();
      return entry;
    },
    forOrder: (orderId: string) => store.forOrder(orderId),
    /** A failed or interrupted mail, sent again on the cashier's word. */
    retry(id: string): OutboxEntry {
      let again = false;
      change(id, () => (again = store.sendAgain(id, now())));
      if (!again) throw translatedError('invalid_request', 'mail.error.notRetryable');
      void kick();
      return store.entry(id)!;
    },
    /** Sends now if something is due (tests wait on it; the timer calls it otherwise). */
    kick,
    /** The server's settings changed: every waiting mail is tried again now rather than after its delay. */
    settingsChanged(): void {
      tx.run(() => store.wakeAll(now()));
      void kick();
    },
    /** Sends one message at once, bypassing the outbox: the preferences' test e-mail. */
    async sendTest(mail: Omit<OutgoingMail, 'messageId'>): Promise<void> {
      const settings = smtp.current();
      if (!settings) throw translatedError('invalid_request', 'mail.error.notConfigured');
      try {
        await sender.send(settings, { ...mail, messageId: `<${randomUUID()}@${domainOf(settings.from)}>` });
      } catch (error) {
        const certificate = refusedCertificate(error);
        if (certificate)
          throw translatedError('provider_unreachable', 'mail.error.certificate', {
            host: settings.host,
            code: certificate,
          });
        throw translatedError('provider_unreachable', 'mail.error.testFailed', {
          reason: smtpErrorText(error),
        });
      }
    },
    async close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type MailOutbox = ReturnType<typeof createMailOutbox>;
