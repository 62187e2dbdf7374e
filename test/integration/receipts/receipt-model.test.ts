import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { documentOf } from '../../../src/main/core/receipts/receipt-source.ts';
import { layoutLines, renderEscPos } from '../../../src/main/core/receipts/render-escpos.ts';
import { renderReceiptHtml } from '../../../src/main/core/receipts/render-html.ts';
import { renderReceiptPdf } from '../../../src/main/core/receipts/render-pdf.ts';

const product = (name: string) => demoProducts.find((d) => d.name === name)!;
const sourdough = product('Sourdough Loaf'); // 3.89, 7 %
const cola = product('Cola 0.33 l'); // 1.19, 19 %

let kassa: ReturnType<typeof testCore>;
afterEach(async () => kassa?.close());

const text = (lines: ReturnType<typeof layoutLines>) =>
  lines.map((l) => ('qr' in l ? '[QR]' : `${l.left}|${l.right}`));

describe('the receipt of a sale', () => {
  it('has every line, the discount, tax per rate, the total, what was given and the change', async () => {
    kassa = testCore();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [
        { productId: sourdough.id, quantity: 2, discount: { kind: 'percent', basisPoints: 1000 } },
        { productId: cola.id, quantity: 1 },
      ],
      payments: [{ id: newId(), methodId: 'cash', amount: 819, tendered: 1000 }],
    });
    const receipt = kassa.core.services.receipts.forOrder(order.id);
    expect(receipt.orderNumber).toBe(1);
    expect(receipt.cashier).toBe('Demo');
    expect(receipt.lines.map((l) => [l.name, l.quantity, l.gross, l.discount])).toEqual([
      ['Sourdough Loaf', 2, 778, 78],
      ['Cola 0.33 l', 1, 119, 0],
    ]);
    expect(receipt.taxes.reduce((s, t) => s + t.gross, 0)).toBe(receipt.total);
    expect(receipt.change).toBe(1000 - receipt.total);

    const laidOut = layoutLines((await documentOf(receipt)).blocks, 32);
    const printed = text(laidOut);
    expect(printed).toContain('Sourdough Loaf|€7.78');
    expect(printed).toContain('  Discount -10 %|-€0.78');
    expect(printed).toContain('Total|€8.19');
    expect(printed).toContain('  Cash given|€10.00');
    expect(printed).toContain('Change|€1.81');
    expect(printed).toContain('VAT 19 %|');
    expect(printed).toContain('[QR]');
    // Nothing is wider than the roll: a label and its amount always fit with a space between them.
    for (const l of laidOut)
      if (!('qr' in l)) expect(l.left.length + (l.right ? l.right.length + 1 : 0)).toBeLessThanOrEqual(32);
  });

  it('a reprint says COPY and renders as ESC/POS, HTML and PDF', async () => {
    kassa = testCore();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    const doc = await documentOf(kassa.core.services.receipts.forOrder(order.id, true));
    const bytes = Buffer.from(renderEscPos(doc, { columns: 48, codepage: 'auto', drawerPin: 2 }));
    expect(bytes.includes(Buffer.from('*** COPY ***'))).toBe(true);
    expect(bytes.includes(Buffer.from([0x1b, 0x70, 0x00]))).toBe(true); // ESC p on pin 2
    expect(renderReceiptHtml(doc)).toContain('*** COPY ***');
    const pdf = await renderReceiptPdf(doc, { paperWidthMm: 80 });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('an open order has no receipt yet', async () => {
    kassa = testCore();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [],
    });
    expect(() => kassa.core.services.receipts.forOrder(order.id)).toThrow(/Only a paid order/);
  });
});
