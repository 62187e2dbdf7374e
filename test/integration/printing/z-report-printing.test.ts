/**
 * A closed shift's Z report printed on the thermal printer (issue 11 with the shifts' Z): the same figures as the
 * stored Z, as text no wider than the roll (80 mm = 48 columns, 58 mm = 32), with the hashes to check it by;
 * audited; a number that is no Z is refused in words and nothing is queued.
 */
import { describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import { newId } from '../../support/core.ts';
import type { PreferencesTill } from '../preferences/preferences-till.ts';
import { printingTillForEachTest, readPaper as read } from './printing-till.ts';

const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19, 19 %

let kassa: PreferencesTill;
let printer: VirtualPrinter;

printingTillForEachTest((till) => ({ kassa, printer } = till));

/** The owner's setting "print the Z report when the day is closed" (Preferences → Printers and receipt). */
async function zAtClose(on: boolean) {
  await kassa.openPreferences();
  const settings = await kassa.prefs('receiptSettings.get', {});
  await kassa.prefs('receiptSettings.save', { ...settings, zAtClose: on });
}

async function closedShift() {
  await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
  const sale = printer.nextReceipt();
  await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: cola.id, quantity: 2 }],
    payments: [{ id: newId(), methodId: 'cash', amount: 238 }],
  });
  await sale;
  await kassa.core.printing.queue.idle();
  const methods = (await kassa.call('shifts.state', {})).methodsToCount;
  await kassa.call('shifts.count', {
    counts: methods.map((m) => ({ methodId: m.methodId, counted: m.methodId === 'cash' ? 10238 : 0 })),
  });
  return kassa.call('shifts.close', { reasons: [] });
}

describe('a Z report on the receipt printer', () => {
  for (const [paperMm, columns] of [
    [80, 48],
    [58, 32],
  ] as const) {
    it(`prints the stored Z's figures and hashes within ${columns} columns (${paperMm} mm), audited`, async () => {
      // Printed by hand here: the Z printed by itself at closing is the next test's.
      await zAtClose(false);
      if (columns !== 48) {
        const demo = kassa.core.services.printStore.printer('demo-printer')!;
        await kassa.openPreferences();
        await kassa.prefs('printers.save', {
          id: demo.id,
          name: demo.name,
          kind: 'network',
          address: demo.address,
          columns,
          paperMm,
          codepage: 'auto',
          drawerPin: 2,
          receipts: true,
        });
      }
      const { entry, report } = await closedShift();
      const paper = printer.nextReceipt();
      const job = await kassa.call('printing.printZ', { number: entry.number });
      expect(job).toMatchObject({ kind: 'z_report', zNumber: entry.number, orderNumber: null });
      const piece = await paper;
      const lines = read(piece);
      expect(lines[0]).toBe(`Z report ${entry.number} - ${report.tillName}`);
      expect(lines).toContain('Sales (orders 1 to 1) (1) 2.38');
      // The rate as the receipts name it (the store's name, kept in the Z at its close).
      expect(lines).toContain('VAT 19 %: Gross 2.38');
      expect(lines).toContain('Cash: counted 102.38');
      expect(lines).toContain('Expected cash 102.38');
      // The hashes, wrapped to the roll, read back whole.
      expect(piece.lines.join('')).toContain(entry.hash);
      expect(piece.lines.join('')).toContain(entry.prevHash);
      expect(Math.max(...piece.lines.map((l) => l.length))).toBeLessThanOrEqual(columns);
      expect(piece.images).toEqual([]);
      // Printing a Z never opens the drawer.
      expect(printer.pulses()).toHaveLength(1);
      expect(kassa.audit('shift.z_printed')).toEqual([
        expect.objectContaining({ subject: String(entry.number) }),
      ]);
    });
  }

  it('prints by itself when the day is closed, once, audited as automatic (the setting is on unless turned off)', async () => {
    const { entry, report } = await closedShift();
    await kassa.core.printing.queue.idle();
    const pieces = printer.receipts();
    expect(pieces).toHaveLength(2); // the sale's receipt, then the Z
    expect(read(pieces[1]!)[0]).toBe(`Z report ${entry.number} - ${report.tillName}`);
    expect(pieces[1]!.lines.join('')).toContain(entry.hash);
    const audited = kassa.audit('shift.z_printed');
    expect(audited).toEqual([expect.objectContaining({ subject: String(entry.number) })]);
    expect(JSON.parse(audited[0]!.details!)).toMatchObject({ automatic: true });
    // Nothing is left in the queue to print it a second time.
    expect((await kassa.call('printing.status', {})).jobs).toEqual([]);
    await kassa.core.printing.queue.idle();
    expect(printer.receipts()).toHaveLength(2);
  });

  it('is not printed at closing when the owner turned it off; the change is audited', async () => {
    await zAtClose(false);
    const saved = kassa.audit('settings.receipt_saved');
    expect(saved).toEqual([expect.objectContaining({ actor: 'Demo Owner' })]);
    expect(JSON.parse(saved[0]!.details!)).toMatchObject({ zAtClose: false });
    await closedShift();
    await kassa.core.printing.queue.idle();
    expect(printer.receipts()).toHaveLength(1); // the sale's receipt only
    expect(kassa.audit('shift.z_printed')).toEqual([]);
  });

  it('refuses a number that is no Z report, in words, and queues nothing', async () => {
    const refused = await kassa.fail('printing.printZ', { number: 7 });
    expect(refused.code).toBe('not_found');
    expect(refused.message).toMatch(/Z/);
    expect((await kassa.call('printing.status', {})).jobs).toEqual([]);
  });
});
