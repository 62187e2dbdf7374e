import { z } from 'zod';
import { channel } from './channel.ts';
import { currencyCode, discount, empty, minorUnits, uuid } from './common.ts';

/*
 * The customer display (TILL-10): a second screen facing the customer. The till tells main what it shows
 * (`customerDisplay.show`); main builds the customer's view from that and from the order and card payment it
 * holds, and pushes it to the display (`customerDisplay.changed`). The display window can read that view and
 * nothing else: no costs, no other customers, no staff beyond the cashier's first name.
 */

/** A cart line as the till has it: what the cashier rang up, priced the way the till shows it. */
export const displayCartLine = z
  .object({
    productId: z.number().int().positive(),
    name: z.string().min(1).max(200),
    unitPrice: minorUnits,
    taxRateBp: z.number().int().min(0).max(10_000),
    quantity: z.number().int().min(1).max(9_999),
    discount: discount.optional(),
  })
  .strict();
export type DisplayCartLine = z.infer<typeof displayCartLine>;

const cartLines = z.array(displayCartLine).max(500);

/** What the till is showing, as far as the customer is concerned. */
export const tillScreen = z.discriminatedUnion('stage', [
  /** Nobody is being served (sign-in, history, shift screens, an empty cart): the display greets. */
  z.object({ stage: z.literal('idle') }).strict(),
  z
    .object({
      stage: z.literal('cart'),
      orderId: uuid,
      lines: cartLines,
      orderDiscount: discount.optional(),
    })
    .strict(),
  /** The payment screen: the order may already be saved (then main reads it), or not yet. */
  z
    .object({
      stage: z.literal('payment'),
      orderId: uuid,
      lines: cartLines,
      orderDiscount: discount.optional(),
    })
    .strict(),
  /** The sale is complete: the display thanks the customer and shows the change. */
  z.object({ stage: z.literal('complete'), orderId: uuid }).strict(),
]);
export type TillScreen = z.infer<typeof tillScreen>;

export const displayStage = z.enum(['welcome', 'cart', 'payment', 'thanks']);
export type DisplayStage = z.infer<typeof displayStage>;

/**
 * Where the payment stands, in the customer's terms: `due` while the cashier chooses how to pay or takes
 * cash, the card states while a terminal is involved, `paid` once the order is paid.
 */
export const displayPaymentStatus = z.enum(['due', 'waiting_for_card', 'processing', 'declined', 'paid']);
export type DisplayPaymentStatus = z.infer<typeof displayPaymentStatus>;

export const displayLine = z.object({
  name: z.string(),
  quantity: z.number().int(),
  unitPrice: minorUnits,
  /** Line discount plus the line's share of an order discount; 0 when none. */
  discount: minorUnits,
  total: minorUnits,
});
export type DisplayLine = z.infer<typeof displayLine>;

export const customerDisplayView = z.object({
  shopName: z.string(),
  /** The store's locale: the display speaks the shop's language and formats money the shop's way. */
  locale: z.string(),
  currency: currencyCode,
  /** The cashier's first name only ("Served by Anna"), or null when nobody is signed in. */
  cashier: z.string().nullable(),
  stage: displayStage,
  lines: z.array(displayLine),
  itemCount: z.number().int(),
  /** Sum of the lines' discounts. */
  discount: minorUnits,
  total: minorUnits,
  payment: z
    .object({
      status: displayPaymentStatus,
      paid: minorUnits,
      remaining: minorUnits,
      change: minorUnits,
    })
    .nullable(),
  /** A link the customer can open to pay (pay by link): the display shows it as a QR code. */
  payByLink: z.object({ url: z.url() }).nullable(),
});
export type CustomerDisplayView = z.infer<typeof customerDisplayView>;

/** A monitor this computer has, for the owner to choose where the customer display goes. */
export const displayScreen = z.object({
  id: z.number().int(),
  label: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  primary: z.boolean(),
});
export type DisplayScreen = z.infer<typeof displayScreen>;

export const displaySetup = z.object({
  /** False in the headless host: there the display is a page a second browser opens (`url`). */
  monitors: z.boolean(),
  screens: z.array(displayScreen),
  /** The chosen monitor, or null when the customer display is off. */
  chosenId: z.number().int().nullable(),
  /** Whether the chosen monitor is connected now (it reopens when it is plugged in again). */
  connected: z.boolean(),
  /** Where a second browser opens the display (headless host), or null. */
  url: z.string().nullable(),
});
export type DisplaySetup = z.infer<typeof displaySetup>;

/** The channels a display-scoped caller (the headless host's display token) may use: reading its view. */
export const displayScopeChannels: readonly string[] = ['customerDisplay.view'];

export const customerDisplayChannels = {
  'customerDisplay.show': channel({
    request: z.object({ screen: tillScreen }).strict(),
    response: empty,
    windows: ['till'],
  }),
  'customerDisplay.view': channel({
    request: empty,
    response: customerDisplayView,
    windows: ['customer-display'],
  }),
  'customerDisplay.setup': channel({
    request: empty,
    response: displaySetup,
    windows: ['preferences'],
  }),
  'customerDisplay.choose': channel({
    request: z.object({ screenId: z.number().int().nullable() }).strict(),
    response: displaySetup,
    windows: ['preferences'],
  }),
};

export const customerDisplayEvents = {
  'customerDisplay.changed': customerDisplayView,
};

/** The events a display-scoped caller receives. */
export const displayScopeEvents: readonly string[] = Object.keys(customerDisplayEvents);
