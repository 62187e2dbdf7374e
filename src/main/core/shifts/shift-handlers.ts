import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import type { MoneyAction, ShiftService } from './shift-service.ts';
import { loadTranslator } from '../../../shared/i18n/catalogs.ts';
import { languageForLocale } from '../../../shared/i18n/languages.ts';
import { reportCsv, reportPdf } from './z-files.ts';

type ShiftChannel = Extract<keyof Handlers, `shifts.${string}`>;

/** The shift channels (TILL-8), routed to the shift service. */
export function shiftHandlers(s: Services): Pick<Handlers, ShiftChannel> {
  const shifts = s.shifts;
  return {
    'shifts.state': () => shifts.state(),
    'shifts.open': (request) => shifts.open(request),
    'shifts.moveCash': (request) => shifts.moveCash(request),
    'shifts.xReport': () => shifts.xReport(),
    'shifts.count': ({ counts }) => shifts.count(counts),
    'shifts.close': (request) => shifts.close(request),
    'shifts.zReports': ({ limit }) => shifts.zReports(limit),
    'shifts.zReport': ({ number }) => shifts.zReport(number),
    'shifts.zFile': async ({ number, format }) => {
      s.session.requirePreferencesOwner();
      const { entry, report } = shifts.zReport(number);
      // In the store's language, as its receipts are.
      const tr = await loadTranslator(languageForLocale(s.store().locale));
      const name = `kassa-z-${number}-${report.tillName.replace(/[^A-Za-z0-9]+/g, '-')}`;
      return format === 'csv'
        ? {
            fileName: `${name}.csv`,
            mimeType: 'text/csv',
            base64: Buffer.from(reportCsv(report, entry, tr), 'utf8').toString('base64'),
          }
        : {
            fileName: `${name}.pdf`,
            mimeType: 'application/pdf',
            base64: (await reportPdf(report, entry, tr)).toString('base64'),
          };
    },
    'shifts.verifyChain': () => {
      s.session.requirePreferencesOwner();
      return shifts.verifyChain();
    },
    'shifts.getSettings': () => {
      s.session.requirePreferencesOwner();
      return shifts.settings();
    },
    'shifts.saveSettings': (request) =>
      shifts.saveSettings(request, s.session.requirePreferencesOwner().name),
  };
}

/**
 * Money moves only inside a shift where the owner asked for shifts, and never while the drawer is being
 * counted: the sale, payment and refund channels ask the shift service first, then do what they did before.
 */
export function withShiftGate(handlers: Handlers, shifts: ShiftService): Handlers {
  const gate = <C extends keyof Handlers>(channel: C, action: MoneyAction): Handlers[C] =>
    ((request: never, context: never) => {
      shifts.assertMoneyMayMove(action);
      return (handlers[channel] as (r: never, c: never) => unknown)(request, context);
    }) as Handlers[C];
  return {
    ...handlers,
    'orders.checkout': gate('orders.checkout', 'sale'),
    'orders.addPayment': gate('orders.addPayment', 'payment'),
    'payments.start': gate('payments.start', 'cardPayment'),
    'cards.charge': gate('cards.charge', 'cardPayment'),
    'payments.refund': gate('payments.refund', 'refund'),
    'paylinks.create': gate('paylinks.create', 'payment'),
    // A void gives back what was taken on the order, and the count froze the shift's sales (migration 22).
    'orders.void': gate('orders.void', 'void'),
  };
}
