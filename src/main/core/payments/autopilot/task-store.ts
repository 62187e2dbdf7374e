import type { Db } from '../../db/connection.ts';
import type { AutopilotKind, AutopilotStatus } from '../../../../shared/ipc/autopilot.ts';

export interface TaskRow {
  id: string;
  kind: AutopilotKind;
  subject: string;
  order_id: string | null;
  account: string;
  amount: number | null;
  payment_method: string | null;
  rule: string | null;
  dedupe: string | null;
  due_at: number;
  status: AutopilotStatus;
  attempts: number;
  idempotency_key: string | null;
  outcome: string | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

export type NewTask = Pick<
  TaskRow,
  | 'id'
  | 'kind'
  | 'subject'
  | 'order_id'
  | 'account'
  | 'amount'
  | 'payment_method'
  | 'rule'
  | 'dedupe'
  | 'due_at'
>;

export type TaskPatch = Partial<
  Pick<
    TaskRow,
    'status' | 'due_at' | 'attempts' | 'idempotency_key' | 'outcome' | 'last_error' | 'finished_at'
  >
>;

/** The statuses of tasks still to run; the partial index autopilot_tasks_due holds exactly these. */
const live = `status IN ('pending', 'running')`;

/**
 * The one writer of autopilot_tasks (migration 34); all of the autopilot's SQL is here. The scheduler's pass is
 * `due`: one seek on the partial due-time index, so 10,000 tasks waiting for later cost what none do.
 */
export function createTaskStore(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO autopilot_tasks (id, kind, subject, order_id, account, amount, payment_method, rule, dedupe,
       due_at, status, created_at, updated_at)
     VALUES (@id, @kind, @subject, @order_id, @account, @amount, @payment_method, @rule, @dedupe, @due_at, 'pending',
       @at, @at)
     ON CONFLICT (dedupe) WHERE dedupe IS NOT NULL AND status != 'canceled' DO NOTHING`,
  );
  const byId = db.prepare<[string], TaskRow>('SELECT * FROM autopilot_tasks WHERE id = ?');
  const due = db.prepare<[number, number], TaskRow>(
    `SELECT * FROM autopilot_tasks INDEXED BY autopilot_tasks_due WHERE ${live} AND due_at <= ?
     ORDER BY due_at LIMIT ?`,
  );
  const nextDue = db
    .prepare<[], number | null>(
      `SELECT min(due_at) FROM autopilot_tasks INDEXED BY autopilot_tasks_due WHERE ${live}`,
    )
    .pluck();
  const upcoming = db.prepare<[number, number], TaskRow>(
    `SELECT * FROM autopilot_tasks INDEXED BY autopilot_tasks_due WHERE ${live} AND due_at <= ?
     ORDER BY due_at LIMIT ?`,
  );
  const byStatus = db.prepare<[string, number], TaskRow>(
    `SELECT * FROM autopilot_tasks WHERE status = ? ORDER BY updated_at DESC LIMIT ?`,
  );
  const latest = db.prepare<[number], TaskRow>(
    `SELECT * FROM autopilot_tasks ORDER BY updated_at DESC LIMIT ?`,
  );
  const byOrder = db.prepare<[string], TaskRow>(
    'SELECT * FROM autopilot_tasks WHERE order_id = ? ORDER BY created_at',
  );
  const liveByDedupe = db.prepare<[string], TaskRow>(
    `SELECT * FROM autopilot_tasks WHERE dedupe = ? AND status != 'canceled'`,
  );
  const cancelRule = db.prepare<[number, string]>(
    `UPDATE autopilot_tasks SET status = 'canceled', updated_at = ?
     WHERE rule = ? AND status = 'pending' AND attempts = 0`,
  );
  const cancelNotStarted = db.prepare<{ at: number; outcome: string; dedupe: string }, TaskRow>(
    `UPDATE autopilot_tasks SET status = 'canceled', outcome = @outcome, updated_at = @at, finished_at = @at
     WHERE dedupe = @dedupe AND status = 'pending' AND attempts = 0 RETURNING *`,
  );
  const updates = new Map<string, ReturnType<Db['prepare']>>();
  return {
    /** Adds a task; a task with the same `dedupe` still alive wins, and null is answered. */
    insert(task: NewTask): TaskRow | null {
      const { changes } = insert.run({ ...task, at: now() });
      return changes === 0 ? null : byId.get(task.id)!;
    },
    get: (id: string): TaskRow | undefined => byId.get(id),
    /** Tasks to run now (pending or cut short while running), most overdue first. */
    due: (at: number, limit: number): TaskRow[] => due.all(at, limit),
    /** The earliest due time of a task still to run, or null. */
    nextDue: (): number | null => nextDue.get() ?? null,
    /** Tasks still to run that are due by `until`, soonest first (the dry run). */
    upcoming: (until: number, limit = 500): TaskRow[] => upcoming.all(until, limit),
    list: (status: TaskRow['status'] | undefined, limit = 200): TaskRow[] =>
      status ? byStatus.all(status, limit) : latest.all(limit),
    forOrder: (orderId: string): TaskRow[] => byOrder.all(orderId),
    byDedupe: (dedupe: string): TaskRow | undefined => liveByDedupe.get(dedupe),
    /** Cancels a rule's tasks that have not started; answers how many. */
    cancelRule: (rule: string): number => cancelRule.run(now(), rule).changes,
    /** Cancels the task of `dedupe` if it has not started, with `outcome` as the reason; answers it. */
    cancelNotStarted: (dedupe: string, outcome: string): TaskRow | undefined =>
      cancelNotStarted.get({ at: now(), outcome, dedupe }),
    update(id: string, patch: TaskPatch): TaskRow {
      const keys = Object.keys(patch).sort();
      const shape = keys.join(',');
      let statement = updates.get(shape);
      if (!statement) {
        const sets = keys.map((k) => `${k} = @${k}`).concat('updated_at = @updated_at');
        statement = db.prepare(`UPDATE autopilot_tasks SET ${sets.join(', ')} WHERE id = @id`);
        updates.set(shape, statement);
      }
      statement.run({ ...patch, id, updated_at: now() });
      return byId.get(id)!;
    },
  };
}

export type TaskStore = ReturnType<typeof createTaskStore>;
