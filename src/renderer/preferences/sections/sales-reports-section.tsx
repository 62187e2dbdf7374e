import { FiguresTable } from '../../shared/figures-table.tsx';
import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { SalesDimension, SalesReport } from '../../../shared/ipc/reports.ts';
import { TextField } from '../../shared/form-field.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, SectionHeader } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { thisMonthSoFar } from './bookkeeping-export-section.tsx';
import { downloadText } from './download.ts';
import { ErrorLine } from '../../shared/error-line.tsx';

const dimensions: readonly SalesDimension[] = ['day', 'hour', 'category', 'product', 'staff', 'method'];
const fields = ['from', 'to', 'by'];

/** Sales for a chosen period, grouped one way, read in a worker thread; the same figures as a CSV file. */
export function SalesReportsSection() {
  const { format } = usePrefs();
  const form = useForm({ ...thisMonthSoFar(new Date()), by: 'category' }, fields);
  const [report, setReport] = useState<SalesReport | null>(null);
  const request = () => ({
    from: form.values.from,
    to: form.values.to,
    by: form.values.by as SalesDimension,
  });

  const show = async (event: FormEvent) => {
    event.preventDefault();
    const value = await form.submit(() => window.kassa.reports.sales(request()));
    if (value) setReport(value);
  };
  const csv = async () => {
    const file = await form.submit(() => window.kassa.reports.salesCsv(request()));
    if (file) downloadText(file.fileName, file.csv, 'text/csv;charset=utf-8');
  };

  return (
    <div className="section">
      <SectionHeader title={t('prefs.reports.title')} summary={t('prefs.reports.summary')} />
      <form noValidate aria-label={t('prefs.reports.title')} onSubmit={(e) => void show(e)}>
        <Card>
          <div className="form-grid">
            <TextField
              id="reports-from"
              label={t('prefs.export.from')}
              error={form.errorOf('from')}
              type="date"
              value={form.values.from}
              onChange={(value) => form.set('from', value)}
            />
            <TextField
              id="reports-to"
              label={t('prefs.export.to')}
              error={form.errorOf('to')}
              type="date"
              value={form.values.to}
              onChange={(value) => form.set('to', value)}
            />
            <label className="field" htmlFor="reports-by">
              <span className="field__label">{t('prefs.reports.by')}</span>
              <select
                id="reports-by"
                className="field__input"
                value={form.values.by}
                onChange={(event) => form.set('by', event.target.value)}
              >
                {dimensions.map((d) => (
                  <option key={d} value={d}>
                    {t(`prefs.reports.by.${d}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="save-bar">
            <ErrorLine text={form.generalError} className="save-bar__error" />
            <div className="save-bar__buttons">
              <button
                type="button"
                className="button"
                onClick={() => void csv()}
                disabled={form.status === 'busy'}
              >
                {t('prefs.reports.csv')}
              </button>
              <button type="submit" className="button button--primary" disabled={form.status === 'busy'}>
                {t('prefs.reports.show')}
              </button>
            </div>
          </div>
        </Card>
      </form>
      {report ? (
        <Card title={t(`prefs.reports.by.${report.by}`)}>
          <FiguresTable
            className="table"
            testId="sales-report"
            columns={[
              t(`prefs.reports.by.${report.by}`),
              t('prefs.reports.orders'),
              t('prefs.reports.quantity'),
              t('prefs.reports.net'),
              t('prefs.reports.tax'),
              t('prefs.reports.gross'),
            ]}
            rows={[...report.rows, { ...report.total, key: t('prefs.reports.total') }].map((r) => ({
              key: r.key,
              label: r.key,
              figures: [
                r.orders,
                r.quantity,
                format.money(r.net),
                format.money(r.tax),
                format.money(r.gross),
              ],
              testId: 'sales-row',
            }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
