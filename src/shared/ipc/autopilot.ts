import { z } from 'zod';
import { channel } from './channel.ts';
import { positiveMinorUnits, uuid } from './common.ts';
import { autopilotRules } from '../payments/autopilot-rules.ts';

export { autopilotRules, defaultAutopilotRules, type AutopilotRules } from '../payments/autopilot-rules.ts';

/**
 * The payment autopilot (STO-9): tasks that run by themselves at their due time. Kinds: capture or release a hold
 * before it expires, charge a card on file at a due time, retry a capture that failed, release a validating hold
 * a card save left authorized.
 */
export const autopilotKinds = [
  'capture_hold',
  'release_hold',
  'charge_card',
  'retry_capture',
  'release_validation',
] as const;
export type AutopilotKind = (typeof autopilotKinds)[number];

export const autopilotStatuses = ['pending', 'running', 'done', 'failed', 'canceled'] as const;
export type AutopilotStatus = (typeof autopilotStatuses)[number];

/** A task as the windows see it; `outcome` and `lastError` are codes the window puts in words. */
export const autopilotTaskView = z.object({
  id: z.string(),
  kind: z.enum(autopilotKinds),
  status: z.enum(autopilotStatuses),
  subject: z.string(),
  orderId: z.string().nullable(),
  orderNumber: z.number().int().nullable(),
  currency: z.string().nullable(),
  amount: z.number().int().nullable(),
  rule: z.string().nullable(),
  dueAt: z.number(),
  attempts: z.number().int(),
  outcome: z.string().nullable(),
  lastError: z.string().nullable(),
  finishedAt: z.number().nullable(),
});
export type AutopilotTaskView = z.infer<typeof autopilotTaskView>;

/** What the autopilot would do within the next hours if nothing changed: the dry run. */
export const autopilotPreviewItem = z.object({
  task: autopilotTaskView,
  /** Already due (Kassa was closed, or a pass is about to take it). */
  overdue: z.boolean(),
  /** It is a retry after a failure. */
  retry: z.boolean(),
});
export type AutopilotPreviewItem = z.infer<typeof autopilotPreviewItem>;

/**
 * How far in the past a later charge's time may be and still be taken (it runs at once): the till's date and time
 * field counts whole minutes, so the minute that is under way is not refused as passed.
 */
export const chargeLaterGraceMs = 60_000;

export const autopilotChannels = {
  /** Preferences → Autopilot (owner only). */
  'autopilot.rules': channel({
    request: z.object({}).strict(),
    response: autopilotRules,
    windows: ['preferences'],
  }),
  /** Saves the rules (owner only, audited); tasks of a rule switched off that have not started are canceled. */
  'autopilot.saveRules': channel({
    request: autopilotRules,
    response: autopilotRules,
    windows: ['preferences'],
  }),
  /** Tasks by status, newest change first. */
  'autopilot.tasks': channel({
    request: z.object({ status: z.enum(autopilotStatuses).optional() }).strict(),
    response: z.array(autopilotTaskView),
    windows: ['preferences'],
  }),
  /** The dry run: what will run in the next 24 hours, soonest first. Nothing is sent. */
  'autopilot.preview': channel({
    request: z.object({}).strict(),
    response: z.array(autopilotPreviewItem),
    windows: ['preferences'],
  }),
  /** Charges a customer's saved card for an order at a later time, by itself. */
  'autopilot.scheduleCharge': channel({
    request: z
      .object({
        orderId: uuid,
        paymentMethod: z.string().min(1).max(255),
        amount: positiveMinorUnits,
        dueAt: z.number().int().nonnegative(),
      })
      .strict(),
    response: autopilotTaskView,
    windows: ['till'],
    signedIn: true,
  }),
};

export const autopilotEvents = {
  /** A task was made, ran, or ended. */
  'autopilot.updated': autopilotTaskView,
};
