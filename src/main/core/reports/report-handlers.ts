import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import { salesCsv, salesReport } from './sales-report.ts';
import { loadTranslator } from '../../../shared/i18n/catalogs.ts';
import { languageForLocale } from '../../../shared/i18n/languages.ts';

/** The owner's sales reports, from the preferences window only; the CSV export is audited like the bookkeeping one. */
export function reportHandlers(s: Services): Pick<Handlers, 'reports.sales' | 'reports.salesCsv'> {
  return {
    'reports.sales': (request) => {
      s.session.requirePreferencesOwner();
      return salesReport(s.reports, request, s.store().currency);
    },
    'reports.salesCsv': async (request) => {
      const owner = s.session.requirePreferencesOwner();
      const report = await salesReport(s.reports, request, s.store().currency);
      s.audit.record({
        action: 'export.sales',
        actor: owner.name,
        details: { ...request, rows: report.rows.length },
      });
      return {
        fileName: `kassa-sales-by-${request.by}-${request.from}-to-${request.to}.csv`,
        // In the store's language, as the Z's CSV.
        csv: salesCsv(report, await loadTranslator(languageForLocale(s.store().locale))),
      };
    },
  };
}
