/**
 * Shifts with cash control (TILL-8): a counted float, pay-ins and pay-outs with reasons, the X report, the blind
 * count and the close with a numbered, chained, immutable Z report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import { createShiftStore, type ZRow } from '../../../src/main/core/shifts/shift-store.ts';
import { canonicalJson, verifyZChain, zHash } from '../../../src/main/core/shifts/z-chain.ts';
import { createHash } from 'node:crypto';
import { dayFromZ } from '../../../src/main/core/shifts/z-day.ts';
import { createShiftFactsReader } from '../../../src/main/core/shifts/shift-facts.ts';
import { newId, tempDir } from '../../support/core.ts';
import { waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, testClock, type PreferencesTill } from '../preferences/preferences-till.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89, 7 %
const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!; // 1.19, 19 %

let kassa: PreferencesTill;
afterEach(async () => kassa?.close());

const clock = testClock();
const cashSale = (lines: { productId: number; quantity: number }[], amount: number) =>
  kassa.call('orders.checkout', {
    orderId: newId(),
    lines,
    payments: [{ id: newId(), methodId: 'cash', amount, tendered: amount }],
  });

async function requireShifts() {
  await kassa.openPreferences();
  await kassa.prefs('shifts.saveSettings', {
    requireOpenShift: true,
    cashMovementLimit: 5000,
    differenceLimit: 500,
  });
}

async function addCashier() {
  const anna = await kassa.call('staff.save', {
    name: 'Anna',
    role: 'cashier',
    pin: '2468',
    active: true,
    ownerPin: '1234',
  });
  await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
  return anna;
}

describe('a shift at the till', () => {
  it('where the owner asks for shifts, no sale is taken until a shift is opened with a counted float', async () => {
    kassa = preferencesTill({ now: clock.now });
    await requireShifts();
    const refused = await kassa.fail('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [],
    });
    expect(refused).toMatchObject({
      code: 'shift_closed',
      message: 'No shift is open on this till. Open a shift to take a sale.',
    });
    expect(kassa.core.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(0);

    const wrong = await kassa.fail('shifts.open', {
      shiftId: newId(),
      openingFloat: 15000,
      denominations: [
        [5000, 2],
        [2000, 2],
      ],
    });
    expect(wrong).toMatchObject({
      code: 'amount_invalid',
      field: 'denominations',
      message: 'The notes and coins come to €140.00, not €150.00: check the count.',
    });
    const noSuchCoin = await kassa.fail('shifts.open', {
      shiftId: newId(),
      openingFloat: 300,
      denominations: [[300, 1]],
    });
    expect(noSuchCoin.message).toBe('€3.00 is not a note or coin of EUR: count it under another value.');

    const shiftId = newId();
    const opened = await kassa.call('shifts.open', {
      shiftId,
      openingFloat: 15000,
      denominations: [
        [5000, 2],
        [2000, 2],
        [1000, 1],
      ],
    });
    expect(opened).toMatchObject({
      id: shiftId,
      status: 'open',
      openingFloat: 15000,
      openedBy: 'Demo Owner',
    });
    // A retried open answers the same shift; a second shift is refused.
    expect((await kassa.call('shifts.open', { shiftId, openingFloat: 15000 })).id).toBe(shiftId);
    expect((await kassa.fail('shifts.open', { shiftId: newId(), openingFloat: 0 })).code).toBe('conflict');

    const order = await cashSale([{ productId: cola.id, quantity: 1 }], 119);
    expect(order.status).toBe('paid');
    expect(kassa.audit('shift.opened')).toHaveLength(1);
  });

  it('a pay-out over the limit needs a manager PIN and a reason; cashiers switching stay in the same shift', async () => {
    kassa = preferencesTill({ now: clock.now });
    await requireShifts();
    const shift = await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
    await addCashier();
    expect((await kassa.call('shifts.state', {})).shift?.id).toBe(shift.id);

    const noReason = await kassa.fail('shifts.moveCash', {
      id: newId(),
      kind: 'pay_out',
      amount: 1000,
      reason: '',
    });
    expect(noReason).toMatchObject({ code: 'invalid_request', field: 'reason' });

    const small = await kassa.call('shifts.moveCash', {
      id: newId(),
      kind: 'pay_out',
      amount: 1200,
      reason: 'Window cleaner',
    });
    expect(small.cash).toMatchObject({ openingFloat: 10000, payOuts: 1200, expected: 8800 });

    const large = { id: newId(), kind: 'pay_out' as const, amount: 6000, reason: 'Flour supplier' };
    const refused = await kassa.fail('shifts.moveCash', large);
    expect(refused).toMatchObject({ code: 'pin_required', field: 'managerPin' });
    expect(refused.message).toBe(
      'A pay-out of €60.00 is more than the €50.00 a cashier may move alone: a manager or owner approves it with their PIN.',
    );
    expect((await kassa.call('shifts.xReport', {})).movements).toHaveLength(1);
    const tooMuch = await kassa.fail('shifts.moveCash', { ...large, amount: 9000, managerPin: '1234' });
    expect(tooMuch.message).toBe(
      'The drawer should hold only €88.00: a pay-out of €90.00 is more than that.',
    );

    const approved = await kassa.call('shifts.moveCash', { ...large, managerPin: '1234' });
    expect(approved.movements.map((m) => [m.kind, m.amount, m.reason, m.staff, m.approvedBy])).toEqual([
      ['pay_out', 1200, 'Window cleaner', 'Anna', null],
      ['pay_out', 6000, 'Flour supplier', 'Anna', 'Demo Owner'],
    ]);
    // A retried request records the movement once.
    await kassa.call('shifts.moveCash', { ...large, managerPin: '1234' });
    expect((await kassa.call('shifts.xReport', {})).cash.payOuts).toBe(7200);
    expect(kassa.audit('shift.pay_out')).toHaveLength(2);

    const owner = (await kassa.call('staff.list', {})).find((m) => m.name === 'Demo Owner')!;
    await kassa.call('session.login', { staffId: owner.id, pin: '1234' });
    expect((await kassa.call('shifts.state', {})).shift?.id).toBe(shift.id);
  });

  it('the X report counts sales, taxes, payments and expected cash from the counted float', async () => {
    kassa = preferencesTill({ now: clock.now });
    await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 5000 });
    await cashSale(
      [
        { productId: sourdough.id, quantity: 2 },
        { productId: cola.id, quantity: 1 },
      ],
      897,
    );
    await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 2 }],
      payments: [{ id: newId(), methodId: 'card-external', amount: 238 }],
    });
    const voided = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [],
    });
    await kassa.call('orders.void', { orderId: voided.id, reason: 'customer left' });
    await kassa.call('shifts.moveCash', {
      id: newId(),
      kind: 'pay_in',
      amount: 2000,
      reason: 'Change from bank',
    });

    const x = await kassa.call('shifts.xReport', {});
    expect(x.kind).toBe('X');
    expect(x.sales).toMatchObject({ orders: 2, firstNumber: 1, lastNumber: 2, total: 1135, discounts: 0 });
    expect(x.sales.taxes).toEqual([
      { rateBp: 700, name: 'VAT 7 %', net: 727, tax: 51, gross: 778 },
      { rateBp: 1900, name: 'VAT 19 %', net: 300, tax: 57, gross: 357 },
    ]);
    expect(x.voids).toEqual({ count: 1, total: 119 });
    expect(x.payments.map((p) => [p.methodName, p.taken, p.refunded, p.net])).toEqual([
      ['Cash', 897, 0, 897],
      ['Card (external terminal)', 238, 0, 238],
    ]);
    expect(x.cash).toEqual({
      openingFloat: 5000,
      sales: 897,
      refunds: 0,
      payIns: 2000,
      payOuts: 0,
      expected: 5000 + 897 + 2000,
    });
  });

  it('counts the No sale openings of the drawer in the shift, in the X and in the Z', async () => {
    kassa = preferencesTill({ now: clock.now });
    // What the till's No sale button records (the audit log's normal API); one before the shift is not its own.
    const noSale = () => kassa.core.services.audit.record({ action: 'till.no_sale', actor: 'Demo Owner' });
    noSale();
    clock.advance(60_000);
    await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 1000 });
    expect((await kassa.call('shifts.xReport', {})).noSales).toBe(0);
    clock.advance(60_000);
    noSale();
    clock.advance(60_000);
    noSale();
    expect((await kassa.call('shifts.xReport', {})).noSales).toBe(2);
    const { methodsToCount } = await kassa.call('shifts.state', {});
    await kassa.call('shifts.count', {
      counts: methodsToCount.map((m) => ({
        methodId: m.methodId,
        counted: m.methodId === 'cash' ? 1000 : 0,
      })),
    });
    const closed = await kassa.call('shifts.close', { reasons: [] });
    expect(closed.report.noSales).toBe(2);
    clock.advance(60_000);
    noSale(); // after the close: the next shift's
    expect((await kassa.call('shifts.zReport', { number: 1 })).report.noSales).toBe(2);
    await kassa.openPreferences();
    const csv = await kassa.prefs('shifts.zFile', { number: 1, format: 'csv' });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain(
      'Voided orders,No sale (drawer opened),2,',
    );
  });

  it('closes after a blind count: a difference needs a reason, a large one a manager; Z 1 then Z 2 chained', async () => {
    kassa = preferencesTill({ now: clock.now });
    await requireShifts();
    await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
    await addCashier();
    await cashSale([{ productId: sourdough.id, quantity: 1 }], 389);

    const state = await kassa.call('shifts.state', {});
    expect(state.methodsToCount.map((m) => m.methodId)).toEqual(['cash', 'card-external', 'voucher']);
    expect(await kassa.fail('shifts.close', { reasons: [] })).toMatchObject({
      code: 'conflict',
      message: 'Count the drawer first: the shift closes after the blind count.',
    });
    const missing = await kassa.fail('shifts.count', { counts: [{ methodId: 'cash', counted: 10000 }] });
    expect(missing.message).toBe('Count "Card (external terminal)" too (type 0 if it holds nothing).');

    const counted = await kassa.call('shifts.count', {
      counts: [
        {
          methodId: 'cash',
          counted: 9389,
          denominations: [
            [5000, 1],
            [2000, 2],
            [200, 1],
            [100, 1],
            [50, 1],
            [20, 1],
            [10, 1],
            [5, 1],
            [2, 2],
          ],
        },
        { methodId: 'card-external', counted: 0 },
        { methodId: 'voucher', counted: 0 },
      ],
    });
    expect(counted.counts.find((c) => c.methodId === 'cash')).toMatchObject({
      counted: 9389,
      expected: 10389,
      difference: -1000,
    });
    // Counted: no more sales until the shift is closed, and no recount.
    expect(
      (
        await kassa.fail('orders.checkout', {
          orderId: newId(),
          lines: [{ productId: cola.id, quantity: 1 }],
          payments: [],
        })
      ).code,
    ).toBe('shift_closed');
    expect((await kassa.fail('shifts.count', { counts: [{ methodId: 'cash', counted: 10389 }] })).code).toBe(
      'conflict',
    );

    const noReason = await kassa.fail('shifts.close', { reasons: [] });
    expect(noReason.message).toBe('"Cash" is €10.00 short: give a reason for the difference.');
    const overLimit = await kassa.fail('shifts.close', {
      reasons: [{ methodId: 'cash', reason: 'Gave wrong change' }],
    });
    expect(overLimit.code).toBe('pin_required');
    const closed = await kassa.call('shifts.close', {
      reasons: [{ methodId: 'cash', reason: 'Gave wrong change' }],
      managerPin: '1234',
    });
    expect(closed.entry.number).toBe(1);
    expect(closed.entry.prevHash).toBe('0'.repeat(64));
    expect(closed.report).toMatchObject({ kind: 'Z', zNumber: 1, closedBy: 'Anna' });
    expect(closed.report.counts.find((c) => c.methodId === 'cash')?.reason).toBe('Gave wrong change');
    expect((await kassa.call('shifts.state', {})).shift).toBeNull();

    clock.advance(86_400_000);
    await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
    await cashSale([{ productId: cola.id, quantity: 1 }], 119);
    await kassa.call('shifts.count', {
      counts: [
        { methodId: 'cash', counted: 10119 },
        { methodId: 'card-external', counted: 0 },
        { methodId: 'voucher', counted: 0 },
      ],
    });
    const second = await kassa.call('shifts.close', { reasons: [] });
    expect(second.entry.number).toBe(2);
    expect(second.entry.prevHash).toBe(closed.entry.hash);
    // Day two starts from its own counted float, not from day one's closing count of 93.89.
    expect(second.report.cash).toMatchObject({ openingFloat: 10000, sales: 119, expected: 10119 });
    expect(second.report.sales).toMatchObject({ orders: 1, firstNumber: 2, lastNumber: 2 });

    expect((await kassa.call('shifts.zReports', {})).map((z) => z.number)).toEqual([2, 1]);
    expect((await kassa.call('shifts.zReport', { number: 1 })).report).toEqual(closed.report);
    await kassa.openPreferences();
    expect(await kassa.prefs('shifts.verifyChain', {})).toEqual({ intact: true, checked: 2, problems: [] });
    const pdf = await kassa.prefs('shifts.zFile', { number: 2, format: 'pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const csv = Buffer.from(
      (await kassa.prefs('shifts.zFile', { number: 1, format: 'csv' })).base64,
      'base64',
    ).toString();
    expect(csv).toContain('Count at closing,Cash: difference (Gave wrong change),,-10.00');
    expect(csv).toContain(`SHA-256 ${closed.entry.hash}`);
  });

  it('the Z of a counted shift adds what reached the till after the count, as a full recount would', async () => {
    kassa = preferencesTill({ now: clock.now });
    await requireShifts();
    const shift = await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
    await cashSale([{ productId: sourdough.id, quantity: 2 }], 778);
    const parked = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [],
    });
    clock.advance(60_000);
    const methods = (await kassa.call('shifts.state', {})).methodsToCount;
    await kassa.call('shifts.count', {
      counts: methods.map((m) => ({ methodId: m.methodId, counted: m.methodId === 'cash' ? 10778 : 0 })),
    });
    // Counted: a void would give back money the count already holds.
    expect(await kassa.fail('orders.void', { orderId: parked.id, reason: 'Changed her mind' })).toMatchObject(
      {
        code: 'shift_closed',
        message:
          'The drawer of this shift has been counted: close the shift (and open the next one) to void a sale.',
      },
    );
    // Money that reaches the till without its gate after the count (a payment link paid online does) is in the Z.
    clock.advance(60_000);
    kassa.core.services.orders.checkout({
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 2 }],
      payments: [{ id: newId(), methodId: 'card-external', amount: 238 }],
    });
    clock.advance(60_000);
    const closed = await kassa.call('shifts.close', {
      reasons: [{ methodId: 'card-external', reason: 'Paid by link after the count' }],
    });
    const recount = createShiftFactsReader(
      kassa.core.db,
      kassa.core.services.audit,
      kassa.core.services.journal,
    ).read({
      tillId: shift.tillId,
      from: shift.openedAt,
      until: closed.entry.createdAt,
    });
    expect(closed.report.sales).toMatchObject({
      orders: 2,
      firstNumber: 1,
      lastNumber: 2,
      total: recount.sales.total,
    });
    expect(closed.report.sales.total).toBe(778 + 238);
    expect(closed.report.sales.taxes).toEqual(
      recount.salesTaxes.map((t) => ({
        rateBp: t.rate_bp,
        name: `VAT ${t.rate_bp / 100} %`,
        net: t.net,
        tax: t.tax,
        gross: t.gross,
      })),
    );
    expect(closed.report.payments.map((p) => [p.methodId, p.taken])).toEqual([
      ['cash', 778],
      ['card-external', 238],
    ]);
    expect(recount.taken.map((t) => [t.method_id, t.amount]).sort()).toEqual([
      ['card-external', 238],
      ['cash', 778],
    ]);
  });

  it('the database refuses to change or delete a Z row', async () => {
    kassa = preferencesTill({ now: clock.now });
    await closeOneShift();
    const db = kassa.core.db;
    expect(() => db.prepare("UPDATE z_reports SET body = '{}' WHERE number = 1").run()).toThrow(
      'Z reports cannot be changed',
    );
    expect(() => db.prepare('DELETE FROM z_reports').run()).toThrow('Z reports cannot be deleted');
    expect(db.prepare('SELECT count(*) FROM z_reports').pluck().get()).toBe(1);
  });

  it('a chain changed in a copy of the database file (triggers dropped) is found by verify', async () => {
    kassa = preferencesTill({ now: clock.now });
    await closeOneShift();
    await closeOneShift();
    await closeOneShift();
    kassa.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = join(tempDir(), 'copy.sqlite3');
    copyFileSync(join(kassa.dataDir, 'kassa.sqlite3'), copy);

    const db = new Database(copy);
    db.exec('DROP TRIGGER z_reports_no_update');
    const body = db.prepare<[], string>('SELECT body FROM z_reports WHERE number = 2').pluck().get()!;
    db.prepare('UPDATE z_reports SET body = ? WHERE number = 2').run(
      body.replace('"expected":10119', '"expected":99999'),
    );
    const store = createShiftStore(db);
    const check = verifyZChain(store.allZ());
    expect(check.intact).toBe(false);
    expect(check.problems).toEqual([expect.objectContaining({ number: 2, kind: 'changed' })]);
    // Recomputing the changed row's own hash does not hide it: Z 3 still names the old one.
    const changed = db.prepare<[], ZRow>('SELECT * FROM z_reports WHERE number = 2').get()!;
    db.prepare('UPDATE z_reports SET hash = ? WHERE number = 2').run(zHash(changed));
    expect(verifyZChain(store.allZ()).problems).toEqual([
      expect.objectContaining({ number: 3, kind: 'unlinked' }),
    ]);
    db.prepare('UPDATE z_reports SET hash = ? WHERE number = 2').run(changed.hash);
    db.close();

    const verify = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/z-verify.ts', ...args], { encoding: 'utf8' });
    const broken = verify('--file', copy);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('The chain of Z reports is BROKEN (3 checked)');
    const tillId = kassa.core.services.storeInfo().till.id;
    expect(broken.stdout).toContain(`till ${tillId}: Z 2 was changed after it was written.`);
    const intact = verify('--data-dir', kassa.dataDir);
    expect(intact.stdout).toContain('The chain of 3 Z reports is intact.');
    expect(intact.status).toBe(0);
  });

  it('a Z written before the tax names were kept still verifies beside the new ones, which name the rates', async () => {
    kassa = preferencesTill({ now: clock.now });
    await closeOneShift();
    await closeOneShift();
    // Z 1 and Z 2 made as the version before Z format 2 wrote them: no tax names in the report, and the hash
    // over till, number, shift, time, previous hash and body only — computed here as that version did.
    const db = kassa.core.db;
    const legacyHash = (row: ZRow) =>
      createHash('sha256')
        .update(
          canonicalJson({
            tillId: row.till_id,
            number: row.number,
            shiftId: row.shift_id,
            createdAt: row.created_at,
            prevHash: row.prev_hash,
            body: row.body,
          }),
        )
        .digest('hex');
    db.exec('DROP TRIGGER z_reports_no_update');
    let prevHash = '0'.repeat(64);
    for (const row of db.prepare<[], ZRow>('SELECT * FROM z_reports ORDER BY number').all()) {
      const report = JSON.parse(row.body) as { sales: { taxes: { name?: unknown }[] } };
      for (const tax of report.sales.taxes) delete tax.name;
      const old = { ...row, body: canonicalJson(report), prev_hash: prevHash, format: 1 };
      prevHash = legacyHash(old);
      db.prepare(
        'UPDATE z_reports SET body = ?, prev_hash = ?, hash = ?, format = 1 WHERE till_id = ? AND number = ?',
      ).run(old.body, old.prev_hash, prevHash, row.till_id, row.number);
    }
    db.exec(`CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports BEGIN
      SELECT RAISE(ABORT, 'Z reports cannot be changed'); END;`);

    // This version closes Z 3 on top of them, in format 2, with the store's names for its rates.
    const third = await closeOneShift();
    expect(third.entry.prevHash).toBe(prevHash);
    expect(third.report.sales.taxes).toEqual([
      { rateBp: 1900, name: 'VAT 19 %', net: 100, tax: 19, gross: 119 },
    ]);
    expect(db.prepare('SELECT format FROM z_reports ORDER BY number').pluck().all()).toEqual([1, 1, 2]);
    await kassa.openPreferences();
    expect(await kassa.prefs('shifts.verifyChain', {})).toEqual({ intact: true, checked: 3, problems: [] });

    // Each Z's files say what its row says: Z 3 names the rate as the receipts do, Z 1 only has the rate.
    const csv = async (number: number) =>
      Buffer.from((await kassa.prefs('shifts.zFile', { number, format: 'csv' })).base64, 'base64').toString();
    expect(await csv(3)).toContain('Taxes on sales,VAT 19 %: Tax,,0.19');
    expect(await csv(1)).toContain('Taxes on sales,19 % Tax,,0.19');
    expect((await kassa.call('shifts.zReport', { number: 1 })).report.sales.taxes[0]).not.toHaveProperty(
      'name',
    );

    // A format 2 row cannot be passed off as format 1 (its hash covers its format), nor lose its names.
    db.exec('DROP TRIGGER z_reports_no_update');
    db.prepare('UPDATE z_reports SET format = 1 WHERE number = 3').run();
    expect(verifyZChain(createShiftStore(db).allZ()).problems).toEqual([
      expect.objectContaining({ number: 3, kind: 'changed' }),
    ]);
    const z3 = db.prepare<[], ZRow>('SELECT * FROM z_reports WHERE number = 3').get()!;
    db.prepare('UPDATE z_reports SET format = 2, body = ? WHERE number = 3').run(
      z3.body.replace('"name":"VAT 19 %",', ''),
    );
    expect(verifyZChain(createShiftStore(db).allZ()).problems).toEqual([
      expect.objectContaining({ number: 3, kind: 'changed' }),
    ]);
    // A format this version does not know is reported, not guessed at.
    db.prepare('UPDATE z_reports SET format = 9, body = ? WHERE number = 3').run(z3.body);
    expect(verifyZChain(createShiftStore(db).allZ()).problems).toEqual([
      expect.objectContaining({ number: 3, kind: 'unknownFormat', format: 9 }),
    ]);
  });

  it("a day's sales are reported again from the Z rows alone", async () => {
    kassa = preferencesTill({ now: clock.now });
    await closeOneShift();
    await closeOneShift();
    const rows = [...createShiftStore(kassa.core.db).allZ()];
    const day = dayFromZ(rows, { start: 0, end: Number.MAX_SAFE_INTEGER });
    expect(day).toMatchObject({
      zNumbers: [
        { tillId: kassa.core.services.storeInfo().till.id, number: 1 },
        { tillId: kassa.core.services.storeInfo().till.id, number: 2 },
      ],
      orders: 2,
      sales: 238,
      taxes: [{ rateBp: 1900, net: 200, tax: 38, gross: 238 }],
      cashExpected: 20238,
      cashCounted: 20238,
    });
    expect(day.payments).toEqual([{ methodName: 'Cash', taken: 238, refunded: 0, net: 238 }]);
  });

  it('closing is refused while a card payment on this till is still open', async () => {
    kassa = preferencesTill({ now: Date.now, providers: { stripe: { mode: 'demo' } } });
    await kassa.core.payments.ready;
    await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 0 });
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: demoStripeMethod.id,
      amount: 119,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    const x = await kassa.call('shifts.xReport', {});
    expect(x.openCardPayments).toEqual([
      expect.objectContaining({ attemptId: started.attemptId, amount: 119, forced: false }),
    ]);
    const refused = await kassa.fail('shifts.count', {
      counts: [{ methodId: 'cash', counted: 0 }],
    });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(
      /^A card payment of €1\.19 on ".*" is still open on this till\. Finish it on the payment screen or with Check again \(recovery\) first; then close the shift\.$/,
    );
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    const methods = (await kassa.call('shifts.state', {})).methodsToCount;
    await kassa.call('shifts.count', { counts: methods.map((m) => ({ methodId: m.methodId, counted: 0 })) });
    const closed = await kassa.call('shifts.close', { reasons: [] });
    expect(closed.report.payments.find((p) => p.methodId === demoStripeMethod.id)?.taken).toBe(119);
  });
});

async function closeOneShift() {
  clock.advance(3_600_000);
  await kassa.call('shifts.open', { shiftId: newId(), openingFloat: 10000 });
  await cashSale([{ productId: cola.id, quantity: 1 }], 119);
  const methods = (await kassa.call('shifts.state', {})).methodsToCount;
  await kassa.call('shifts.count', {
    counts: methods.map((m) => ({ methodId: m.methodId, counted: m.methodId === 'cash' ? 10119 : 0 })),
  });
  return kassa.call('shifts.close', { reasons: [] });
}
