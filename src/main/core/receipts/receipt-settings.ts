import { translatedError } from '../../../shared/i18n/errors.ts';
import type { ReceiptSettingsInput } from '../../../shared/ipc/receipt-settings.ts';
import { receiptLimits } from '../../../shared/ipc/constants.ts';
import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import { defaultReceiptSettings, type ReceiptSettings } from './build-receipt.ts';

/** Characters as a person counts them (an emoji or a Chinese character is one). */
const length = (text: string) => [...text].length;

/**
 * The owner's receipt settings, checked in the owner's words (PREF-4): what does not fit is refused and
 * nothing is saved; nothing is cut short. An empty tax id or footer means none.
 */
export function checkReceiptSettings(
  input: ReceiptSettingsInput,
  current: ReceiptSettings = defaultReceiptSettings,
): ReceiptSettings {
  const { addressLines, lineLength, taxId, footer } = receiptLimits;
  if (input.address.length > addressLines)
    throw translatedError(
      'invalid_request',
      'err.receiptSettings.addressLines',
      { max: addressLines },
      'address',
    );
  input.address.forEach((line, index) => {
    if (length(line) > lineLength)
      throw translatedError(
        'invalid_request',
        'err.receiptSettings.addressLine',
        { line: index + 1, max: lineLength },
        'address',
      );
  });
  const tax = input.taxId?.trim() || null;
  if (tax !== null && length(tax) > taxId)
    throw translatedError('invalid_request', 'err.receiptSettings.taxId', { max: taxId }, 'taxId');
  const foot = input.footer?.trim() ? input.footer : null;
  if (foot !== null && length(foot) > footer)
    throw translatedError('invalid_request', 'err.receiptSettings.footer', { max: footer }, 'footer');
  return {
    address: input.address,
    taxId: tax,
    footer: foot,
    qr: input.qr,
    zAtClose: input.zAtClose ?? current.zAtClose,
  };
}

/** Preferences → Printers and receipt: the receipt's own settings, read and saved by the owner. */
export function receiptSettingsHandlers(
  s: Services,
): Pick<Handlers, 'receiptSettings.get' | 'receiptSettings.save' | 'receipts.forOrder'> {
  const owner = (): string => s.session.requirePreferencesOwner().name;
  return {
    'receiptSettings.get': () => (owner(), s.receipts.settings()),
    'receiptSettings.save': (input) => {
      const actor = owner();
      const value = checkReceiptSettings(input, s.receipts.settings());
      // The setting and its audit entry commit together.
      s.tx.run(() => {
        s.receipts.saveSettings(value);
        s.audit.record({ action: 'settings.receipt_saved', actor, details: { ...value } });
      });
      return s.receipts.settings();
    },
    'receipts.forOrder': ({ orderId }) => s.receipts.forScreen(orderId),
  };
}
