import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import { loadTranslator } from '../../../shared/i18n/catalogs.ts';
import { languageForLocale } from '../../../shared/i18n/languages.ts';
import type { MailOutbox } from './mail-outbox.ts';
import type { SmtpSettingsService } from './smtp-settings.ts';
import { receiptMail } from './receipt-mail.ts';

type MailChannels =
  | 'mail.settings'
  | 'mail.saveSettings'
  | 'mail.sendTest'
  | 'mail.sendReceipt'
  | 'mail.forOrder'
  | 'mail.retry';

/** E-mail receipts: the owner's SMTP settings and test, the cashier's "e-mail the receipt". */
export function mailHandlers(
  s: Services,
  mail: MailOutbox,
  smtp: SmtpSettingsService,
): Pick<Handlers, MailChannels> {
  const owner = (): string => s.session.requirePreferencesOwner().name;
  return {
    'mail.settings': () => (owner(), smtp.view()),
    'mail.saveSettings': (input) => {
      const saved = smtp.save(input, owner());
      mail.settingsChanged();
      return saved;
    },
    'mail.sendTest': async ({ to }) => {
      owner();
      // In the store's language: the test shows what customers will get.
      const t = await loadTranslator(languageForLocale(s.store().locale));
      const shop = s.store().name;
      await mail.sendTest({
        to,
        subject: t.t('mail.test.subject', { shop }),
        text: t.t('mail.test.body', { shop }),
        html: null,
        attachments: [],
      });
      return { sentTo: to };
    },
    'mail.sendReceipt': async ({ orderId, to }) => mail.enqueue(orderId, await receiptMail(s, orderId, to)),
    'mail.forOrder': ({ orderId }) => {
      const customer = s.orders.get(orderId).customer;
      const suggested = customer ? (s.customers.get(customer.id)?.email ?? null) : null;
      return { suggested, entries: mail.forOrder(orderId) };
    },
    'mail.retry': ({ id }) => mail.retry(id),
  };
}
