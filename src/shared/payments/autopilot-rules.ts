import { z } from 'zod';

/**
 * The owner's rules (Preferences → Autopilot). Each makes tasks by itself:
 * - `holdsBeforeExpiry`: a held hold is captured (as much as its order still owes; released when it owes nothing)
 *   or released `hoursBefore` hours before its authorization runs out;
 * - `retryFailedCaptures`: a capture Stripe did not answer is tried again with growing pauses, `maxAttempts` times;
 * - `releaseValidationHolds`: a validating hold a card save left authorized is released after `afterMinutes`.
 */
export const autopilotRules = z
  .object({
    holdsBeforeExpiry: z
      .object({
        enabled: z.boolean(),
        action: z.enum(['capture', 'release']),
        hoursBefore: z.number().int().min(1).max(168),
      })
      .strict(),
    retryFailedCaptures: z
      .object({ enabled: z.boolean(), maxAttempts: z.number().int().min(1).max(10) })
      .strict(),
    releaseValidationHolds: z
      .object({ enabled: z.boolean(), afterMinutes: z.number().int().min(1).max(1440) })
      .strict(),
  })
  .strict();
export type AutopilotRules = z.infer<typeof autopilotRules>;

export const defaultAutopilotRules: AutopilotRules = {
  holdsBeforeExpiry: { enabled: false, action: 'capture', hoursBefore: 6 },
  retryFailedCaptures: { enabled: false, maxAttempts: 5 },
  releaseValidationHolds: { enabled: false, afterMinutes: 10 },
};
