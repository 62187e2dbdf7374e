import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, minorUnits, timestamp, uuid } from './common.ts';
import { managerPin } from './fields.ts';
import { words } from './field-words.ts';
import { cartLineInput } from './orders.ts';
import { guaranteePolicies, keptKind } from './guarantee-policies.ts';

/** An order kept open, as the till lists it: who, how much, how old, and what guarantees it. */
export const keptOrderView = z.object({
  orderId: z.string(),
  kind: keptKind,
  customer: z.object({ id: z.string(), name: z.string() }).nullable(),
  currency: z.string(),
  total: minorUnits,
  paid: minorUnits,
  remaining: minorUnits,
  lineCount: z.number().int(),
  /** Money authorized on the order's card holds now. */
  held: minorUnits,
  /** The oldest hold with money authorized: settling from the hold captures from it. */
  holdId: z.string().nullable(),
  keptAt: timestamp,
  keptBy: z.string().nullable(),
  /** The manager who kept it open although the guarantee policy was not met. */
  approvedBy: z.string().nullable(),
});
export type KeptOrderView = z.infer<typeof keptOrderView>;

export const keptOrderChannels = {
  /** The orders kept open (tabs and pickups) that are not paid or voided, oldest first. */
  'keptOrders.list': channel({
    request: empty,
    response: z.array(keptOrderView),
    windows: ['till'],
    signedIn: true,
  }),
  /** The owner's guarantee policies, for the till to say what an order needs before it can be kept open. */
  'keptOrders.policies': channel({
    request: empty,
    response: guaranteePolicies,
    windows: ['till'],
    signedIn: true,
  }),
  /**
   * Keeps a saved open order open for later. When the policy for its kind is not met, main answers
   * `pin_required` with what is missing, and a manager's PIN keeps it open anyway (audited).
   */
  'keptOrders.keep': channel({
    request: z.object({ orderId: uuid, kind: keptKind, managerPin: managerPin.optional() }).strict(),
    response: keptOrderView,
    windows: ['till'],
    signedIn: true,
  }),
  /**
   * Asks the policy before the order is saved, so a sale waiting for a manager is not an unfinished sale: answers
   * `met`, or `pin_required` with what is missing. A manager's PIN given is checked (a wrong one counts towards the
   * lockout); the approval is recorded when the order is kept. Nothing is written.
   */
  'keptOrders.check': channel({
    request: z
      .object({
        orderId: uuid,
        kind: keptKind,
        customerId: uuid,
        total: minorUnits,
        managerPin: managerPin.optional(),
      })
      .strict(),
    response: z.object({ met: z.boolean() }),
    windows: ['till'],
    signedIn: true,
  }),
  /** Adds lines to a kept order; they are priced from the catalog and the order's total grows. */
  'keptOrders.addLines': channel({
    request: z
      .object({
        orderId: uuid,
        lines: z
          .array(cartLineInput.omit({ discount: true }).strict())
          .min(1, { error: words('check.cartEmpty') })
          .max(500, { error: words('check.orderHaveMost500') }),
      })
      .strict(),
    response: keptOrderView,
    windows: ['till'],
    signedIn: true,
  }),
  'guaranteePolicies.get': channel({ request: empty, response: guaranteePolicies, windows: ['preferences'] }),
  'guaranteePolicies.save': channel({
    request: guaranteePolicies,
    response: guaranteePolicies,
    windows: ['preferences'],
  }),
};
