import type { Db } from '../db/connection.ts';
import type { Alert } from '../../../shared/ipc/system.ts';
import type { ErrorParams } from '../../../shared/errors.ts';
import { say, translatedError } from '../../../shared/i18n/errors.ts';
import { english, type MessageKey } from '../../../shared/i18n/translate.ts';
import { formatMoney } from '../../../shared/money/money.ts';

interface AlertRow {
  id: number;
  at: number;
  severity: Alert['severity'];
  kind: string;
  message: string;
  message_key: string | null;
  message_params: string | null;
  acknowledged_at: number | null;
}

/**
 * A value in an alert's sentence: text or a count as it is, an amount (said in the store's money format) or a
 * day (a timestamp, said as the store's date). Amounts and days are formatted once, when the alert is raised.
 */
export type AlertValue = string | number | { amount: number; currency: string } | { day: number };

/** What an alert says: a catalog key and its values, translated by each window into its display language. */
export interface AlertWords {
  key: MessageKey;
  params?: Readonly<Record<string, AlertValue>>;
}

const toAlert = (row: AlertRow): Alert => ({
  id: row.id,
  at: row.at,
  severity: row.severity,
  kind: row.kind,
  // An alert raised before its words were keys (migration 24) has only its English message.
  message: row.message,
  ...(row.message_key === null ? {} : { messageKey: row.message_key }),
  ...(row.message_params === null ? {} : { params: JSON.parse(row.message_params) as ErrorParams }),
  acknowledged: row.acknowledged_at !== null,
});

/**
 * Things a person must look at: an unreadable database, a provider payment that matches no order.
 * Alerts are stored, so one raised while nobody watched is still there at the next start. Each is stored with
 * its words (key and values) and its English message, for the log.
 */
export function createAlerts(
  db: Db,
  now: () => number,
  /** The store's locale, for amounts and days in an alert's sentence. */
  locale: () => string,
  onRaised: (alert: Alert) => void,
) {
  const insert = db.prepare<[number, string, string, string, string, string | null, string | null], AlertRow>(
    `INSERT INTO alerts (at, severity, kind, message, message_key, message_params, details)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const list = db.prepare<[], AlertRow>(
    'SELECT * FROM alerts WHERE acknowledged_at IS NULL ORDER BY id DESC LIMIT 100',
  );
  const ack = db.prepare<[number, number], AlertRow>(
    'UPDATE alerts SET acknowledged_at = coalesce(acknowledged_at, ?) WHERE id = ? RETURNING *',
  );

  // An alert is raised inside the commit of what it is about: a value Kassa cannot format is said plainly.
  function formatted(value: Exclude<AlertValue, string | number>): string {
    try {
      return 'amount' in value
        ? formatMoney(value.amount, value.currency, locale())
        : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(value.day);
    } catch {
      return 'amount' in value
        ? `${value.amount} ${value.currency}`
        : new Date(value.day).toISOString().slice(0, 10);
    }
  }

  function valuesOf(words: AlertWords): ErrorParams | undefined {
    if (words.params === undefined) return undefined;
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(words.params)) {
      values[name] = typeof value !== 'object' ? value : formatted(value);
    }
    return values;
  }

  return {
    raise(
      severity: Alert['severity'],
      kind: string,
      words: AlertWords,
      details?: Record<string, unknown>,
    ): Alert {
      const params = valuesOf(words);
      const alert = toAlert(
        insert.get(
          now(),
          severity,
          kind,
          say(english, words.key, params),
          words.key,
          params === undefined ? null : JSON.stringify(params),
          details ? JSON.stringify(details) : null,
        )!,
      );
      onRaised(alert);
      return alert;
    },
    open: (): Alert[] => list.all().map(toAlert),
    acknowledge(id: number): Alert {
      const row = ack.get(now(), id);
      if (!row) throw translatedError('not_found', 'err.alerts.unknown', { id: String(id) });
      return toAlert(row);
    },
  };
}

export type Alerts = ReturnType<typeof createAlerts>;
