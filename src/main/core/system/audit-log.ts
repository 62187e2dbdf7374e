import type { Db } from '../db/connection.ts';
import { maskFields } from '../logger.ts';

export interface AuditEntry {
  action: string;
  subject?: string | undefined;
  actor?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

/** Append-only record of who did what (overrides, voids, settings changes). Secrets are masked before writing. */
export function createAuditLog(db: Db, now: () => number) {
  const insert = db.prepare<[number, string | null, string, string | null, string | null]>(
    'INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)',
  );
  return {
    record(entry: AuditEntry): void {
      insert.run(
        now(),
        entry.actor ?? null,
        entry.action,
        entry.subject ?? null,
        entry.details ? JSON.stringify(maskFields(entry.details)) : null,
      );
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
