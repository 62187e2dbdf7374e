import { z } from 'zod';
import { channel } from './channel.ts';
import { empty } from './common.ts';
import { accountCode, recordId, requiredText } from './fields.ts';
import { words } from './field-words.ts';

/**
 * The accounts a payment is posted to when the method leaves them empty (PREF-2), in the shape of a small
 * shop's chart of accounts (SKR 03 numbers): cash goes straight to the till's cash account; card and other bank
 * payments wait in "outstanding receipts" until the provider's payout arrives, passing through the intermediary
 * (clearing) account of the card payments in transit.
 */
export { defaultAccounts } from './constants.ts';

/** An account a payment is posted to, and whether it is the default because the method left it empty. */
export const usedAccount = z.object({ code: z.string(), isDefault: z.boolean() });

/** The pair of accounts a payment by a method is posted to (PREF-2). */
export const usedAccounts = z.object({ outstanding: usedAccount, intermediary: usedAccount });
export type UsedAccounts = z.infer<typeof usedAccounts>;

export const paymentMethodConfig = z.object({
  id: z.string(),
  name: z.string(),
  journal: z.enum(['cash', 'bank']),
  terminal: z.enum(['none', 'stripe', 'mercadopago']),
  /** Reader serial (Stripe) or terminal serial (Mercado Pago); unique across methods. */
  terminalRef: z.string().nullable(),
  /** Stripe methods: the profile whose key takes the payment (`default` is the built-in one). */
  profileId: z.string().nullable(),
  identifyCustomer: z.boolean(),
  /** Paid with a voucher (gift card): a return gives this money back as a voucher credit. */
  voucher: z.boolean(),
  /** As entered; null means the default. */
  outstandingAccount: z.string().nullable(),
  intermediaryAccount: z.string().nullable(),
  /** The accounts actually used, and whether each is the default (receipts and exports show which). */
  accounts: usedAccounts,
  active: z.boolean(),
  /** Order on the payment screen, 0 first. */
  position: z.number().int(),
});
export type PaymentMethodConfig = z.infer<typeof paymentMethodConfig>;

const prefs = ['preferences'] as const;

/**
 * Payment methods in the preferences window (PREF-2, STT-1). The till keeps using `paymentMethods.list`
 * (active methods in order). Terminal methods are bank-journal methods with a serial; a Stripe method names a
 * profile. A method cannot change its terminal while one of its card payments is still open.
 */
export const paymentMethodChannels = {
  /** Every method, active and inactive, in payment-screen order. */
  'paymentMethods.all': channel({ request: empty, response: z.array(paymentMethodConfig), windows: prefs }),
  /** Creates (no id; it goes last) or changes a method. */
  'paymentMethods.save': channel({
    request: z
      .object({
        id: recordId.optional(),
        name: requiredText('label.methodName', 40),
        journal: z.enum(['cash', 'bank'], { error: words('check.chooseJournalCashBank') }),
        terminal: z.enum(['none', 'stripe', 'mercadopago'], {
          error: words('check.choosePaymentTerminalNone'),
        }),
        terminalRef: z
          .string({ error: words('check.serialNumberText') })
          .trim()
          .max(100, { error: words('check.serialNumberMost100') })
          .optional(),
        profileId: recordId.optional(),
        identifyCustomer: z.boolean({ error: words('check.sayWhetherMethodNeeds') }),
        /** Left out: a new method is no voucher, a changed one keeps what it was. */
        voucher: z.boolean({ error: words('check.sayWhetherMethodVoucher') }).optional(),
        outstandingAccount: accountCode,
        intermediaryAccount: accountCode,
        active: z.boolean({ error: words('check.sayWhetherMethodActive') }),
      })
      .strict(),
    response: paymentMethodConfig,
    windows: prefs,
  }),
  /** Every method's id once, in the new order. */
  'paymentMethods.reorder': channel({
    request: z
      .object({
        ids: z
          .array(recordId)
          .min(1, { error: words('check.giveMethodsTheirNew') })
          .max(200)
          .refine((ids) => new Set(ids).size === ids.length, {
            error: words('check.methodAppearsTwiceOrder'),
          }),
      })
      .strict(),
    response: z.array(paymentMethodConfig),
    windows: prefs,
  }),
};
