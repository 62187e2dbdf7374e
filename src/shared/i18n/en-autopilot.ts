/** The payment autopilot (issue 13.5, STO-9): the owner's rules, the tasks they make, and the dry run. */
export const enAutopilot = {
  'err.autopilot.chargeMoreThanDue': 'That is more than the order still owes. Enter at most the amount due.',
} as const;

export type AutopilotMessages = Record<keyof typeof enAutopilot, string>;
