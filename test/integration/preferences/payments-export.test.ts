import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import { stripeWorld, waitForPayment } from '../../support/stripe.ts';
import { preferencesTill, stripeCounterMethod, testClock, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill | undefined;
let world: Awaited<ReturnType<typeof stripeWorld>> | undefined;
afterEach(async () => {
  await kassa?.close();
  kassa = undefined;
  await world?.sim.close();
  world = undefined;
});

/** The file as a spreadsheet reads it (RFC 4180): quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('The file does not end with a line break');
  return rows;
}

/** Each row as { column: cell }, after checking the header. */
function records(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true); // spreadsheets then read the file as UTF-8
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual([
    'Date and time',
    'Order number',
    'Type',
    'Payment method',
    'Journal',
    'Amount',
    'Currency',
    'Card brand',
    'Card last 4',
    'Outstanding account',
    'Intermediary account',
    'Default accounts',
    'Needs reconciliation',
    'Order id',
  ]);
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
}

/** A local wall-clock time on the till, as the shop lives it. */
const local = (day: number, hours: number, minutes = 0, seconds = 0) =>
  new Date(2026, 10, day, hours, minutes, seconds).getTime();

/** What an owner sees of a row: the columns that matter for the accounts. */
const booked = (r: Record<string, string>) => [
  r['Type'],
  r['Payment method'],
  r['Amount'],
  r['Outstanding account'],
  r['Intermediary account'],
  r['Default accounts'],
];

async function sale(k: PreferencesTill, methodId: string, quantity = 1) {
  const order = await k.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: 1, quantity }],
    payments: [],
  });
  return k.call('orders.addPayment', {
    orderId: order.id,
    payment: { id: newId(), methodId, amount: order.total },
  });
}

describe('the bookkeeping export (PREF-2)', () => {
  it('lists the paid payments of the chosen days with the accounts they were booked to, even after the codes change', async () => {
    const clock = testClock(local(2, 9));
    const k = (kassa = preferencesTill({ now: clock.now }));
    await k.openPreferences();

    const cash = await sale(k, 'cash'); // 3.89 € each
    clock.advance(60_000);
    const card = await sale(k, 'card-external', 2);
    const voucher = (await k.prefs('paymentMethods.all', {})).find((m) => m.id === 'voucher')!;
    const saveVoucher = (codes: { outstandingAccount?: string; intermediaryAccount?: string }) =>
      k.prefs('paymentMethods.save', {
        id: voucher.id,
        name: voucher.name,
        journal: voucher.journal,
        terminal: 'none',
        identifyCustomer: false,
        active: true,
        ...codes,
      });
    await saveVoucher({ outstandingAccount: '1370', intermediaryAccount: '1590' });
    clock.advance(60_000);
    const before = await sale(k, 'voucher');
    await saveVoucher({ outstandingAccount: '1371' });
    clock.advance(60_000);
    const after = await sale(k, 'voucher');

    // Neither an order still open nor a voided one has money to book.
    clock.advance(60_000);
    const open = await k.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 3 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 100 }],
    });
    const voided = await k.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: 1, quantity: 4 }],
      payments: [{ id: newId(), methodId: 'voucher', amount: 500 }],
    });
    await k.call('orders.void', { orderId: voided.id, reason: 'Customer changed their mind' });

    // The last second of the day belongs to it; local midnight starts the next one.
    clock.advance(local(2, 23, 59, 59) - clock.now());
    const lastOfDay = await sale(k, 'cash');
    clock.advance(1000);
    const nextDay = await sale(k, 'cash');

    await k.openPreferences(); // they locked themselves while the day went by
    const file = await k.prefs('exports.payments', { from: '2026-11-01', to: '2026-11-02' });
    expect(file.fileName).toBe('kassa-payments-2026-11-01-to-2026-11-02.csv');
    expect(file.rows).toBe(5);
    const rows = records(file.csv);
    expect(rows.map(booked)).toEqual([
      ['payment', 'Cash', '3.89', '1000', '1361', 'yes'],
      ['payment', 'Card (external terminal)', '7.78', '1360', '1361', 'yes'],
      ['payment', 'Voucher', '3.89', '1370', '1590', 'no'],
      ['payment', 'Voucher', '3.89', '1371', '1361', 'intermediary only'],
      ['payment', 'Cash', '3.89', '1000', '1361', 'yes'],
    ]);
    expect(rows.map((r) => r['Order id'])).toEqual([cash, card, before, after, lastOfDay].map((o) => o.id));
    expect(rows.map((r) => r['Order number'])).toEqual(
      [cash, card, before, after, lastOfDay].map((o) => String(o.number)),
    );
    expect(rows.map((r) => r['Order id'])).not.toContain(open.id);
    const offset = /[+-]\d{2}:\d{2}$/.exec(rows[0]!['Date and time']!)![0];
    expect(rows[0]).toMatchObject({
      'Date and time': `2026-11-02T09:00:00${offset}`,
      Journal: 'cash',
      Currency: 'EUR',
      'Card brand': '',
      'Card last 4': '',
      'Needs reconciliation': 'no',
    });
    expect(rows[4]!['Date and time']).toMatch(/^2026-11-02T23:59:59[+-]\d{2}:\d{2}$/);

    const following = await k.prefs('exports.payments', { from: '2026-11-03', to: '2026-11-03' });
    expect(records(following.csv).map((r) => r['Order id'])).toEqual([nextDay.id]);

    // The order history shows the same accounts as the file.
    expect((await k.call('orders.get', { orderId: before.id })).payments[0]!.accounts).toEqual({
      outstanding: { code: '1370', isDefault: false },
      intermediary: { code: '1590', isDefault: false },
    });

    expect(kassa.audit('export.payments').map((e) => [e.actor, JSON.parse(e.details!)])).toEqual([
      ['Demo Owner', { from: '2026-11-01', to: '2026-11-02', rows: 5 }],
      ['Demo Owner', { from: '2026-11-03', to: '2026-11-03', rows: 1 }],
    ]);
  });

  it('defuses a method name that a spreadsheet would run as a formula', async () => {
    const k = (kassa = preferencesTill({ now: testClock(local(5, 12)).now }));
    await k.openPreferences();
    const sneaky = await k.prefs('paymentMethods.save', {
      name: '=HYPERLINK("http://x.test","Pay, now")',
      journal: 'bank',
      terminal: 'none',
      identifyCustomer: false,
      active: true,
    });
    await sale(k, sneaky.id);
    const [row] = records((await k.prefs('exports.payments', { from: '2026-11-05', to: '2026-11-05' })).csv);
    expect(row!['Payment method']).toBe('\'=HYPERLINK("http://x.test","Pay, now")');
  });

  it('adds a row for each refund back to the card, and flags payments recorded by force done', async () => {
    world = await stripeWorld();
    const clock = testClock(local(20, 15));
    const k = (kassa = preferencesTill({ stripeApiUrl: world.sim.url, pollIntervalMs: 20, now: clock.now }));
    await k.core.payments.ready;
    await k.openPreferences();
    const { method } = await stripeCounterMethod(k, world, { outstandingAccount: '1362' });
    const cardSale = async () => {
      const order = await k.call('orders.checkout', {
        orderId: newId(),
        lines: [{ productId: 1, quantity: 2 }],
        payments: [],
      });
      const started = await k.call('payments.start', {
        orderId: order.id,
        methodId: method.id,
        amount: order.total,
        paymentLineId: newId(),
      });
      await waitForPayment(k, started.attemptId, (p) => p.state === 'waiting_for_card');
      return { order, started };
    };

    const paid = await cardSale();
    world.sim.control.presentCard(world.reader.id);
    await waitForPayment(k, paid.started.attemptId, (p) => p.state === 'succeeded');
    clock.advance(3_600_000);
    const refund = await k.call('payments.refund', {
      refundId: newId(),
      orderId: paid.order.id,
      paymentLineId: paid.started.paymentLineId,
      amount: 150,
    });
    expect(refund.state).toBe('succeeded');

    // The network goes while the next card is being paid: a manager records it as paid on their word.
    clock.advance(60_000);
    const forced = await cardSale();
    world.sim.control.injectFault({ kind: 'drop_connection', match: { method: 'GET' } });
    await waitForPayment(k, forced.started.attemptId, (p) => p.connectionProblem);
    await k.call('payments.forceDone', { attemptId: forced.started.attemptId, managerPin: '1234' });
    world.sim.control.clearFaults();

    await k.openPreferences();
    const rows = records((await k.prefs('exports.payments', { from: '2026-11-20', to: '2026-11-20' })).csv);
    expect(
      rows.map((r) => [
        r['Type'],
        r['Order id'],
        r['Amount'],
        r['Card brand'],
        r['Card last 4'],
        r['Outstanding account'],
        r['Default accounts'],
        r['Needs reconciliation'],
      ]),
    ).toEqual([
      ['payment', paid.order.id, '7.78', 'visa', '4242', '1362', 'intermediary only', 'no'],
      ['refund', paid.order.id, '1.50', 'visa', '4242', '1362', 'intermediary only', 'no'],
      ['payment', forced.order.id, '7.78', '', '', '1362', 'intermediary only', 'yes'],
    ]);
    expect(rows[1]!['Date and time']).toMatch(/^2026-11-20T16:00:00[+-]\d{2}:\d{2}$/);
  });

  it('refuses days in the wrong order, more than a year, and days that do not exist, naming the field', async () => {
    const k = (kassa = preferencesTill());
    await k.openPreferences();
    const reversed = await k.prefsFail('exports.payments', { from: '2026-11-22', to: '2026-11-01' });
    expect(reversed).toMatchObject({ code: 'invalid_request', field: 'to' });
    expect(reversed.message).toContain('The last day must be on or after the first day.');

    // 2024 is a leap year: 1 January to 31 December is 366 days, one more is too many.
    expect(await k.prefs('exports.payments', { from: '2024-01-01', to: '2024-12-31' })).toMatchObject({
      rows: 0,
    });
    const tooLong = await k.prefsFail('exports.payments', { from: '2024-01-01', to: '2025-01-01' });
    expect(tooLong).toMatchObject({ code: 'invalid_request', field: 'to' });
    expect(tooLong.message).toContain('at most 366 days');

    expect(await k.prefsFail('exports.payments', { from: '2026-02-30', to: '2026-03-01' })).toMatchObject({
      field: 'from',
    });
    expect(await k.prefsFail('exports.payments', { from: '1.11.2026', to: '2026-11-22' })).toMatchObject({
      field: 'from',
    });
    expect(kassa.audit('export.payments')).toHaveLength(1); // only the export that was made
  });

  it('is refused while the preferences are locked, and from the till', async () => {
    const k = (kassa = preferencesTill());
    const locked = await k.prefsFail('exports.payments', { from: '2026-11-01', to: '2026-11-22' });
    expect(locked.code).toBe('pin_required');
    await k.openPreferences();
    expect((await k.fail('exports.payments', { from: '2026-11-01', to: '2026-11-22' })).code).toBe(
      'forbidden',
    );
    expect(kassa.audit('export.payments')).toEqual([]);
  });
});
