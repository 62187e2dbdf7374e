import type { Db } from '../db/connection.ts';
import type { Alert } from '../../../shared/ipc/system.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

interface AlertRow {
  id: number;
  at: number;
  severity: Alert['severity'];
  kind: string;
  message: string;
  acknowledged_at: number | null;
}

const toAlert = (row: AlertRow): Alert => ({
  id: row.id,
  at: row.at,
  severity: row.severity,
  kind: row.kind,
  message: row.message,
  acknowledged: row.acknowledged_at !== null,
});

/**
 * Things a person must look at: an unreadable database, a provider payment that matches no order.
 * Alerts are stored, so one raised while nobody watched is still there at the next start.
 */
export function createAlerts(db: Db, now: () => number, onRaised: (alert: Alert) => void) {
  const insert = db.prepare<[number, string, string, string, string | null], AlertRow>(
    'INSERT INTO alerts (at, severity, kind, message, details) VALUES (?, ?, ?, ?, ?) RETURNING *',
  );
  const list = db.prepare<[], AlertRow>(
    'SELECT * FROM alerts WHERE acknowledged_at IS NULL ORDER BY id DESC LIMIT 100',
  );
  const ack = db.prepare<[number, number], AlertRow>(
    'UPDATE alerts SET acknowledged_at = coalesce(acknowledged_at, ?) WHERE id = ? RETURNING *',
  );
  return {
    raise(
      severity: Alert['severity'],
      kind: string,
      message: string,
      details?: Record<string, unknown>,
    ): Alert {
      const alert = toAlert(
        insert.get(now(), severity, kind, message, details ? JSON.stringify(details) : null)!,
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
