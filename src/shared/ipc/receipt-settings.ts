import { z } from 'zod';
import { channel } from './channel.ts';
import { uuid } from './common.ts';
import { receipt } from '../receipts/receipt.ts';

/*
 * What every receipt says besides the sale (Preferences → Printers and receipt, PREF-1): the lines under the
 * shop's name, its tax id, the footer and whether a QR code that finds the order again is printed. The limits
 * here only keep a request sane; the core says what is too long in the owner's words (receipt-settings.ts).
 */
export const receiptSettings = z
  .object({
    /** Address and contact lines under the shop's name, as typed. */
    address: z.array(z.string().max(500)).max(50),
    taxId: z.string().max(500).nullable(),
    /** Printed at the bottom instead of the thank-you; lines as typed. */
    footer: z.string().max(5_000).nullable(),
    qr: z.boolean(),
    /** Print the day's Z report on the receipt printer when it is closed (absent when saving: unchanged). */
    zAtClose: z.boolean().optional(),
  })
  .strict();
export type ReceiptSettingsInput = z.infer<typeof receiptSettings>;

/** How much fits: the same numbers the core checks against, for the form's hints. */
export { receiptLimits } from './constants.ts';

export const receiptSettingsChannels = {
  'receiptSettings.get': channel({
    request: z.object({}).strict(),
    response: receiptSettings,
    windows: ['preferences'],
  }),
  'receiptSettings.save': channel({
    request: receiptSettings,
    response: receiptSettings,
    windows: ['preferences'],
  }),
  /**
   * An order's receipt as the core builds it for the printer (the shared receipt model): the till lays it out
   * with the same words and figures as the paper (receiptDocument), so the screen and the paper agree.
   */
  'receipts.forOrder': channel({
    request: z.object({ orderId: uuid }).strict(),
    response: receipt,
    windows: ['till'],
  }),
};
