/*
 * What the core says outside a window, in the reader's language (issue 10): an alert raised in the core reads in
 * the window's display language; the exported CSV files' headings are in the store's language.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bookkeepingCsv } from '../../../src/main/core/exports/bookkeeping-csv.ts';
import { salesCsv } from '../../../src/main/core/reports/sales-report.ts';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';
import { enCore } from '../../../src/shared/i18n/en-core.ts';
import { errorText, failureText } from '../../../src/shared/i18n/errors.ts';
import { languages } from '../../../src/shared/i18n/languages.ts';
import { english, setTranslator } from '../../../src/shared/i18n/translate.ts';
import {
  disputeReasonValues,
  eventTypeValues,
  withStripeWords,
} from '../../../src/shared/payments/stripe-words.ts';
import { tempDir, testCore } from '../../support/core.ts';

afterEach(() => setTranslator(english));

describe('an alert raised in the core', () => {
  it('reads in the window’s display language, with its values', async () => {
    const dir = tempDir();
    // A database Kassa could not check at start (a driver that does not load) raises a real alert.
    const { core, close } = testCore(dir, undefined, {
      integrityCheckDriver: join(dir, 'no-such-driver.js'),
    });
    try {
      await core.integrityChecked;
      const [alert] = core.services.alerts.open();
      expect(alert?.messageKey).toBe('alert.integrityUnchecked');
      setTranslator(await loadTranslator('bg'));
      expect(errorText(alert!)).toBe(
        'При това стартиране базата данни не можа да бъде проверена за повреди. Продажбите продължават нормално; ако това се повтаря, уведомете ИТ поддръжката и им дайте лог файла.',
      );

      const paid = core.services.alerts.raise('info', 'remote_order_paid', {
        key: 'alert.remotePaid',
        params: { name: 'Anna Rossi', fulfilment: 'delivery' },
      });
      setTranslator(await loadTranslator('it'));
      expect(errorText(paid)).toBe('Anna Rossi ha pagato tramite link il suo ordine da consegnare.');
      setTranslator(english);
      expect(errorText(paid)).toBe('Anna Rossi paid their delivery order by link.');
    } finally {
      await close();
    }
  });

  it('names a stored secret and a Mercado Pago country in the reader’s language', async () => {
    setTranslator(await loadTranslator('es'));
    expect(
      errorText({
        message: '',
        messageKey: 'alert.secretUnreadable',
        params: { nameKey: 'secret.stripeKey', profile: 'lisboa' },
      }),
    ).toMatch(/^Kassa ya no puede leer la clave secreta de Stripe del perfil «lisboa»:/);
    expect(
      errorText({
        message: '',
        messageKey: 'err.mp.accountCurrency',
        params: { countryRegion: 'BR', accepted: 'BRL', currency: 'EUR' },
      }),
    ).toContain('Brasil');
  });

  it('says Stripe’s dispute reasons and event types in words, and a code it does not know as the code', async () => {
    const { core, close } = testCore(tempDir());
    try {
      const disputed = (reason: string) =>
        core.services.alerts.raise('critical', 'payment_disputed', {
          key: 'alert.disputed',
          params: { amount: '€9.50', ...disputeReasonValues('reason', reason), due: '5 Dec 2026' },
        });
      const unmatched = (type: string) =>
        core.services.alerts.raise('warning', 'unmatched_provider_payment', {
          key: 'alert.unmatchedEvent',
          params: { ref: 'pi_1', amount: '€9.50', ...eventTypeValues('event', type) },
        });
      const [fraud, newReason, page, newEvent] = [
        disputed('fraudulent'),
        disputed('a_reason_from_next_year'),
        unmatched('checkout.session.completed'),
        unmatched('toString'),
      ];
      expect(fraud.message).toContain('(fraud)');
      setTranslator(await loadTranslator('it'));
      expect(errorText(fraud)).toContain('(frode)');
      expect(errorText(newReason)).toContain('(a_reason_from_next_year)');
      expect(errorText(page)).toContain('(pagina di pagamento completata)');
      expect(errorText(newEvent)).toContain('(toString)');
      setTranslator(await loadTranslator('zh-CN'));
      expect(errorText(fraud)).toContain('欺诈');
    } finally {
      await close();
    }
  });

  it('says the Stripe code of an alert raised before Kassa had words for it, by its code', async () => {
    const { core, close } = testCore(tempDir());
    try {
      // What the sweep raised last stop: the reason's code alone, no key beside it.
      const old = core.services.alerts.raise('critical', 'payment_disputed', {
        key: 'alert.disputed',
        params: { amount: '€9.50', reason: 'fraudulent', due: '5 Dec 2026' },
      });
      const oldEvent = core.services.alerts.raise('warning', 'unmatched_provider_payment', {
        key: 'alert.unmatchedEvent',
        params: { ref: 'pi_1', amount: '€9.50', event: 'payment_intent.succeeded' },
      });
      const shown = (alert: typeof old) =>
        errorText({ ...alert, params: withStripeWords(alert.messageKey, alert.params) });
      setTranslator(await loadTranslator('it'));
      expect(errorText(old)).toContain('(fraudulent)');
      expect(shown(old)).toContain('(frode)');
      expect(shown(oldEvent)).not.toContain('payment_intent.succeeded');
      setTranslator(await loadTranslator('bg'));
      expect(shown(old)).not.toContain('fraudulent');
      // A code Kassa still does not know stays the code.
      const unknown = { ...old, params: { ...old.params, reason: 'a_reason_from_next_year' } };
      expect(shown(unknown)).toContain('(a_reason_from_next_year)');
    } finally {
      await close();
    }
  });

  it('says why a payment link failed at the bank in the cashier’s language', async () => {
    setTranslator(await loadTranslator('pt-BR'));
    expect(failureText({ code: 'bank_debit_failed' })).toBe(
      'O banco do cliente não pagou: o débito bancário falhou. Peça outra forma de pagamento.',
    );
    setTranslator(english);
    expect(failureText({ code: 'bank_debit_failed' })).toMatch(/bank debit failed/);
  });

  it('has its words in every language', async () => {
    for (const language of languages) {
      const { t } = await loadTranslator(language);
      for (const key of Object.keys(enCore) as (keyof typeof enCore)[]) {
        const said = t(key, { amount: '1', phase: 'x', state: 'x', status: 'paid', fulfilment: 'pickup' });
        expect(said, `${language} ${key}`).not.toBe('');
        if (language !== 'en' && !['csv.no', 'printing.testSize'].includes(key))
          expect(said, `${language} ${key}`).not.toBe(
            english.t(key, { amount: '1', phase: 'x', state: 'x', status: 'paid', fulfilment: 'pickup' }),
          );
      }
    }
  });
});

describe('the exported CSV files', () => {
  const row = {
    at: Date.parse('2026-11-02T10:15:00Z'),
    type: 'refund' as const,
    orderId: 'order-1',
    orderNumber: 1,
    methodName: 'Card',
    journal: 'bank' as const,
    amount: 150,
    currency: 'EUR',
    cardBrand: 'visa',
    cardLast4: '4242',
    accounts: {
      outstanding: { code: '1360', isDefault: true },
      intermediary: { code: '1361', isDefault: true },
    },
    needsReconciliation: true,
  };
  const expected = {
    en: ['Date and time', 'Needs reconciliation', 'refund', 'yes', 'bank', 'cash'],
    'zh-CN': ['日期和时间', '需要对账', '退款', '是', '银行', '现金'],
    bg: ['Дата и час', 'За равняване', 'възстановяване', 'да', 'банка', 'в брой'],
    it: ['Data e ora', 'Da riconciliare', 'rimborso', 'sì', 'banca', 'contanti'],
    es: ['Fecha y hora', 'Por conciliar', 'reembolso', 'sí', 'banco', 'efectivo'],
    'pt-BR': ['Data e hora', 'A conciliar', 'estorno', 'sim', 'banco', 'dinheiro'],
  } as const;

  it.each(languages)('have their headings and words in the store’s language: %s', async (language) => {
    const tr = await loadTranslator(language);
    const [at, reconcile, refund, yes, bank, cash] = expected[language];
    const [header, record, cashRecord] = (
      await bookkeepingCsv([row, { ...row, journal: 'cash', cardBrand: null, cardLast4: null }], tr)
    )
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(header!.split(',')[0]).toBe(at);
    expect(header!.split(',')[12]).toBe(reconcile);
    expect(record!.split(',')[2]).toBe(refund);
    expect(record!.split(',')[4]).toBe(bank);
    expect(cashRecord!.split(',')[4]).toBe(cash);
    expect(record!.split(',')[12]).toBe(yes);

    const sales = salesCsv(
      {
        from: '2026-11-01',
        to: '2026-11-02',
        by: 'category',
        currency: 'EUR',
        rows: [{ key: 'Drinks', orders: 2, quantity: 3, net: 300, tax: 57, gross: 357 }],
        total: { key: '', orders: 2, quantity: 3, net: 300, tax: 57, gross: 357 },
      },
      tr,
    ).split(/\r?\n/);
    expect(sales[0]).toBe(
      [
        tr.t('prefs.reports.by.category'),
        tr.t('prefs.reports.orders'),
        tr.t('prefs.reports.quantity'),
        tr.t('prefs.reports.net'),
        tr.t('prefs.reports.tax'),
        tr.t('prefs.reports.gross'),
        tr.t('csv.currency'),
      ].join(','),
    );
    expect(sales[2]!.startsWith(`${tr.t('prefs.reports.total')},`)).toBe(true);
  });
});
