/**
 * A return prints its refund receipt (TILL-6, TILL-7): the job is queued in the transaction that records the
 * return, the receipt says REFUND with the order's number, the lines and the money given back, and the drawer
 * opens when cash goes back. A refused return queues nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import type { PrintedPiece } from '../../../src/sim/escpos/decoder.ts';
import { newId } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89, 7 %
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19, 19 %

let kassa: PreferencesTill;
let printer: VirtualPrinter;

beforeEach(async () => {
  kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } }, printRetryMs: 50 });
  await kassa.core.printing.ready;
  printer = kassa.core.printing.demoPrinter()!;
  await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
});
afterEach(async () => kassa.close());

const read = (piece: PrintedPiece) => piece.lines.map((l) => l.replace(/\s{2,}/g, ' ').trim());

async function cashSale() {
  const receipt = printer.nextReceipt();
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [
      { productId: sourdough.id, quantity: 2 },
      { productId: cola.id, quantity: 1 },
    ],
    payments: [{ id: newId(), methodId: 'cash', amount: 897 }],
  });
  await receipt;
  await kassa.core.printing.queue.idle();
  return order;
}

describe('a refund receipt', () => {
  it('prints after a cash return with REFUND, the order number, the lines and the cash given back, and opens the drawer', async () => {
    const order = await cashSale();
    expect(printer.pulses()).toHaveLength(1);
    const refundPaper = printer.nextReceipt();
    const returned = await kassa.call('returns.create', {
      returnId: newId(),
      orderId: order.id,
      lines: [{ position: 1, quantity: 1 }],
      reason: 'Stale bread',
    });
    expect(returned.total).toBe(389);
    const paper = read(await refundPaper);
    expect(paper).toContain('REFUND');
    expect(paper).toContain(`Refund for order ${order.number}`);
    expect(paper).toContain('Sourdough Loaf €3.89');
    expect(paper).toContain('Total €3.89');
    expect(paper).toContain('Back to Cash €3.89');
    expect(paper).toContain('Reason: Stale bread');
    await kassa.core.printing.queue.idle();
    expect(printer.receipts()).toHaveLength(2);
    expect(printer.pulses()).toHaveLength(2);
    const jobs = kassa.core.services.printStore.jobsOfOrder(order.id);
    expect(jobs.map((j) => [j.kind, j.return_id, j.state])).toEqual([
      ['receipt', null, 'printed'],
      ['refund', returned.id, 'printed'],
    ]);
  });

  it('waits in the queue with the return while no printer is reachable, and a refused return queues none', async () => {
    const order = await cashSale();
    await printer.set({ online: false });
    const returnId = newId();
    await kassa.call('returns.create', {
      returnId,
      orderId: order.id,
      lines: [{ position: 2, quantity: 1 }],
      reason: 'Wrong drink',
    });
    const waiting = await kassa.call('printing.status', {});
    expect(waiting.jobs).toEqual([expect.objectContaining({ kind: 'refund', orderNumber: order.number })]);

    const refused = await kassa.fail('returns.create', {
      returnId: newId(),
      orderId: order.id,
      lines: [{ position: 2, quantity: 1 }], // the only cola was returned already
      reason: 'Again',
    });
    expect(refused.code).toBe('amount_invalid');
    expect(
      kassa.core.services.printStore.jobsOfOrder(order.id).filter((j) => j.kind === 'refund'),
    ).toHaveLength(1);

    const paper = printer.nextReceipt();
    await printer.set({ online: true });
    expect(read(await paper)).toContain('Cola 0.33 l €1.19');
  });
});
