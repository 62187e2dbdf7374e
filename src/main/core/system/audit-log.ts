import type { Db } from '../db/connection.ts';
import type { AuditEntry as AuditView } from '../../../shared/ipc/preferences.ts';

export interface AuditEntry {
  action: string;
  subject?: string | undefined;
  actor?: string | undefined;
  details?: Record<string, unknown> | undefined;
}

const secretField = /(secret|token|password|pin|api_?key|authorization)/i;

/**
 * Masks secret-looking fields at any depth (old and new values sit one level down). A hint such as
 * `sk_live_…abcd` is kept, so the owner can see which key was replaced; flags and numbers are no secrets.
 */
export function maskDeep(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, k)]));
  if (typeof value === 'string' && secretField.test(key) && !value.includes('…')) return '[masked]';
  return value;
}

interface AuditRow {
  id: number;
  at: number;
  actor: string | null;
  action: string;
  subject: string | null;
  details: string | null;
}

/** Append-only record of who did what (overrides, voids, settings changes). Secrets are masked before writing. */
export function createAuditLog(db: Db, now: () => number) {
  const insert = db.prepare<[number, string | null, string, string | null, string | null]>(
    'INSERT INTO audit_log (at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)',
  );
  const page = db.prepare<[number, number], AuditRow>(
    'SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?',
  );
  const countInWindow = db
    .prepare<[string, number, number], number>(
      'SELECT count(*) FROM audit_log WHERE action = ? AND at BETWEEN ? AND ?',
    )
    .pluck();
  return {
    /** How many times `action` was recorded from `from` to `until`, both included (audit_log_action index). */
    count: (action: string, from: number, until: number): number => countInWindow.get(action, from, until)!,
    record(entry: AuditEntry): void {
      insert.run(
        now(),
        entry.actor ?? null,
        entry.action,
        entry.subject ?? null,
        entry.details ? JSON.stringify(maskDeep(entry.details)) : null,
      );
    },
    /** Newest first; `before` is the smallest id of the previous page. */
    list(limit: number, before?: number): { entries: AuditView[]; nextBefore: number | null } {
      const rows = page.all(before ?? Number.MAX_SAFE_INTEGER, limit + 1);
      const entries = rows.slice(0, limit).map((r) => ({
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        subject: r.subject,
        details: r.details === null ? null : (maskDeep(JSON.parse(r.details)) as Record<string, unknown>),
      }));
      return { entries, nextBefore: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
