import { t } from '../../../shared/i18n/translate.ts';
import type { ShiftReport } from '../../../shared/ipc/shifts.ts';
import { useTillSetup } from '../till-context.tsx';
import { FiguresTable, type FiguresRow } from '../../shared/figures-table.tsx';

/** The X or Z report on screen: the same figures, in the same order, as its PDF and CSV. */
export function ReportView({ report }: { report: ShiftReport }) {
  const { format } = useTillSetup();
  const m = format.money;
  const title =
    report.kind === 'Z'
      ? t('report.titleZ', { number: report.zNumber ?? '', till: report.tillName })
      : t('report.titleX', { till: report.tillName });
  const row = (label: string, amount: number, testId?: string): FiguresRow => ({
    key: label,
    label,
    figures: [m(amount)],
    figureTestIds: [testId],
  });
  return (
    <article
      className="report"
      data-testid={report.kind === 'Z' ? 'z-report' : 'x-report'}
      aria-label={title}
    >
      <h2 className="report__title">{title}</h2>
      <p className="report__period">
        {t('report.period', { from: format.dateTime(report.openedAt), until: format.dateTime(report.until) })}
      </p>
      <section>
        <h3>{t('report.sales')}</h3>
        <FiguresTable
          className="report__table"
          rows={[
            {
              key: 'orders',
              label: t('report.orders'),
              figures: [report.sales.orders],
              figureTestIds: ['report-orders'],
            },
            report.sales.firstNumber !== null
              ? {
                  key: 'numbers',
                  label: t('report.orderNumbers'),
                  figures: [`${report.sales.firstNumber}–${report.sales.lastNumber}`],
                }
              : null,
            row(t('report.total'), report.sales.total, 'report-sales'),
            row(t('report.discounts'), report.sales.discounts),
            report.sales.cashRounding !== 0 ? row(t('report.cashRounding'), report.sales.cashRounding) : null,
            row(t('report.returns'), report.returns.total, 'report-returns'),
            row(t('report.voids'), report.voids.total),
            report.noSales !== undefined
              ? {
                  key: 'noSales',
                  label: t('report.noSales'),
                  figures: [report.noSales],
                  figureTestIds: ['report-no-sales'],
                }
              : null,
          ]}
        />
      </section>
      <section>
        <h3>{t('report.taxes')}</h3>
        <FiguresTable
          className="report__table"
          columns={[t('report.rate'), t('report.net'), t('report.tax'), t('report.gross')]}
          rows={report.sales.taxes.map((r) => ({
            key: r.rateBp,
            // As named when the report was made (a Z: at its close); a Z from before names were kept: the rate.
            label: format.namedTaxRate(r.name ?? null, r.rateBp),
            figures: [m(r.net), m(r.tax), m(r.gross)],
          }))}
        />
      </section>
      <section>
        <h3>{t('report.payments')}</h3>
        <FiguresTable
          className="report__table"
          columns={[t('shift.method'), t('report.taken'), t('report.refunded')]}
          rows={report.payments.map((p) => ({
            key: p.methodId,
            label: p.methodName,
            figures: [m(p.taken), m(p.refunded)],
            testId: 'report-method',
          }))}
        />
      </section>
      <section>
        <h3>{t('report.cash')}</h3>
        <FiguresTable
          className="report__table"
          rows={[
            row(t('report.openingFloat'), report.cash.openingFloat),
            row(t('report.cashSales'), report.cash.sales),
            row(t('report.cashRefunds'), report.cash.refunds),
            row(t('report.payIns'), report.cash.payIns),
            row(t('report.payOuts'), report.cash.payOuts),
            row(t('report.expectedCash'), report.cash.expected, 'report-expected-cash'),
          ]}
        />
      </section>
      {report.movements.length > 0 ? (
        <section>
          <h3>{t('report.movements')}</h3>
          <ul className="report__list">
            {report.movements.map((mv) => (
              <li key={mv.id} data-testid="report-movement">
                {format.time(mv.at)} · {mv.kind === 'pay_in' ? t('report.payInRow') : t('report.payOutRow')} ·{' '}
                {mv.reason} · {m(mv.amount)}
                {mv.approvedBy ? ` · ${t('report.approvedBy', { name: mv.approvedBy })}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.openCardPayments.length > 0 ? (
        <section>
          <h3>{t('report.openCards')}</h3>
          <ul className="report__list">
            {report.openCardPayments.map((a) => (
              <li key={a.attemptId}>
                {a.methodName} · {m(a.amount)} · {a.forced ? t('report.openCardForced') : a.state}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.counts.length > 0 ? (
        <section>
          <h3>{t('report.count')}</h3>
          <CountTable counts={report.counts} />
        </section>
      ) : null}
    </article>
  );
}

export function CountTable({ counts }: { counts: ShiftReport['counts'] }) {
  const { format } = useTillSetup();
  return (
    <FiguresTable
      className="report__table"
      columns={[t('shift.method'), t('shift.countedColumn'), t('shift.expected'), t('shift.difference')]}
      rows={counts.map((c) => ({
        key: c.methodId,
        label: (
          <>
            {c.methodName}
            {c.reason ? <span className="report__reason"> ({c.reason})</span> : null}
          </>
        ),
        figures: [format.money(c.counted), format.money(c.expected), format.money(c.difference)],
        testId: 'count-row',
        figureTestIds: [undefined, undefined, 'count-difference'],
      }))}
    />
  );
}
