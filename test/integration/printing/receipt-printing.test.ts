/**
 * Receipts on a thermal printer and the cash drawer (TILL-7, TILL-9), against the demo shop's virtual ESC/POS
 * printer over real TCP: what the printer decoded is what a customer would hold.
 */
import { describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import type { VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import { newId } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import type { PreferencesTill } from '../preferences/preferences-till.ts';
import { printingTillForEachTest, readPaper as read } from './printing-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89, 7 %
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19, 19 %

let kassa: PreferencesTill;
let printer: VirtualPrinter;

printingTillForEachTest((till) => ({ kassa, printer } = till));

const waitFor = async <T>(probe: () => T | undefined | false | Promise<T | undefined | false>) => {
  for (let i = 0; i < 1000; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
};

describe('a receipt printed on the thermal printer', () => {
  it('after a cash sale has every line, tax per rate, the total, the cash given and the change; the drawer opens once', async () => {
    const receipt = printer.nextReceipt();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [
        { productId: sourdough.id, quantity: 2 },
        { productId: cola.id, quantity: 1 },
      ],
      payments: [{ id: newId(), methodId: 'cash', amount: 897, tendered: 2000 }],
    });
    const paper = read(await receipt);
    expect(paper).toContain('Kassa Demo Shop');
    expect(paper).toContain(`Order ${order.number}`);
    expect(paper).toContain('Sourdough Loaf €7.78');
    expect(paper).toContain('2 × €3.89 · VAT 7 %');
    expect(paper).toContain('Cola 0.33 l €1.19');
    expect(paper).toContain('Total €8.97');
    expect(paper.join('\n')).toMatch(
      /VAT 7 %\nNet €7\.27\nTax €0\.51\nGross €7\.78\nVAT 19 %\nNet €1\.00\nTax €0\.19\nGross €1\.19/,
    );
    expect(paper).toContain('Cash €8.97');
    expect(paper).toContain('Cash given €20.00');
    expect(paper).toContain('Change €11.03');
    expect(printer.pulses()).toEqual([expect.objectContaining({ pin: 2 })]);
    await kassa.core.printing.queue.idle();
    expect(printer.receipts()).toHaveLength(1);
    expect(printer.pulses()).toHaveLength(1);
  });

  it('after a card sale shows the brand, last 4 and the reference, and leaves the drawer shut', async () => {
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
    const receipt = printer.nextReceipt();
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    const paper = read(await receipt);
    const [line] = (await kassa.call('orders.get', { orderId: order.id })).payments;
    const reference = kassa.core.services.journal.get(started.attemptId)?.provider_ref;
    expect(line?.cardLast4).toMatch(/^\d{4}$/);
    expect(reference).toMatch(/^pi_/);
    expect(paper).toContain(`${demoStripeMethod.name} €3.89`);
    expect(paper).toContain(`${line!.cardBrand!.toUpperCase()} ending ${line!.cardLast4}`);
    expect(paper).toContain(`Ref. ${reference}`);
    expect(printer.pulses()).toEqual([]);
  });

  it('waits while the printer is off, shows as waiting, and prints exactly once when it is back', async () => {
    await printer.set({ online: false });
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    const waiting = await waitFor(async () => {
      const { jobs } = await kassa.call('printing.status', {});
      return jobs.find((j) => j.orderId === order.id && j.lastError !== null);
    });
    expect(waiting).toMatchObject({ state: 'waiting', kind: 'receipt', orderNumber: order.number });
    const status = await kassa.call('printing.status', {});
    expect(status.printers[0]).toMatchObject({ condition: 'unreachable', receipts: true });

    const receipt = printer.nextReceipt();
    await printer.set({ online: true });
    expect(read(await receipt)).toContain(`Order ${order.number}`);
    await waitFor(async () => (await kassa.call('printing.status', {})).jobs.length === 0);
    await new Promise((r) => setTimeout(r, 200)); // a few retry periods: nothing more may come out
    expect(printer.receipts()).toHaveLength(1);
  });

  it('out of paper: nothing is sent until paper is back', async () => {
    await printer.set({ paperOut: true });
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    await waitFor(
      async () => (await kassa.call('printing.status', {})).printers[0]?.condition === 'paper_out',
    );
    const receipt = printer.nextReceipt();
    await printer.set({ paperOut: false });
    expect(read(await receipt)).toContain(`Order ${order.number}`);
    expect(printer.receipts()).toHaveLength(1);
  });

  it('a reprint from history says COPY, top and bottom, and does not open the drawer', async () => {
    const first = printer.nextReceipt();
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    expect(read(await first)).not.toContain('*** COPY ***');
    const copy = printer.nextReceipt();
    await kassa.call('printing.reprint', { orderId: order.id });
    const paper = read(await copy);
    expect(paper.filter((l) => l === '*** COPY ***')).toHaveLength(2);
    expect(paper).toContain(`Order ${order.number}`);
    expect(printer.pulses()).toHaveLength(1);
    expect(kassa.audit('receipt.reprinted')).toHaveLength(1);
  });
});

describe('no sale', () => {
  it('asks a cashier for a manager’s PIN and a reason, opens the drawer once, and is audited', async () => {
    const anna = await kassa.call('staff.save', {
      name: 'Anna Weber',
      role: 'cashier',
      pin: '2468',
      active: true,
      ownerPin: '1234',
    });
    await kassa.call('staff.save', {
      name: 'Ben',
      role: 'manager',
      pin: '1357',
      active: true,
      ownerPin: '1234',
    });
    await kassa.call('session.login', { staffId: anna.id, pin: '2468' });

    expect((await kassa.fail('drawer.noSale', { reason: '' })).field).toBe('reason');
    const refused = await kassa.fail('drawer.noSale', { reason: 'change for the float' });
    expect(refused).toMatchObject({ code: 'pin_required', field: 'managerPin' });
    expect(
      (await kassa.fail('drawer.noSale', { reason: 'change for the float', managerPin: '2468' })).code,
    ).toBe('pin_invalid');
    expect(printer.pulses()).toEqual([]);

    const pulse = printer.nextPulse();
    await kassa.call('drawer.noSale', { reason: 'change for the float', managerPin: '1357' });
    expect((await pulse).pin).toBe(2);
    await kassa.core.printing.queue.idle();
    expect(printer.pulses()).toHaveLength(1);
    expect(printer.receipts()).toEqual([]);
    const [entry] = kassa.audit('till.no_sale');
    expect(entry?.actor).toBe('Anna Weber');
    expect(JSON.parse(entry!.details!)).toEqual({ reason: 'change for the float', approvedBy: 'Ben' });
  });
});
