/**
 * What the printer prints, read back: for random orders the printed lines, taxes and payments add up to the
 * printed total; a Chinese receipt prints its Chinese as images and its figures as text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';
import { english } from '../../../src/shared/i18n/translate.ts';
import { receiptDocument } from '../../../src/shared/receipts/receipt-document.ts';
import type { Order } from '../../../src/shared/ipc/orders.ts';
import { priceCart } from '../../../src/shared/cart/price-cart.ts';
import { taxBreakdown } from '../../../src/main/core/orders/order-repo.ts';
import { buildReceipt, defaultReceiptSettings } from '../../../src/main/core/receipts/build-receipt.ts';
import { needsRaster, renderEscPos } from '../../../src/main/core/receipts/render-escpos.ts';
import { loadRasteriser } from '../../../src/main/core/receipts/raster-line.ts';
import { createDecoder, type PrintedPiece } from '../../../src/sim/escpos/decoder.ts';

/** Feeds bytes through the virtual printer's decoder and returns the piece of paper that came out. */
function printOut(bytes: Uint8Array): PrintedPiece {
  const pieces: PrintedPiece[] = [];
  const decoder = createDecoder({
    piece: (p) => pieces.push(p),
    pulse: () => undefined,
    reply: () => undefined,
    status: () => 0x12,
    printing: () => true,
  });
  decoder.feed(bytes);
  decoder.end();
  expect(pieces).toHaveLength(1);
  return pieces[0]!;
}

const rates = [0, 700, 1900];
const orderArb = fc.record({
  lines: fc.array(
    fc.record({
      name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,40}$/),
      unitPrice: fc.integer({ min: 1, max: 500_000 }),
      quantity: fc.integer({ min: 1, max: 50 }),
      taxRateBp: fc.constantFrom(...rates),
      discountBp: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  orderDiscountBp: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
  pricesIncludeTax: fc.boolean(),
  cashShare: fc.integer({ min: 0, max: 100 }),
  extraCash: fc.integer({ min: 0, max: 10_000 }),
  columns: fc.constantFrom(32 as const, 42 as const, 48 as const),
});

/** de-DE money back to minor units: "1.234,50 €" → 123450, "-0,78 €" → -78. */
const amount = (text: string): number => {
  const m = /(-?)([\d.]+),(\d{2})\s*€$/.exec(text.trim());
  if (!m) throw new Error(`no amount in "${text}"`);
  return (m[1] ? -1 : 1) * Number(m[2]!.replace(/\./g, '') + m[3]);
};

describe('the printed receipt read back', () => {
  it('for random orders: lines less discounts make the total, taxes per rate make the total, payments less change make the total', async () => {
    await fc.assert(
      fc.asyncProperty(orderArb, async (input) => {
        const totals = priceCart({
          lines: input.lines.map((l) => ({
            name: l.name,
            unitPrice: l.unitPrice,
            quantity: l.quantity,
            taxRateBp: l.taxRateBp,
            discount: l.discountBp ? { kind: 'percent', basisPoints: l.discountBp } : undefined,
          })),
          orderDiscount: input.orderDiscountBp
            ? { kind: 'percent', basisPoints: input.orderDiscountBp }
            : undefined,
          pricesIncludeTax: input.pricesIncludeTax,
        });
        const lines = totals.lines.map((p, i) => ({
          position: i + 1,
          productId: i + 1,
          name: input.lines[i]!.name,
          quantity: input.lines[i]!.quantity,
          unitPrice: input.lines[i]!.unitPrice,
          taxRateBp: input.lines[i]!.taxRateBp,
          discount: input.lines[i]!.discountBp
            ? { kind: 'percent' as const, basisPoints: input.lines[i]!.discountBp! }
            : null,
          gross: p.gross,
          discountTotal: p.discountTotal,
          tax: p.tax,
          total: p.total,
        }));
        const cash = Math.floor((totals.total * input.cashShare) / 100);
        const card = totals.total - cash;
        const payments = [
          ...(cash > 0
            ? [
                {
                  id: 'c',
                  methodName: 'Cash',
                  journal: 'cash' as const,
                  amount: cash,
                  tendered: cash + input.extraCash,
                  change: input.extraCash,
                },
              ]
            : []),
          ...(card > 0
            ? [
                {
                  id: 'k',
                  methodName: 'Card',
                  journal: 'bank' as const,
                  amount: card,
                  tendered: null,
                  change: 0,
                },
              ]
            : []),
        ].map((p) => ({
          ...p,
          methodId: p.id,
          status: 'paid' as const,
          cardBrand: null,
          cardLast4: null,
          needsReconciliation: false,
          createdAt: 0,
          accounts: null,
        }));
        const order: Order = {
          id: 'o',
          number: 7,
          tillId: 't',
          status: 'paid',
          refunded: 0,
          refundState: 'none',
          currency: 'EUR',
          pricesIncludeTax: input.pricesIncludeTax,
          createdAt: 0,
          paidAt: 0,
          lines,
          orderDiscount: input.orderDiscountBp
            ? { kind: 'percent', basisPoints: input.orderDiscountBp }
            : null,
          subtotal: totals.subtotal,
          discountTotal: totals.discountTotal,
          taxTotal: totals.taxTotal,
          total: totals.total,
          cashRounding: 0,
          taxBreakdown: taxBreakdown(lines),
          payments,
          customer: null,
          soldBy: { id: 's', name: 'Demo Owner' },
          paid: totals.total,
          remaining: 0,
          change: cash > 0 ? input.extraCash : 0,
        };
        const receipt = buildReceipt(order, {
          store: { name: 'Shop', locale: 'de-DE' },
          till: { id: 't', name: 'Till 1' },
          settings: { ...defaultReceiptSettings, qr: false },
          referenceOf: () => null,
          copy: false,
          taxNames: new Map(),
        });
        const doc = receiptDocument(receipt, english);
        const paper = printOut(renderEscPos(doc, { columns: input.columns, codepage: 'auto' }));
        for (const l of paper.lines) expect(l.length).toBeLessThanOrEqual(input.columns);
        // The printer centres the shop's name and the thanks; every figure starts at the left.
        expect(paper.align[paper.lines.indexOf('Shop')]).toBe('center');
        paper.lines.forEach((l, k) => {
          if (/€$/.test(l)) expect(paper.align[k]).toBe('left');
        });
        // Rebuild the figures from the paper alone.
        // An amount that did not fit beside its label is printed alone on the next line: read it as one.
        const text: string[] = [];
        for (const l of paper.lines.map((x) => x.trim()))
          if (/^-?[\d.]+,\d{2} €$/.test(l) && text.length > 0) text[text.length - 1] += ` ${l}`;
          else text.push(l);
        const valueAfter = (label: string, from = 0) => {
          const i = text.findIndex((l, k) => k >= from && l.startsWith(label) && /€$/.test(l));
          return { value: amount(text[i]!), index: i };
        };
        const total = valueAfter('Total').value;
        expect(total).toBe(order.total);
        // The items section (between the second rule and the subtotal): item amounts are positive, their
        // discounts negative, whatever line a wrapped label put them on.
        const rules = text.flatMap((l, k) => (/^-+$/.test(l) ? [k] : []));
        const section = text
          .slice(
            rules[1]! + 1,
            text.findIndex((l) => l.startsWith('Subtotal')),
          )
          .filter((l) => /€$/.test(l))
          .map(amount);
        const items = section.filter((a) => a > 0).reduce((a, b) => a + b, 0);
        const discounts = section.filter((a) => a < 0).reduce((a, b) => a + b, 0);
        const sub = valueAfter('Subtotal');
        expect(items).toBe(sub.value);
        // Between the subtotal and the total: the order discount and, before tax, the tax of each rate.
        const between = text
          .slice(sub.index + 1, valueAfter('Total').index)
          .filter((l) => /€$/.test(l)) // a label too long for its amount's line wraps above it
          .reduce((s, l) => s + amount(l), 0);
        expect(sub.value + discounts + between).toBe(total);
        // Taxes: the gross of every rate adds up to the total.
        let gross = 0;
        text.forEach((l) => {
          if (l.startsWith('Gross')) gross += amount(l);
        });
        expect(gross).toBe(total);
        // Payments less the change make the total.
        const paid = text
          .filter((l) => /^(Cash|Card)\s+-?[\d.]+,\d{2} €$/.test(l))
          .reduce((s, l) => s + amount(l), 0);
        const change = text.find((l) => l.startsWith('Change'));
        expect(paid).toBe(total);
        if (cash > 0 && input.extraCash > 0) expect(amount(change!)).toBe(input.extraCash);
      }),
      { numRuns: 60 },
    );
  });

  it('a receipt in Chinese prints its Chinese lines as images and stays readable as text where it can', async () => {
    const receipt = buildReceipt(
      {
        id: 'o',
        number: 3,
        tillId: 't',
        refunded: 0,
        refundState: 'none',
        status: 'paid',
        currency: 'CNY',
        pricesIncludeTax: true,
        createdAt: 0,
        paidAt: 0,
        lines: [
          {
            position: 1,
            productId: 1,
            name: '酸面包',
            quantity: 2,
            unitPrice: 1250,
            taxRateBp: 600,
            discount: null,
            gross: 2500,
            discountTotal: 0,
            tax: 142,
            total: 2500,
          },
        ],
        orderDiscount: null,
        subtotal: 2500,
        discountTotal: 0,
        taxTotal: 142,
        total: 2500,
        cashRounding: 0,
        taxBreakdown: [{ rateBp: 600, base: 2358, tax: 142 }],
        payments: [
          {
            id: 'c',
            methodId: 'cash',
            methodName: '现金',
            journal: 'cash',
            amount: 2500,
            tendered: 5000,
            change: 2500,
            status: 'paid',
            cardBrand: null,
            cardLast4: null,
            needsReconciliation: false,
            createdAt: 0,
            accounts: null,
          },
        ],
        customer: null,
        soldBy: { id: 's', name: '李 明' },
        paid: 2500,
        remaining: 0,
        change: 2500,
      },
      {
        store: { name: '北京小店', locale: 'zh-CN' },
        till: { id: 't', name: '一号收银台' },
        settings: defaultReceiptSettings,
        referenceOf: () => null,
        copy: false,
        taxNames: new Map([[700, '增值税 7 %']]),
      },
    );
    const doc = receiptDocument(receipt, await loadTranslator('zh-CN'));
    expect(needsRaster(doc, 'auto')).toBe(true);
    expect(() => renderEscPos(doc, { columns: 48, codepage: 'auto' })).toThrow(/cannot print/);
    const paper = printOut(
      renderEscPos(doc, { columns: 48, codepage: 'auto', rasterise: await loadRasteriser() }),
    );
    // The shop's name, the items, the cashier and the words of every row come out as pictures of real glyphs …
    expect(paper.images.length).toBeGreaterThanOrEqual(10);
    for (const image of paper.images) {
      expect(image.width).toBe(48 * 12);
      const ink = image.rows.join('').split('#').length - 1;
      expect(ink).toBeGreaterThan(20); // not blank: glyphs were drawn
    }
    // … and what a code page can print stays text (the rules, the order's date).
    expect(paper.lines.some((l) => /^-{48}$/.test(l))).toBe(true);
    expect(paper.qrCodes).toHaveLength(1);
  });
});
