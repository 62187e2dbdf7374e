import { stringify } from 'csv-stringify/sync';
import { toDecimalString } from '../../../shared/money/money.ts';
import type { ShiftReport, ZReportEntry } from '../../../shared/ipc/shifts.ts';
import { localDateTime } from '../exports/local-days.ts';

/** One line of a printed or exported report: section, what, how many (or empty), amount. */
export type ReportLine = [section: string, item: string, count: string, amount: string];

const percent = (bp: number) => `${bp / 100} %`;

/**
 * The report as lines, in the order a Z is read at the counter. The PDF and the CSV are both written from
 * these, so they cannot say different things.
 */
export function reportLines(r: ShiftReport): ReportLine[] {
  const m = (n: number) => toDecimalString(n, r.currency);
  const lines: ReportLine[] = [];
  const add = (section: string, item: string, amount: number | null, count: number | null = null) =>
    lines.push([section, item, count === null ? '' : String(count), amount === null ? '' : m(amount)]);
  const numbers =
    r.sales.firstNumber === null ? 'none' : `orders ${r.sales.firstNumber} to ${r.sales.lastNumber}`;
  add('Sales', `Sales (${numbers})`, r.sales.total, r.sales.orders);
  add('Sales', 'Discounts given', r.sales.discounts);
  add('Sales', 'Cash rounding', r.sales.cashRounding);
  for (const t of r.sales.taxes) {
    add('Taxes on sales', `${percent(t.rateBp)} net`, t.net);
    add('Taxes on sales', `${percent(t.rateBp)} tax`, t.tax);
    add('Taxes on sales', `${percent(t.rateBp)} gross`, t.gross);
  }
  add('Returns', 'Returns', r.returns.total, r.returns.count);
  for (const t of r.returns.taxes) {
    add('Taxes on returns', `${percent(t.rateBp)} net`, t.net);
    add('Taxes on returns', `${percent(t.rateBp)} tax`, t.tax);
    add('Taxes on returns', `${percent(t.rateBp)} gross`, t.gross);
  }
  add('Voids', 'Voided orders', r.voids.total, r.voids.count);
  if (r.noSales !== undefined) add('Voids', 'Drawer opened without a sale (No sale)', null, r.noSales);
  for (const p of r.payments) {
    add('Payments', `${p.methodName} taken`, p.taken);
    add('Payments', `${p.methodName} given back`, p.refunded);
    add('Payments', `${p.methodName} net`, p.net);
  }
  add('Cash', 'Opening float (counted)', r.cash.openingFloat);
  add('Cash', 'Cash sales', r.cash.sales);
  add('Cash', 'Cash refunds', r.cash.refunds);
  add('Cash', 'Pay-ins', r.cash.payIns);
  add('Cash', 'Pay-outs', r.cash.payOuts);
  add('Cash', 'Expected in the drawer', r.cash.expected);
  for (const mv of r.movements)
    add('Cash movements', `${mv.kind === 'pay_in' ? 'Pay-in' : 'Pay-out'}: ${mv.reason}`, mv.amount);
  for (const c of r.counts) {
    add('Count', `${c.methodName} counted`, c.counted);
    add('Count', `${c.methodName} expected`, c.expected);
    add('Count', `${c.methodName} difference${c.reason ? ` (${c.reason})` : ''}`, c.difference);
  }
  for (const a of r.openCardPayments)
    add('Card payments to check', `${a.methodName} ${a.forced ? 'forced, to reconcile' : a.state}`, a.amount);
  return lines;
}

const title = (r: ShiftReport) => (r.kind === 'Z' ? `Z report ${r.zNumber}` : 'X report');

export function heading(r: ShiftReport, entry: ZReportEntry | null): string[] {
  return [
    `${title(r)} — ${r.tillName}`,
    `Shift opened ${localDateTime(r.openedAt)}${r.openedBy ? ` by ${r.openedBy}` : ''}`,
    `${r.kind === 'Z' ? 'Closed' : 'Figures at'} ${localDateTime(r.until)}${r.closedBy ? ` by ${r.closedBy}` : ''}`,
    `Amounts in ${r.currency}`,
    ...(entry ? [`SHA-256 ${entry.hash}`, `Previous Z ${entry.prevHash}`] : []),
  ];
}

export function reportCsv(r: ShiftReport, entry: ZReportEntry | null): string {
  return stringify([...heading(r, entry).map((h) => ['Report', h, '', '']), ...reportLines(r)], {
    header: true,
    columns: ['Section', 'Item', 'Count', 'Amount'],
  });
}

/**
 * An A4 PDF of the report (pdfkit's built-in Helvetica: no font files to ship). pdfkit is loaded on the first
 * PDF, not at start: parsing it and its font data was a sizeable part of the till's cold start.
 */
export async function reportPdf(r: ShiftReport, entry: ZReportEntry | null): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${title(r)} — ${r.tillName}`, Creator: 'Kassa' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const [first, ...rest] = heading(r, entry);
  doc.font('Helvetica-Bold').fontSize(16).text(first!);
  doc.font('Helvetica').fontSize(9);
  for (const h of rest) doc.text(h);
  let section = '';
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  for (const [sec, item, count, amount] of reportLines(r)) {
    if (sec !== section) {
      section = sec;
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(sec, left);
      doc.font('Helvetica').fontSize(10);
    }
    const y = doc.y;
    doc.text(count ? `${item} (${count})` : item, left, y, { width: width - 110 });
    const after = doc.y;
    doc.text(amount, left + width - 100, y, { width: 100, align: 'right' });
    doc.y = Math.max(after, doc.y);
  }
  doc.end();
  return done;
}
