/**
 * The Z report's CSV and PDF speak the store's language: an Italian shop's accountant reads Italian headings,
 * a Bulgarian PDF is set in a font that has Cyrillic; the figures and the chain's hashes are the same in all.
 */
import { describe, expect, it } from 'vitest';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';
import type { ShiftReport, ZReportEntry } from '../../../src/shared/ipc/shifts.ts';
import { reportCsv, reportPdf } from '../../../src/main/core/shifts/z-files.ts';
import { pdfFontFor } from '../../../src/main/core/receipts/receipt-fonts.ts';

const report: ShiftReport = {
  kind: 'Z',
  zNumber: 3,
  shiftId: 's3',
  tillId: 't1',
  tillName: 'Cassa 1',
  currency: 'EUR',
  openedAt: Date.parse('2025-06-02T07:00:00'),
  openedBy: 'Anna',
  until: Date.parse('2025-06-02T19:00:00'),
  closedBy: 'Anna',
  sales: {
    orders: 2,
    firstNumber: 7,
    lastNumber: 8,
    total: 1016,
    discounts: 0,
    cashRounding: 0,
    taxes: [{ rateBp: 700, net: 727, tax: 51, gross: 778 }],
  },
  returns: { count: 0, total: 0, taxes: [] },
  voids: { count: 0, total: 0 },
  noSales: 1,
  payments: [
    { methodId: 'cash', methodName: 'Contanti', journal: 'cash', taken: 778, refunded: 0, net: 778 },
  ],
  cash: { openingFloat: 10000, sales: 778, refunds: 0, payIns: 0, payOuts: 0, expected: 10778 },
  movements: [],
  counts: [
    {
      methodId: 'cash',
      methodName: 'Contanti',
      journal: 'cash',
      counted: 10768,
      expected: 10778,
      difference: -10,
      denominations: null,
      reason: 'Resto sbagliato',
    },
  ],
  openCardPayments: [],
};
const entry: ZReportEntry = {
  tillId: 't1',
  number: 3,
  shiftId: 's3',
  createdAt: report.until,
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
};

describe('the Z files', () => {
  it('are written in the store’s language, with the same figures and hashes', async () => {
    const it = reportCsv(report, entry, await loadTranslator('it'));
    expect(it.split('\n')[0]).toBe('Sezione,Voce,Quantità,Importo');
    expect(it).toContain('Vendite,Vendite (ordini da 7 a 8),2,10.16');
    expect(it).toContain('Conteggio alla chiusura,Contanti: differenza (Resto sbagliato),,-0.10');
    expect(it).toContain(`SHA-256 ${'b'.repeat(64)}`);
    expect(it).toContain(`Chiusura Z precedente ${'a'.repeat(64)}`);
    const en = reportCsv(report, entry);
    expect(en.split('\n')[0]).toBe('Section,Item,Count,Amount');
    expect(en).toContain('Sales,Sales (orders 7 to 8),2,10.16');
    // Same figures, line for line.
    const amounts = (csv: string) =>
      csv
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').at(-1));
    expect(amounts(it)).toEqual(amounts(en));
  });

  it('set a Bulgarian or Chinese PDF in a font that has its letters, or say there is none', async () => {
    for (const language of ['bg', 'zh-CN'] as const) {
      const tr = await loadTranslator(language);
      const csv = reportCsv(report, entry, tr);
      if (pdfFontFor(csv.split('\n')) === null) {
        await expect(reportPdf(report, entry, tr)).rejects.toThrow();
        continue;
      }
      const pdf = await reportPdf(report, entry, tr);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/FontFile2|FontFile3/); // an embedded font, not Helvetica
    }
  });

  it('name each tax rate as the receipts do when the Z kept the store’s names, and only the rate when not', async () => {
    const named = (taxes: ShiftReport['sales']['taxes']) => ({
      ...report,
      sales: { ...report.sales, taxes },
    });
    const figures = { net: 727, tax: 51, gross: 778 };
    const en = reportCsv(named([{ rateBp: 700, name: 'VAT 7 %', ...figures }]), entry);
    expect(en).toContain('Taxes on sales,VAT 7 %: Net,,7.27');
    expect(en).toContain('Taxes on sales,VAT 7 %: Tax,,0.51');
    expect(en).toContain('Taxes on sales,VAT 7 %: Gross,,7.78');
    // A name without its rate gets the rate, as on the receipt; a rate the store had no name for, only the rate.
    expect(reportCsv(named([{ rateBp: 700, name: 'Reduced', ...figures }]), entry)).toContain(
      'Reduced (7%): Tax,,0.51',
    );
    expect(reportCsv(named([{ rateBp: 700, name: null, ...figures }]), entry)).toContain('7 % Tax,,0.51');
    // A Z written before the names were kept (format 1) reads as it always did.
    expect(reportCsv(report, entry)).toContain('Taxes on sales,7 % Tax,,0.51');
    const it = reportCsv(
      named([{ rateBp: 700, name: 'IVA 7 %', ...figures }]),
      entry,
      await loadTranslator('it'),
    );
    expect(it).toMatch(/IVA 7 %: [^,]+,,0\.51/);
  });
});
