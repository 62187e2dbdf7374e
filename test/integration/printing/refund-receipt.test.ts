/**
 * A return prints its refund receipt (TILL-6, TILL-7): the job is queued in the transaction that records the
 * return, the receipt says REFUND with the order's number, the lines and the money given back, and the drawer
 * opens when cash goes back. A refused return queues nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import type { PreferencesTill } from '../preferences/preferences-till.ts';
import { printingTillForEachTest, readPaper as read } from './printing-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89, 7 %
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19, 19 %

let kassa: PreferencesTill;
let printer: VirtualPrinter;

printingTillForEachTest((till) => ({ kassa, printer } = till));
beforeEach(async () => {
  await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
});

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

  it('prints for a card refund given from History: REFUND, the order, the card, the refund’s reference; once, no drawer', async () => {
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: sourdough.id, quantity: 1 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: demoStripeMethod.id,
      amount: 389,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    const sale = printer.nextReceipt();
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    const paid = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    await sale;
    await kassa.core.printing.queue.idle();

    const refundPaper = printer.nextReceipt();
    const refund = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: 100,
    });
    expect(refund.state).toBe('succeeded');
    const paper = read(await refundPaper);
    const paidOrder = await kassa.call('orders.get', { orderId: order.id });
    const [line] = paidOrder.payments;
    const reference = kassa.core.db
      .prepare<[string], string>('SELECT provider_ref FROM refunds WHERE id = ?')
      .pluck()
      .get(refund.id);
    expect(reference).toMatch(/^re_/);
    expect(paper).toContain('REFUND');
    expect(paper).toContain(`Refund for order ${paidOrder.number}`);
    expect(paper).toContain('Total €1.00');
    expect(paper).toContain(`Back to ${demoStripeMethod.name} €1.00`);
    expect(paper).toContain(`${line!.cardBrand!.toUpperCase()} ending ${line!.cardLast4}`);
    expect(paper).toContain(`Ref. ${reference}`);
    // The same refund asked again (a retried request) answers the refund made, and prints nothing more.
    await kassa.call('payments.refund', {
      refundId: refund.id,
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: 100,
    });
    await kassa.core.printing.queue.idle();
    expect(printer.receipts()).toHaveLength(2);
    expect(printer.pulses()).toEqual([]);
  });
});
