import { describe, expect, it } from 'vitest';
import {
  afterRun,
  backoffMs,
  isDue,
  preview,
  rulesSwitchedOff,
  stuckCaptureMs,
  taskForHold,
  taskForValidation,
  waitingPollMs,
  type RunResult,
  type TaskTiming,
} from '../../../src/main/core/payments/autopilot/schedule.ts';
import { defaultAutopilotRules, type AutopilotRules } from '../../../src/shared/payments/autopilot-rules.ts';

const hour = 60 * 60_000;
const now = 1_700_000_000_000;
const task = (over: Partial<TaskTiming> = {}): TaskTiming => ({
  kind: 'capture_hold',
  status: 'pending',
  due_at: now,
  attempts: 1,
  ...over,
});
const rules = (over: Partial<AutopilotRules> = {}): AutopilotRules => ({
  ...defaultAutopilotRules,
  holdsBeforeExpiry: { enabled: true, action: 'capture', hoursBefore: 6 },
  retryFailedCaptures: { enabled: true, maxAttempts: 3 },
  releaseValidationHolds: { enabled: true, afterMinutes: 10 },
  ...over,
});

describe('what is due', () => {
  it.each([
    ['pending, due now', { status: 'pending', due_at: now }, true],
    ['pending, due a second ago (Kassa was closed)', { status: 'pending', due_at: now - 1000 }, true],
    ['pending, due in a second', { status: 'pending', due_at: now + 1000 }, false],
    ['running when Kassa stopped (a crash): runs again', { status: 'running', due_at: now - hour }, true],
    ['done', { status: 'done', due_at: now - hour }, false],
    ['failed', { status: 'failed', due_at: now - hour }, false],
    ['canceled', { status: 'canceled', due_at: now - hour }, false],
  ] as const)('%s → %s', (_, t, due) => {
    expect(isDue(t, now)).toBe(due);
  });
});

describe('the pause before another attempt', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [5, 480_000],
    [8, 3_600_000], // 64 min, capped at an hour
    [40, 3_600_000],
  ])('after %i failed attempt(s): %i ms', (attempts, ms) => {
    expect(backoffMs(attempts)).toBe(ms);
  });
});

describe('what a run does to its task', () => {
  const cases: [string, TaskTiming, RunResult, ReturnType<typeof afterRun>][] = [
    [
      'done: ends with its outcome',
      task(),
      { kind: 'done', outcome: 'captured' },
      { status: 'done', due_at: now, outcome: 'captured', finished_at: now },
    ],
    [
      'declined: fails with no retry',
      task(),
      { kind: 'permanent', outcome: 'card_declined' },
      { status: 'failed', due_at: now, outcome: 'card_declined', finished_at: now },
    ],
    [
      'charge under way: looked at again shortly, still running with its key',
      task({ kind: 'charge_card' }),
      { kind: 'waiting' },
      { status: 'running', due_at: now + waitingPollMs },
    ],
    [
      'Stripe unreachable on the first attempt: again after 30 s',
      task({ attempts: 1 }),
      { kind: 'transient', error: 'provider_unreachable' },
      { status: 'pending', due_at: now + 30_000, last_error: 'provider_unreachable' },
    ],
    [
      'Stripe unreachable on the second attempt: again after 60 s',
      task({ attempts: 2 }),
      { kind: 'transient', error: 'api_error' },
      { status: 'pending', due_at: now + 60_000, last_error: 'api_error' },
    ],
    [
      'the last attempt allowed fails: gives up',
      task({ attempts: 3 }),
      { kind: 'transient', error: 'api_error' },
      { status: 'failed', due_at: now, outcome: 'gave_up', last_error: 'api_error', finished_at: now },
    ],
  ];
  it.each(cases)('%s', (_, t, result, patch) => {
    expect(afterRun(t, result, now, 3)).toEqual(patch);
  });
});

describe('the tasks the rules make', () => {
  const held = { id: 'h1', state: 'held', expiresAt: now + 5 * 24 * hour, updatedAt: now };
  it.each([
    [
      'a held hold, capture 6 h before expiry',
      held,
      rules(),
      { kind: 'capture_hold', due_at: held.expiresAt - 6 * hour, dedupe: 'hold:h1' },
    ],
    [
      'a held hold, release 24 h before expiry',
      held,
      rules({ holdsBeforeExpiry: { enabled: true, action: 'release', hoursBefore: 24 } }),
      { kind: 'release_hold', due_at: held.expiresAt - 24 * hour, dedupe: 'hold:h1' },
    ],
    [
      'the hold rule off',
      held,
      rules({ holdsBeforeExpiry: { enabled: false, action: 'capture', hoursBefore: 6 } }),
      null,
    ],
    ['a hold whose expiry is not known yet', { ...held, expiresAt: null }, rules(), null],
    ['a hold waiting for the card', { ...held, state: 'waiting' }, rules(), null],
    [
      'a capture Stripe has not answered for 2 minutes: retried',
      { ...held, state: 'capturing', updatedAt: now - stuckCaptureMs },
      rules(),
      { kind: 'retry_capture', due_at: now, dedupe: 'retry:h1' },
    ],
    [
      'a capture just sent: left alone',
      { ...held, state: 'capturing', updatedAt: now - 1000 },
      rules(),
      null,
    ],
    [
      'a stuck capture with the retry rule off',
      { ...held, state: 'capturing', updatedAt: now - hour },
      rules({ retryFailedCaptures: { enabled: false, maxAttempts: 3 } }),
      null,
    ],
    ['a captured hold', { ...held, state: 'captured' }, rules(), null],
  ] as const)('%s', (_, hold, r, wanted) => {
    const result = taskForHold(hold, r, now);
    if (wanted === null) expect(result).toBeNull();
    else expect(result).toMatchObject(wanted);
  });

  it('a validating hold left authorized is released after the minutes set, when the rule is on', () => {
    expect(taskForValidation({ id: 's1', authorizedAt: now }, rules())).toMatchObject({
      kind: 'release_validation',
      due_at: now + 10 * 60_000,
      dedupe: 'validation:s1',
    });
    expect(
      taskForValidation(
        { id: 's1', authorizedAt: now },
        rules({ releaseValidationHolds: { enabled: false, afterMinutes: 10 } }),
      ),
    ).toBeNull();
  });

  it.each([
    ['nothing changed', rules(), rules(), []],
    [
      'the hold rule switched off',
      rules(),
      rules({ holdsBeforeExpiry: { enabled: false, action: 'capture', hoursBefore: 6 } }),
      ['holds_before_expiry'],
    ],
    [
      'the hold rule moved to 12 h: its tasks are made again',
      rules(),
      rules({ holdsBeforeExpiry: { enabled: true, action: 'capture', hoursBefore: 12 } }),
      ['holds_before_expiry'],
    ],
    [
      'retry and validation switched off',
      rules(),
      rules({
        retryFailedCaptures: { enabled: false, maxAttempts: 3 },
        releaseValidationHolds: { enabled: false, afterMinutes: 10 },
      }),
      ['retry_failed_captures', 'release_validation_holds'],
    ],
    ['a rule switched on', defaultAutopilotRules, rules(), []],
  ] as const)('rules switched off: %s', (_, before, after, off) => {
    expect(rulesSwitchedOff(before, after)).toEqual(off);
  });
});

describe('the dry run', () => {
  it('lists what runs within the horizon, soonest first, with overdue and retries marked', () => {
    const tasks = [
      task({ due_at: now + 2 * hour }),
      task({ due_at: now - hour, attempts: 0 }),
      task({ due_at: now + 30 * hour }),
      task({ due_at: now + hour, status: 'done' }),
      task({ due_at: now + 3 * hour, attempts: 2 }),
    ];
    expect(preview(tasks, now, 24 * hour).map((p) => [p.task.due_at - now, p.overdue, p.retry])).toEqual([
      [-hour, true, false],
      [2 * hour, false, true],
      [3 * hour, false, true],
    ]);
  });
});
