import { stringify } from 'csv-stringify/sync';
import { toDecimalString } from '../../../shared/money/money.ts';
import type { ShiftReport, ZReportEntry } from '../../../shared/ipc/shifts.ts';
import { localDateTime } from '../exports/local-days.ts';
import { english, type Translator } from '../../../shared/i18n/translate.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import { pdfFontFor } from '../receipts/receipt-fonts.ts';
import { printerText } from '../receipts/render-escpos.ts';
import { percentFormat, taxLabel } from '../../../shared/receipts/receipt-document.ts';

/** One line of a printed or exported report: section, what, how many (or empty), amount. */
export type ReportLine = [section: string, item: string, count: string, amount: string];

const percent = (bp: number) => `${bp / 100} %`;

/**
 * The report as lines, in the order a Z is read at the counter, in the words of `tr` (the store's language).
 * The PDF and the CSV are both written from these, so they cannot say different things.
 */
export function reportLines(r: ShiftReport, tr: Translator = english): ReportLine[] {
  const { t } = tr;
  const m = (n: number) => toDecimalString(n, r.currency);
  const lines: ReportLine[] = [];
  const add = (section: string, item: string, amount: number | null, count: number | null = null) =>
    lines.push([section, item, count === null ? '' : String(count), amount === null ? '' : m(amount)]);
  // A rate as the receipts name it ("VAT 7 %: Net"); a Z written before the tax names were kept (format 1)
  // says only its rate ("7 % Net"): it cannot know what the store called the rate then.
  const taxes = (section: string, rows: ShiftReport['sales']['taxes']) => {
    for (const row of rows) {
      const label = row.name ? taxLabel(row.name, row.rateBp, percentFormat(tr.language), t) : null;
      const item = (what: string) => (label ? `${label}: ${what}` : `${percent(row.rateBp)} ${what}`);
      add(section, item(t('report.net')), row.net);
      add(section, item(t('report.tax')), row.tax);
      add(section, item(t('report.gross')), row.gross);
    }
  };
  const sales = t('report.sales');
  add(
    sales,
    r.sales.firstNumber === null
      ? t('zfile.salesNone')
      : t('zfile.salesRange', {
          first: r.sales.firstNumber,
          last: r.sales.lastNumber ?? r.sales.firstNumber,
        }),
    r.sales.total,
    r.sales.orders,
  );
  add(sales, t('report.discounts'), r.sales.discounts);
  add(sales, t('report.cashRounding'), r.sales.cashRounding);
  taxes(t('zfile.salesTaxes'), r.sales.taxes);
  add(t('report.returns'), t('report.returns'), r.returns.total, r.returns.count);
  taxes(t('zfile.returnTaxes'), r.returns.taxes);
  add(t('report.voids'), t('report.voids'), r.voids.total, r.voids.count);
  if (r.noSales !== undefined) add(t('report.voids'), t('report.noSales'), null, r.noSales);
  const payments = t('report.payments');
  for (const p of r.payments) {
    add(payments, `${p.methodName}: ${t('report.taken')}`, p.taken);
    add(payments, `${p.methodName}: ${t('report.refunded')}`, p.refunded);
    add(payments, `${p.methodName}: ${t('report.net')}`, p.net);
  }
  const cash = t('report.cash');
  add(cash, t('report.openingFloat'), r.cash.openingFloat);
  add(cash, t('report.cashSales'), r.cash.sales);
  add(cash, t('report.cashRefunds'), r.cash.refunds);
  add(cash, t('report.payIns'), r.cash.payIns);
  add(cash, t('report.payOuts'), r.cash.payOuts);
  add(cash, t('report.expectedCash'), r.cash.expected);
  for (const mv of r.movements)
    add(
      t('report.movements'),
      `${mv.kind === 'pay_in' ? t('report.payInRow') : t('report.payOutRow')}: ${mv.reason}`,
      mv.amount,
    );
  const count = t('report.count');
  for (const c of r.counts) {
    add(count, `${c.methodName}: ${t('zfile.counted')}`, c.counted);
    add(count, `${c.methodName}: ${t('zfile.expected')}`, c.expected);
    add(count, `${c.methodName}: ${t('zfile.difference')}${c.reason ? ` (${c.reason})` : ''}`, c.difference);
  }
  for (const a of r.openCardPayments)
    add(
      t('report.openCards'),
      `${a.methodName}: ${a.forced ? t('report.openCardForced') : a.state}`,
      a.amount,
    );
  return lines;
}

const title = (r: ShiftReport, t: Translator['t']) =>
  r.kind === 'Z'
    ? t('report.titleZ', { number: r.zNumber ?? 0, till: r.tillName })
    : t('report.titleX', { till: r.tillName });

export function heading(r: ShiftReport, entry: ZReportEntry | null, { t }: Translator = english): string[] {
  const opened = localDateTime(r.openedAt);
  const until = localDateTime(r.until);
  return [
    title(r, t),
    r.openedBy
      ? t('zfile.openedBy', { time: opened, name: r.openedBy })
      : t('zfile.opened', { time: opened }),
    r.kind === 'X'
      ? t('zfile.figuresAt', { time: until })
      : r.closedBy
        ? t('zfile.closedBy', { time: until, name: r.closedBy })
        : t('zfile.closed', { time: until }),
    t('zfile.currency', { currency: r.currency }),
    // The hashes are what a tax inspector compares, character for character: not words to translate.
    ...(entry ? [`SHA-256 ${entry.hash}`, t('zfile.prevHash', { hash: entry.prevHash })] : []),
  ];
}

export function reportCsv(r: ShiftReport, entry: ZReportEntry | null, tr: Translator = english): string {
  const { t } = tr;
  return stringify(
    [...heading(r, entry, tr).map((h) => [t('zfile.report'), h, '', '']), ...reportLines(r, tr)],
    {
      header: true,
      columns: [t('zfile.col.section'), t('zfile.col.item'), t('zfile.col.count'), t('zfile.col.amount')],
    },
  );
}

/**
 * An A4 PDF of the report (pdfkit's built-in Helvetica: no font files to ship). pdfkit is loaded on the first
 * PDF, not at start: parsing it and its font data was a sizeable part of the till's cold start.
 */
export async function reportPdf(
  r: ShiftReport,
  entry: ZReportEntry | null,
  tr: Translator = english,
): Promise<Buffer> {
  const top = heading(r, entry, tr);
  const lines = reportLines(r, tr);
  // Helvetica writes Western European text; Cyrillic and Chinese take a font this computer has (as receipts do).
  const font = pdfFontFor([...top, ...lines.flat()]);
  if (!font) throw translatedError('invalid_request', 'err.receipt.noFont');
  const regular = font.file === null ? 'Helvetica' : 'report';
  const bold = font.file === null ? 'Helvetica-Bold' : 'report';
  const text = font.file === null ? printerText : (s: string) => s;
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: top[0]!, Creator: 'Kassa' },
  });
  if (font.file !== null) doc.registerFont('report', font.file, font.family);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const [first, ...rest] = top;
  doc.font(bold).fontSize(16).text(text(first!));
  doc.font(regular).fontSize(9);
  for (const h of rest) doc.text(text(h));
  let section = '';
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  for (const [sec, item, count, amount] of lines) {
    if (sec !== section) {
      section = sec;
      doc.moveDown(0.6).font(bold).fontSize(11).text(text(sec), left);
      doc.font(regular).fontSize(10);
    }
    const y = doc.y;
    doc.text(text(count ? `${item} (${count})` : item), left, y, { width: width - 110 });
    const after = doc.y;
    doc.text(amount, left + width - 100, y, { width: 100, align: 'right' });
    doc.y = Math.max(after, doc.y);
  }
  doc.end();
  return done;
}
