import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase } from '../../../src/main/core/db/connection.ts';
import { migrations } from '../../../src/main/core/db/migrations/index.ts';
import { autopilotTasks } from '../../../src/main/core/db/migrations/034-autopilot-tasks.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

describe('migration 34 (autopilot tasks)', () => {
  it('adds the tasks table: one live task per rule and subject, a running task has its key, a charge its card', () => {
    const file = join(tempDir(), 'kassa.sqlite3');
    const before = migrations.filter((m) => m.version < autopilotTasks.version);
    openDatabase(file, { log: silentLogger, migrations: before }).db.close();

    const upTo = migrations.filter((m) => m.version <= autopilotTasks.version);
    const { db, backupFile } = openDatabase(file, { log: silentLogger, migrations: upTo });
    expect(backupFile).not.toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(autopilotTasks.version);
    const insert = db.prepare(
      `INSERT INTO autopilot_tasks (id, kind, subject, account, payment_method, amount, order_id, dedupe, due_at,
         status, created_at, updated_at)
       VALUES (?, ?, 'h1', 'default', ?, ?, NULL, ?, 100, ?, 1, 1)`,
    );
    insert.run('t1', 'capture_hold', null, null, 'hold:h1', 'pending');
    expect(() => insert.run('t2', 'capture_hold', null, null, 'hold:h1', 'pending')).toThrow(/UNIQUE/);
    db.prepare(`UPDATE autopilot_tasks SET status = 'canceled' WHERE id = 't1'`).run();
    insert.run('t2', 'capture_hold', null, null, 'hold:h1', 'pending'); // a canceled task leaves room
    expect(() => insert.run('t3', 'charge_card', null, 500, null, 'pending')).toThrow(/CHECK/);
    expect(() => insert.run('t3', 'capture_hold', null, null, null, 'running')).toThrow(/CHECK/);
    expect(() => insert.run('t3', 'refund', null, null, null, 'pending')).toThrow(/CHECK/);
    // The scheduler's pass reads the due-time index, never the table.
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM autopilot_tasks INDEXED BY autopilot_tasks_due
         WHERE status IN ('pending', 'running') AND due_at <= 5 ORDER BY due_at LIMIT 25`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX autopilot_tasks_due \(due_at<\?\)/);
    db.close();
  });
});
