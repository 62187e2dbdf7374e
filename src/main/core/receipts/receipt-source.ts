import { z } from 'zod';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { ReturnRecord } from '../../../shared/ipc/returns.ts';
import type { Receipt } from '../../../shared/receipts/receipt.ts';
import { receiptDocument, type ReceiptDocument } from '../../../shared/receipts/receipt-document.ts';
import { loadTranslator } from '../../../shared/i18n/catalogs.ts';
import type { SettingsRepo, StoreSettings } from '../settings/store-settings.ts';
import {
  buildReceipt,
  buildCardRefundReceipt,
  buildRefundReceipt,
  defaultReceiptSettings,
  type CardRefundFacts,
  type ReceiptContext,
  type ReceiptSettings,
} from './build-receipt.ts';

/** The owner's receipt settings as stored (store_settings, key `receipt`), checked when read. */
export const receiptSettingsSchema = z.object({
  address: z.array(z.string().max(60)).max(4),
  taxId: z.string().max(40).nullable(),
  footer: z.string().max(300).nullable(),
  qr: z.boolean(),
  // Added with the Z at closing: settings saved before it print the Z (the default).
  zAtClose: z.boolean().default(true),
});

export interface ReceiptSourceDeps {
  settings: SettingsRepo;
  store: () => StoreSettings;
  till: { id: string; name: string };
  orders: { get(orderId: string): Order };
  /** The provider's reference of a card payment line (the payment journal answers). */
  referenceOf: (paymentLineId: string) => string | null;
  /** The provider's reference of a refund. */
  refundReference?: (refundId: string) => string | null;
  /** The store's tax rates (their names go on the receipt's tax lines). */
  taxRates?: () => readonly { rateBp: number; name: string }[];
  /** A card refund given from History, by its id (the refunds table answers). */
  cardRefund?: (refundId: string) => CardRefundFacts | null;
}

/** Builds receipts from what the core stores: the one place a receipt's facts are gathered. */
export function createReceiptSource(deps: ReceiptSourceDeps) {
  const settings = (): ReceiptSettings =>
    deps.settings.get('receipt', receiptSettingsSchema) ?? defaultReceiptSettings;
  const context = (copy: boolean): ReceiptContext => ({
    store: deps.store(),
    till: deps.till,
    settings: settings(),
    referenceOf: deps.referenceOf,
    copy,
    taxNames: new Map((deps.taxRates?.() ?? []).map((r) => [r.rateBp, r.name])),
  });
  return {
    settings,
    saveSettings: (value: ReceiptSettings) =>
      deps.settings.set('receipt', receiptSettingsSchema.parse(value)),
    /** A paid order's receipt; `copy` for a reprint. */
    forOrder(orderId: string, copy = false): Receipt {
      const order = deps.orders.get(orderId);
      if (order.status !== 'paid')
        throw translatedError('invalid_request', 'err.receipt.notPaid', undefined, 'orderId');
      return buildReceipt(order, context(copy));
    },
    /**
     * What the till's screen shows as an order's receipt: the same model the printer gets, so the screen and
     * the paper cannot disagree. An order that was never paid (voided) has one too, listing no payment.
     */
    forScreen(orderId: string): Receipt {
      return buildReceipt(deps.orders.get(orderId), context(false));
    },
    /** A given card refund's facts (null while it is pending, failed or unknown). */
    cardRefundFacts: (refundId: string): CardRefundFacts | null => deps.cardRefund?.(refundId) ?? null,
    /** A card refund's receipt (given from History, not with a return). */
    forCardRefund(refundId: string, copy = false): Receipt {
      const refund = deps.cardRefund?.(refundId);
      if (!refund) throw translatedError('not_found', 'err.refund.unknown');
      return buildCardRefundReceipt(refund, deps.orders.get(refund.orderId), context(copy));
    },
    /** A return's receipt. */
    forReturn(record: ReturnRecord, copy = false): Receipt {
      const order = record.orderId ? deps.orders.get(record.orderId) : null;
      const store = deps.store();
      return buildRefundReceipt(record, order, {
        ...context(copy),
        currency: store.currency,
        pricesIncludeTax: store.pricesIncludeTax,
        refundReference: deps.refundReference ?? (() => null),
      });
    },
  };
}

export type ReceiptSource = ReturnType<typeof createReceiptSource>;

/** The receipt in its language's words (the catalog is loaded the first time that language prints). */
export async function documentOf(receipt: Receipt): Promise<ReceiptDocument> {
  return receiptDocument(receipt, await loadTranslator(receipt.language));
}
