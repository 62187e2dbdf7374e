import type { AutopilotKind, AutopilotStatus } from '../../../../shared/ipc/autopilot.ts';
import type { AutopilotRules } from '../../../../shared/payments/autopilot-rules.ts';

/**
 * The autopilot's decisions, as pure functions (table-tested in test/unit/payments/autopilot-schedule.test.ts):
 * what is due, what a run's result does to its task (done, another attempt after a pause, failed), and which tasks
 * the owner's rules want for a hold or a card setup. The scheduler (autopilot.ts) only carries them out.
 */

/** The part of a task the decisions read. */
export interface TaskTiming {
  kind: AutopilotKind;
  status: AutopilotStatus;
  due_at: number;
  attempts: number;
}

/** How one run of a task ended. */
export type RunResult =
  /** The work is done (or there was nothing left to do: the hold was captured by hand, say). */
  | { kind: 'done'; outcome: string }
  /** The provider call went out and its answer is still coming (a charge the orchestrator follows). */
  | { kind: 'waiting' }
  /** It did not go through but may next time: Stripe not reachable, a 5xx, a rate limit. */
  | { kind: 'transient'; error: string }
  /** It can never go through (a card declined, the hold expired): the task ends, failed. */
  | { kind: 'permanent'; outcome: string };

export interface TaskPatch {
  status: AutopilotStatus;
  due_at: number;
  outcome?: string | null;
  last_error?: string | null;
  finished_at?: number | null;
}

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;

/** The first retry waits 30 s, each next one twice as long, never more than an hour. */
export const backoffBaseMs = 30 * second;
export const backoffCapMs = hour;
/** A charge still under way is looked at again after this long. */
export const waitingPollMs = 2 * second;
/** Attempts a task gets when no rule says otherwise. */
export const defaultMaxAttempts = 5;

/** The pause before attempt `attempts + 1`, after `attempts` attempts failed (attempts ≥ 1). */
export function backoffMs(attempts: number, baseMs = backoffBaseMs): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(backoffCapMs, baseMs * 2 ** Math.min(exponent, 20));
}

/** A task runs when its time has come and it is still to do (or was cut short by a crash while running). */
export function isDue(task: Pick<TaskTiming, 'status' | 'due_at'>, now: number): boolean {
  return (task.status === 'pending' || task.status === 'running') && task.due_at <= now;
}

/** What a run's result does to its task. `attempts` already counts the run that just ended. */
export function afterRun(
  task: TaskTiming,
  result: RunResult,
  now: number,
  maxAttempts: number,
  baseMs = backoffBaseMs,
): TaskPatch {
  switch (result.kind) {
    case 'done':
      return { status: 'done', due_at: task.due_at, outcome: result.outcome, finished_at: now };
    case 'permanent':
      return { status: 'failed', due_at: task.due_at, outcome: result.outcome, finished_at: now };
    case 'waiting':
      return { status: 'running', due_at: now + waitingPollMs };
    case 'transient':
      if (task.attempts >= maxAttempts)
        return {
          status: 'failed',
          due_at: task.due_at,
          outcome: 'gave_up',
          last_error: result.error,
          finished_at: now,
        };
      return { status: 'pending', due_at: now + backoffMs(task.attempts, baseMs), last_error: result.error };
  }
}

/** The attempts a task of this kind gets under the rules. */
export function maxAttemptsFor(kind: AutopilotKind, rules: AutopilotRules): number {
  if (kind === 'retry_capture' || kind === 'capture_hold')
    return rules.retryFailedCaptures.enabled ? rules.retryFailedCaptures.maxAttempts : defaultMaxAttempts;
  return defaultMaxAttempts;
}

/** A hold as the rules read it. */
export interface HoldFacts {
  id: string;
  state: string;
  expiresAt: number | null;
  /** When Kassa last wrote the hold (a capture under way since then is stuck, for the retry rule). */
  updatedAt: number;
}

export interface WantedTask {
  kind: AutopilotKind;
  subject: string;
  rule: string;
  dedupe: string;
  due_at: number;
}

/** The rule names stored on the tasks they make. */
export const ruleNames = {
  holdsBeforeExpiry: 'holds_before_expiry',
  retryFailedCaptures: 'retry_failed_captures',
  releaseValidationHolds: 'release_validation_holds',
} as const;

/** A capture the cashier started that Stripe has not answered for this long is taken over by the retry rule. */
export const stuckCaptureMs = 2 * minute;

/**
 * The task the rules want for a hold, or null: a held hold gets its capture or release before expiry; a capture
 * under way that Stripe has not answered for `stuckCaptureMs` (at `now`) gets a retry.
 */
export function taskForHold(hold: HoldFacts, rules: AutopilotRules, now: number): WantedTask | null {
  const expiry = rules.holdsBeforeExpiry;
  if (hold.state === 'held' && expiry.enabled && hold.expiresAt !== null) {
    const kind = expiry.action === 'capture' ? 'capture_hold' : 'release_hold';
    return {
      kind,
      subject: hold.id,
      rule: ruleNames.holdsBeforeExpiry,
      dedupe: `hold:${hold.id}`,
      due_at: hold.expiresAt - expiry.hoursBefore * hour,
    };
  }
  if (
    hold.state === 'capturing' &&
    rules.retryFailedCaptures.enabled &&
    now - hold.updatedAt >= stuckCaptureMs
  )
    return {
      kind: 'retry_capture',
      subject: hold.id,
      rule: ruleNames.retryFailedCaptures,
      dedupe: `retry:${hold.id}`,
      due_at: now,
    };
  return null;
}

/** A card setup whose validating hold is authorized and not released yet. */
export interface ValidationFacts {
  id: string;
  /** When the validating amount was authorized (the setup's last write). */
  authorizedAt: number;
}

export function taskForValidation(setup: ValidationFacts, rules: AutopilotRules): WantedTask | null {
  const rule = rules.releaseValidationHolds;
  if (!rule.enabled) return null;
  return {
    kind: 'release_validation',
    subject: setup.id,
    rule: ruleNames.releaseValidationHolds,
    dedupe: `validation:${setup.id}`,
    due_at: setup.authorizedAt + rule.afterMinutes * minute,
  };
}

/** The rules a change switched off: their tasks that have not started are canceled. */
export function rulesSwitchedOff(before: AutopilotRules, after: AutopilotRules): string[] {
  const off: string[] = [];
  if (
    before.holdsBeforeExpiry.enabled &&
    (!after.holdsBeforeExpiry.enabled ||
      after.holdsBeforeExpiry.action !== before.holdsBeforeExpiry.action ||
      after.holdsBeforeExpiry.hoursBefore !== before.holdsBeforeExpiry.hoursBefore)
  )
    off.push(ruleNames.holdsBeforeExpiry);
  if (before.retryFailedCaptures.enabled && !after.retryFailedCaptures.enabled)
    off.push(ruleNames.retryFailedCaptures);
  if (
    before.releaseValidationHolds.enabled &&
    (!after.releaseValidationHolds.enabled ||
      after.releaseValidationHolds.afterMinutes !== before.releaseValidationHolds.afterMinutes)
  )
    off.push(ruleNames.releaseValidationHolds);
  return off;
}

/** The dry run: the tasks that will run within `horizonMs`, soonest first, overdue ones flagged. */
export function preview<T extends TaskTiming>(
  tasks: readonly T[],
  now: number,
  horizonMs: number,
): { task: T; overdue: boolean; retry: boolean }[] {
  return tasks
    .filter((t) => (t.status === 'pending' || t.status === 'running') && t.due_at <= now + horizonMs)
    .sort((a, b) => a.due_at - b.due_at)
    .map((task) => ({ task, overdue: task.due_at <= now, retry: task.attempts > 0 }));
}
