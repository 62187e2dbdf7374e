import { t } from '../../../shared/i18n/translate.ts';
import type { ShiftReport } from '../../../shared/ipc/shifts.ts';
import { useTillSetup } from '../till-context.tsx';

/** The X or Z report on screen: the same figures, in the same order, as its PDF and CSV. */
export function ReportView({ report }: { report: ShiftReport }) {
  const { format } = useTillSetup();
  const m = format.money;
  const title =
    report.kind === 'Z'
      ? t('report.titleZ', { number: report.zNumber ?? '', till: report.tillName })
      : t('report.titleX', { till: report.tillName });
  const row = (label: string, amount: number, testId?: string) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="num" data-testid={testId}>
        {m(amount)}
      </td>
    </tr>
  );
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
        <table className="report__table">
          <tbody>
            <tr>
              <th scope="row">{t('report.orders')}</th>
              <td className="num" data-testid="report-orders">
                {report.sales.orders}
              </td>
            </tr>
            {report.sales.firstNumber !== null ? (
              <tr>
                <th scope="row">{t('report.orderNumbers')}</th>
                <td className="num">
                  {report.sales.firstNumber}–{report.sales.lastNumber}
                </td>
              </tr>
            ) : null}
            {row(t('report.total'), report.sales.total, 'report-sales')}
            {row(t('report.discounts'), report.sales.discounts)}
            {report.sales.cashRounding !== 0
              ? row(t('report.cashRounding'), report.sales.cashRounding)
              : null}
            {row(t('report.returns'), report.returns.total, 'report-returns')}
            {row(t('report.voids'), report.voids.total)}
            {report.noSales !== undefined ? (
              <tr>
                <th scope="row">{t('report.noSales')}</th>
                <td className="num" data-testid="report-no-sales">
                  {report.noSales}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{t('report.taxes')}</h3>
        <table className="report__table">
          <thead>
            <tr>
              <th scope="col">{t('report.rate')}</th>
              <th scope="col" className="num">
                {t('report.net')}
              </th>
              <th scope="col" className="num">
                {t('report.tax')}
              </th>
              <th scope="col" className="num">
                {t('report.gross')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.sales.taxes.map((r) => (
              <tr key={r.rateBp}>
                <th scope="row">{format.taxRate(r.rateBp)}</th>
                <td className="num">{m(r.net)}</td>
                <td className="num">{m(r.tax)}</td>
                <td className="num">{m(r.gross)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{t('report.payments')}</h3>
        <table className="report__table">
          <thead>
            <tr>
              <th scope="col">{t('shift.method')}</th>
              <th scope="col" className="num">
                {t('report.taken')}
              </th>
              <th scope="col" className="num">
                {t('report.refunded')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.payments.map((p) => (
              <tr key={p.methodId} data-testid="report-method">
                <th scope="row">{p.methodName}</th>
                <td className="num">{m(p.taken)}</td>
                <td className="num">{m(p.refunded)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h3>{t('report.cash')}</h3>
        <table className="report__table">
          <tbody>
            {row(t('report.openingFloat'), report.cash.openingFloat)}
            {row(t('report.cashSales'), report.cash.sales)}
            {row(t('report.cashRefunds'), report.cash.refunds)}
            {row(t('report.payIns'), report.cash.payIns)}
            {row(t('report.payOuts'), report.cash.payOuts)}
            {row(t('report.expectedCash'), report.cash.expected, 'report-expected-cash')}
          </tbody>
        </table>
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
    <table className="report__table">
      <thead>
        <tr>
          <th scope="col">{t('shift.method')}</th>
          <th scope="col" className="num">
            {t('shift.countedColumn')}
          </th>
          <th scope="col" className="num">
            {t('shift.expected')}
          </th>
          <th scope="col" className="num">
            {t('shift.difference')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.methodId} data-testid="count-row">
            <th scope="row">
              {c.methodName}
              {c.reason ? <span className="report__reason"> ({c.reason})</span> : null}
            </th>
            <td className="num">{format.money(c.counted)}</td>
            <td className="num">{format.money(c.expected)}</td>
            <td className="num" data-testid="count-difference">
              {format.money(c.difference)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
