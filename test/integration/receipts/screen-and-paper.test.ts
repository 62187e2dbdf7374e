/**
 * The receipt on the till's screen is the printed paper (issue 11): the window asks `receipts.forOrder` for the
 * order's receipt model and lays it out with the same `receiptDocument` the printers render; here that layout,
 * set in the roll's columns, reads line for line as what the virtual ESC/POS printer decoded from the bytes it
 * received for the same order.
 */
import { describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { layoutLines } from '../../../src/main/core/receipts/render-escpos.ts';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';
import { receiptDocument } from '../../../src/shared/receipts/receipt-document.ts';
import type { VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import { newId } from '../../support/core.ts';
import type { PreferencesTill } from '../preferences/preferences-till.ts';
import { printingTillForEachTest, readPaper } from '../printing/printing-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!;
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!;

let kassa: PreferencesTill;
let printer: VirtualPrinter;
printingTillForEachTest((till) => ({ kassa, printer } = till));

const words = (line: string) => line.replace(/\s+/g, ' ').trim();

describe('the receipt on the screen and on the paper', () => {
  it('say the same lines and sums, with discounts, two tax rates, cash given and change', async () => {
    await kassa.openPreferences();
    await kassa.prefs('receiptSettings.save', {
      address: ['Marktstraße 1', '10115 Berlin'],
      taxId: 'DE123456789',
      footer: 'See you tomorrow',
      qr: true,
    });
    const paper = printer.nextReceipt();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [
        { productId: sourdough.id, quantity: 3, discount: { kind: 'percent', basisPoints: 1000 } },
        { productId: cola.id, quantity: 2 },
      ],
      orderDiscount: { kind: 'amount', amount: 50 },
      payments: [{ id: newId(), methodId: 'cash', amount: 1238, tendered: 2000 }],
    });
    const printed = readPaper(await paper).filter((l) => l !== '' && !/^-+$/.test(l));

    // What the till's window is given, laid out as the window lays it out.
    const onScreen = await kassa.call('receipts.forOrder', { orderId: order.id });
    const doc = receiptDocument(onScreen, await loadTranslator(onScreen.language));
    const shown = layoutLines(doc.blocks, 48)
      .map((l) => ('qr' in l ? '' : words(`${l.left} ${l.right}`)))
      .filter((l) => l !== '' && !/^-+$/.test(l));

    expect(shown).toEqual(printed);
    for (const line of ['Marktstraße 1', 'Tax ID DE123456789', 'Cash given €20.00', 'See you tomorrow'])
      expect(printed).toContain(line);
    expect(printed.some((l) => l.startsWith('Change '))).toBe(true);
  });
});
