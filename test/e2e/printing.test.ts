/**
 * The till's printing screens (issue 11): No sale opens the drawer only with a reason and a manager's PIN and
 * is audited (TILL-9); a paid order in History prints again as a COPY on the demo's virtual ESC/POS printer
 * (TILL-6) and shows what the printer printed; a receipt waits visibly for a printer that is away, or is sent
 * to another one; a receipt in Chinese prints with pictures of the words the printer has no characters for.
 * The virtual printer — its paper and the drawer pulses it received — is read through the till's own
 * `printing.paper` channel.
 */
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startVirtualPrinter } from '../../src/sim/escpos/index.ts';
import type { KassaApp } from './support/kassa-app.ts';
import { atEveryScreenSize } from './support/screen-sizes.ts';
import { chooseCard, presentCard, sendAndWait, waitForDemoCard } from './support/card.ts';
import { openPreferencesForEachTest } from './support/open-till.ts';
import { currentStaff, demoOwner, switchTo } from './support/staff.ts';
import { cartLineTexts, euro, kassa, tapProduct } from './support/till.ts';
import type { ChannelName } from '../../src/shared/ipc/contract.ts';

let app: KassaApp;
let till: Page;
let prefs: Page;
openPreferencesForEachTest((opened) => ({ app, till, prefs } = opened));

interface Paper {
  receipts: {
    lines: string[];
    images: { width: number; height: number; dots: string }[];
    qrCodes: string[];
  }[];
  pulses: { pin: 2 | 5 }[];
}

async function paper(request: { orderId?: string } = {}): Promise<Paper> {
  const result = await kassa<Paper>(till, 'printing.paper', request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** What the virtual printer printed, one entry per cut receipt (the newest last). */
async function printed(): Promise<string[][]> {
  return (await paper()).receipts.map((r) => r.lines);
}

/**
 * A line as words: spaces collapsed, and the typography a thermal printer lacks (minus sign, narrow spaces) as
 * the printer's own characters.
 */
const plainText = (line: string): string =>
  line
    .replace(/\u2212/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();

/** The drawer pulses the virtual printer received (ESC p), oldest first. */
async function pulses(): Promise<(2 | 5)[]> {
  return (await paper()).pulses.map((p) => p.pin);
}

/** Sourdough Loaf (3.89) paid with €5 in cash: €1.11 change. */
async function cashSale(): Promise<void> {
  await tapProduct(till, 'Sourdough Loaf');
  await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
  await till.keyboard.press('F4');
  await till.keyboard.type('5');
  await till.keyboard.press('Enter');
  await expect.poll(() => till.getByTestId('done-change').textContent()).toBe(euro(111));
}

/** New sale, by its button: a key press could land in the receipt's e-mail field, where Enter sends the mail. */
async function newSale(): Promise<void> {
  await till.getByRole('button', { name: /^New sale/ }).click();
  await expect.poll(() => till.locator('.done').count()).toBe(0);
}

type PrinterInput = Record<string, unknown> & { receipts: boolean };

/** The printers set up on this till, as Preferences saves them (without the status main adds). */
async function printerInputs(): Promise<PrinterInput[]> {
  const status = await kassa<{ printers: (PrinterInput & { condition: string })[] }>(
    prefs,
    'printing.status',
    {},
  );
  if (!status.ok) throw new Error(status.error.message);
  return status.value.printers.map(({ condition: _condition, ...printer }) => printer);
}

async function savePrinter(printer: PrinterInput): Promise<void> {
  const saved = await kassa(prefs, 'printers.save', printer);
  expect(saved.ok).toBe(true);
}

/** The owner unticks "prints receipts" on the demo printer, the only printer there is. */
async function withoutReceiptPrinter(): Promise<void> {
  for (const printer of await printerInputs()) await savePrinter({ ...printer, receipts: false });
}

/**
 * A printer that breaks the connection after the receipt's bytes arrived, before confirming it: Kassa cannot know
 * whether it printed. It answers the status request (DLE EOT 1, 2, 4: ready) like a real one.
 */
async function printerThatDropsTheLine(): Promise<{ address: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    let received = 0;
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received === 9) socket.write(Uint8Array.of(0x12, 0x12, 0x12));
      else if (received > 9) socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('printing at the till', () => {
  it('after a cash sale, a cashier’s No sale asks for a manager’s PIN, opens the drawer and is audited', async () => {
    for (const [name, role, pin] of [
      ['Cem Yilmaz', 'cashier', '4321'],
      ['Dana', 'manager', '5678'],
    ] as const) {
      const saved = await kassa(till, 'staff.save', {
        name,
        role,
        pin,
        active: true,
        ownerPin: demoOwner.pin,
      });
      expect(saved.ok).toBe(true);
    }
    await till.bringToFront();
    await till.reload();
    await switchTo(till, 'Cem Yilmaz', '4321');
    await expect.poll(() => currentStaff(till).textContent()).toContain('Cem Yilmaz');

    await cashSale();
    await expect
      .poll(async () => (await printed()).some((lines) => lines.some((l) => l.includes('Sourdough Loaf'))), {
        timeout: 10_000,
      })
      .toBe(true);
    // A sale paid in cash opens the drawer once, through the receipt printer (pin 2 on the demo printer).
    expect(await pulses()).toEqual([2]);
    await newSale();

    await till.getByTestId('shift-tab').click();
    await till.getByRole('button', { name: 'No sale' }).click();
    const noSale = till.getByRole('dialog', { name: 'No sale: open the drawer' });
    // Too short a reason is refused in words, and nothing asks for a PIN yet.
    await noSale.getByLabel('Why is the drawer opened?').fill('x');
    await noSale.getByRole('button', { name: 'Open the drawer' }).click();
    await expect
      .poll(() => noSale.locator('#no-sale-error').textContent())
      .toContain('Say why the drawer is opened');

    await noSale.getByLabel('Why is the drawer opened?').fill('Change for the shop next door');
    await noSale.getByRole('button', { name: 'Open the drawer' }).click();
    const approval = till.getByRole('dialog', { name: 'Manager approval' });
    await approval.waitFor();
    expect(await approval.textContent()).toContain(
      'Opening the drawer without a sale: a manager or owner approves it with their PIN.',
    );
    await approval.getByLabel('Manager PIN').fill('5678');
    await approval.getByRole('button', { name: 'Confirm' }).click();
    await expect
      .poll(() => till.getByRole('status').filter({ hasText: 'The drawer was opened (no sale).' }).count())
      .toBe(1);
    expect(await noSale.count()).toBe(0);
    await expect.poll(pulses, { timeout: 10_000 }).toEqual([2, 2]);

    const audit = await kassa<{ entries: { action: string; details: Record<string, unknown> | null }[] }>(
      prefs,
      'audit.list',
      { limit: 50 },
    );
    if (!audit.ok) throw new Error(audit.error.message);
    const noSales = audit.value.entries.filter((e) => e.action === 'till.no_sale');
    expect(noSales).toHaveLength(1);
    expect(noSales[0]!.details).toMatchObject({ reason: 'Change for the shop next door' });
  });

  it('a paid order prints again from History, as a COPY on the receipt printer', async () => {
    await till.bringToFront();
    await cashSale();
    await newSale();
    await expect
      .poll(
        async () =>
          (await printed()).filter((lines) => lines.some((l) => l.includes('Sourdough Loaf'))).length,
        {
          timeout: 10_000,
        },
      )
      .toBe(1);

    await till.keyboard.press('F8');
    await till.getByTestId('history-row').first().click();
    await till.getByRole('button', { name: 'Print again' }).click();
    await expect.poll(() => till.getByTestId('print-again-outcome').getAttribute('data-status')).toBe('sent');
    expect(await till.getByTestId('print-again-outcome').textContent()).toContain(
      'A copy of the receipt is on its way to Demo printer',
    );

    await expect
      .poll(
        async () => (await printed()).filter((lines) => lines.some((l) => l.includes('*** COPY ***'))).length,
        {
          timeout: 10_000,
        },
      )
      .toBe(1);
    const copy = (await printed()).find((lines) => lines.some((l) => l.includes('*** COPY ***')))!;
    expect(copy.some((l) => l.includes('Sourdough Loaf'))).toBe(true);
    expect(await till.getByTestId('waiting-receipts').count()).toBe(0);
    // The sale opened the drawer; the copy does not open it again.
    expect(await pulses()).toEqual([2]);

    // What the printer printed for this order: the copy on top of the receipt, as the paper came out.
    await till.getByTestId('printed-paper-open').click();
    const paperView = till.getByRole('dialog', { name: 'What the printer printed' });
    await expect.poll(() => paperView.getByTestId('printed-paper').count()).toBe(2);
    const pieces = await paperView.getByTestId('printed-paper').allTextContents();
    expect(pieces[0]).toContain('*** COPY ***');
    expect(pieces[1]).not.toContain('*** COPY ***');
    for (const piece of pieces) expect(piece).toContain('Sourdough Loaf');
    expect(await paperView.getByRole('img', { name: 'QR code' }).count()).toBe(2);
    await atEveryScreenSize(app, till, 'till-printed-paper');
    await paperView.getByRole('button', { name: 'Close' }).click();

    // Without a receipt printer the till says where to set one up, and nothing is queued.
    await withoutReceiptPrinter();
    await till.getByRole('button', { name: 'Print again' }).click();
    await expect
      .poll(() => till.getByTestId('print-again-outcome').textContent())
      .toBe('No receipt printer is set up. Add one in Preferences → Printers and receipt.');
    expect(await till.getByTestId('print-again-outcome').getAttribute('role')).toBe('alert');
  });
  it('while the receipt printer is away the receipt waits visibly, and prints once when it is back', async () => {
    const demoPrinter = (await printerInputs()).find((p) => p.receipts)!;
    // Port 9 on loopback: nothing listens, so the printer cannot be reached.
    await savePrinter({ ...demoPrinter, address: '127.0.0.1:9' });

    await till.bringToFront();
    await cashSale();
    await newSale();
    const sign = till.getByTestId('waiting-receipts');
    await expect.poll(() => sign.textContent(), { timeout: 10_000 }).toBe('1 receipt waiting');
    await sign.click();
    const list = till.getByRole('dialog', { name: 'Waiting receipts' });
    await expect
      .poll(() => list.getByTestId('print-job').textContent())
      .toContain('Waiting for Demo printer');
    await list.getByRole('button', { name: 'Close' }).click();

    await savePrinter(demoPrinter);
    await expect.poll(() => sign.count(), { timeout: 15_000 }).toBe(0);
    await expect
      .poll(
        async () =>
          (await printed()).filter((lines) => lines.some((l) => l.includes('Sourdough Loaf'))).length,
        {
          timeout: 10_000,
        },
      )
      .toBe(1);
  });
  it('a receipt that may have printed waits for the cashier: “It printed” ends it, “Print again” prints it once', async () => {
    const demoPrinter = (await printerInputs()).find((p) => p.receipts)!;
    const dropping = await printerThatDropsTheLine();
    try {
      await savePrinter({ ...demoPrinter, address: dropping.address });
      await till.bringToFront();
      const sign = till.getByTestId('waiting-receipts');
      const list = till.getByRole('dialog', { name: 'Waiting receipts' });
      const job = list.getByTestId('print-job');
      const soldOnDemoPrinter = async () =>
        (await printed()).filter((lines) => lines.some((l) => l.includes('Sourdough Loaf'))).length;

      // The cashier looks at the printer: it did print, so nothing is printed again.
      await cashSale();
      await newSale();
      await expect.poll(() => sign.textContent(), { timeout: 15_000 }).toBe('1 receipt waiting');
      await sign.click();
      await expect.poll(() => job.getAttribute('data-state'), { timeout: 15_000 }).toBe('uncertain');
      expect(await job.textContent()).toContain('May have printed on Demo printer');
      await job.getByRole('button', { name: 'It printed' }).click();
      await expect
        .poll(() => list.getByText('No receipts are waiting.').count(), { timeout: 10_000 })
        .toBe(1);
      expect(await sign.count()).toBe(0);
      await list.getByRole('button', { name: 'Close' }).click();

      // Next time nothing came out: with the printer working again, “Print again” prints it exactly once.
      await cashSale();
      await newSale();
      await expect.poll(() => sign.textContent(), { timeout: 15_000 }).toBe('1 receipt waiting');
      await savePrinter(demoPrinter);
      await sign.click();
      await expect.poll(() => job.getAttribute('data-state'), { timeout: 15_000 }).toBe('uncertain');
      await job.getByRole('button', { name: 'Print again' }).click();
      await expect.poll(() => sign.count(), { timeout: 15_000 }).toBe(0);
      await expect.poll(soldOnDemoPrinter, { timeout: 10_000 }).toBe(1);
    } finally {
      await dropping.close();
    }
  });

  it('a receipt waiting for a printer that is away is sent to another printer from the till, and prints there once', async () => {
    const demoPrinter = (await printerInputs()).find((p) => p.receipts)!;
    const backOffice = await startVirtualPrinter();
    try {
      await savePrinter({
        id: 'back-office',
        name: 'Back office',
        kind: 'network',
        address: backOffice.address,
        columns: 42,
        paperMm: 80,
        codepage: 'auto',
        drawerPin: null,
        receipts: false,
      });
      // The receipt printer is away for the day.
      await savePrinter({ ...demoPrinter, address: '127.0.0.1:9' });
      await till.bringToFront();
      await cashSale();
      await newSale();
      const sign = till.getByTestId('waiting-receipts');
      await expect.poll(() => sign.textContent(), { timeout: 10_000 }).toBe('1 receipt waiting');
      await sign.click();
      const list = till.getByRole('dialog', { name: 'Waiting receipts' });
      const job = list.getByTestId('print-job');
      await expect.poll(() => job.textContent()).toContain('Waiting for Demo printer');
      await job.getByLabel('Print it on').selectOption({ label: 'Back office' });
      await atEveryScreenSize(app, till, 'till-waiting-receipts');

      const receipt = backOffice.nextReceipt();
      await job.getByRole('button', { name: 'Send Receipt 1 to the chosen printer' }).click();
      await expect
        .poll(() => list.getByTestId('print-job-moved').textContent())
        .toBe('Receipt 1 is on its way to Back office.');
      expect((await receipt).lines.some((l) => l.includes('Sourdough Loaf'))).toBe(true);
      await expect.poll(() => sign.count(), { timeout: 15_000 }).toBe(0);
      await expect.poll(() => list.getByText('No receipts are waiting.').count()).toBe(1);
      await list.getByRole('button', { name: 'Close' }).click();

      // Exactly once: with the receipt printer back, the next sale's receipt prints there, and receipt 1 does
      // not come out before it (one queue per printer, oldest first) nor again on the back office printer.
      await savePrinter(demoPrinter);
      await cashSale();
      await expect
        .poll(async () => (await printed()).some((lines) => lines.includes('Order 2')), { timeout: 15_000 })
        .toBe(true);
      expect((await printed()).filter((lines) => lines.includes('Order 1'))).toHaveLength(0);
      expect(backOffice.receipts()).toHaveLength(1);
    } finally {
      await backOffice.close();
    }
  });

  it('a receipt in Chinese prints on the thermal printer, the words it has no characters for as pictures', async () => {
    const store = await kassa<Record<string, unknown>>(prefs, 'storeSettings.get', {});
    if (!store.ok) throw new Error(store.error.message);
    const { name, country, currency, pricesIncludeTax } = store.value;
    const saved = await kassa(prefs, 'storeSettings.save', {
      name,
      country,
      currency,
      locale: 'zh-CN',
      pricesIncludeTax,
    });
    expect(saved.ok).toBe(true);
    await till.bringToFront();
    await till.reload();
    // A reload under load takes a while: wait for the catalog before tapping it.
    await till.locator('.tile').first().waitFor({ timeout: 30_000 });
    await tapProduct(till, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(till), { timeout: 15_000 }).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await till.locator('#pay-amount').waitFor({ timeout: 15_000 });
    await till.keyboard.type('5');
    await till.keyboard.press('Enter');
    await expect.poll(() => till.locator('.done').count(), { timeout: 15_000 }).toBe(1);

    await expect.poll(async () => (await paper()).receipts.length, { timeout: 20_000 }).toBe(1);
    const [receipt] = (await paper()).receipts;
    // The Chinese words (小票, 合计, 找零 …) are pictures with ink on them; the product's own name stays text,
    // and no character was replaced by a question mark.
    const inked = receipt!.images.filter((i) => Buffer.from(i.dots, 'base64').some((b) => b !== 0));
    expect(inked.length).toBeGreaterThanOrEqual(10);
    expect(receipt!.lines.some((l) => l.includes('Sourdough Loaf'))).toBe(true);
    expect(receipt!.lines.join('')).not.toContain('?');
    expect(receipt!.qrCodes).toHaveLength(1);
    expect(await pulses()).toEqual([2]);

    await till.getByTestId('printed-paper-open').click();
    // The till speaks the store's language now: the dialog is found by what it is, not by its title.
    const paperView = till.locator('dialog.dialog--paper');
    await expect
      .poll(() => paperView.getByTestId('printed-paper-image').count())
      .toBe(receipt!.images.length);
    await atEveryScreenSize(app, till, 'till-printed-paper-chinese');
  });

  it('a card sale prints the card’s brand, last 4 digits and reference, and does not open the drawer', async () => {
    await waitForDemoCard(till);
    await till.bringToFront();
    await tapProduct(till, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await chooseCard(till);
    await sendAndWait(till);
    await presentCard(till, 'approving');
    await expect.poll(() => till.locator('.done').count(), { timeout: 15_000 }).toBe(1);

    await expect.poll(async () => (await printed()).length, { timeout: 15_000 }).toBe(1);
    const [lines] = await printed();
    const text = lines!.join('\n');
    expect(text).toMatch(/[A-Z]+ ending \d{4}/);
    expect(text).toMatch(/Ref\. pi_\w+/);
    expect(text).toContain('Total');
    expect(await pulses()).toEqual([]);
    // The screen's receipt names the same reference as the paper.
    const reference = /Ref\. (pi_\w+)/.exec(text)![1]!;
    await expect.poll(() => till.getByTestId('receipt-reference').textContent()).toBe(`Ref. ${reference}`);
  });
  it('a card refund given from History prints a refund receipt: REFUND, the order, the card, the reference; no drawer', async () => {
    await waitForDemoCard(till);
    await till.bringToFront();
    await tapProduct(till, 'Sourdough Loaf');
    await expect.poll(() => cartLineTexts(till)).toEqual(['Sourdough Loaf']);
    await till.keyboard.press('F4');
    await chooseCard(till);
    await sendAndWait(till);
    await presentCard(till, 'approving');
    await expect.poll(() => till.locator('.done').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await printed()).length, { timeout: 15_000 }).toBe(1);
    const sale = (await printed())[0]!.join('\n');
    const card = /([A-Z]+ ending \d{4})/.exec(sale)![1]!;
    const number = /Order (\d+)/.exec(sale)![1]!;
    await newSale();

    await till.keyboard.press('F8');
    await till.getByTestId('history-row').first().click();
    const refunds = till.getByTestId('card-refunds');
    await refunds.getByRole('button', { name: 'Refund', exact: true }).click();
    await refunds.getByLabel('Amount to refund').fill('1');
    await refunds.getByRole('button', { name: 'Refund €1.00' }).click();
    await expect
      .poll(() => refunds.getByTestId('refund-row').textContent(), { timeout: 15_000 })
      .toContain('refunded');

    await expect.poll(async () => (await printed()).length, { timeout: 15_000 }).toBe(2);
    const lines = (await printed())[1]!.map(plainText);
    expect(lines).toContain('REFUND');
    expect(lines).toContain(`Refund for order ${number}`);
    expect(lines).toContain('Total €1.00');
    expect(lines.some((l) => /^Back to .+ €1\.00$/.test(l))).toBe(true);
    expect(lines).toContain(card);
    expect(lines.some((l) => /^Ref\. re_\w+$/.test(l))).toBe(true);
    // No goods came back and no cash went out: the drawer stays shut, and one refund prints one receipt.
    expect(await pulses()).toEqual([]);
    await expect.poll(() => till.getByTestId('waiting-receipts').count()).toBe(0);
    expect(await printed()).toHaveLength(2);
  });
  it('the receipt on the screen is the paper the printer printed, line for line', async () => {
    await cashSale();
    await expect.poll(async () => (await printed()).length).toBe(1);
    const onPaper = (await printed())[0]!.map(plainText).filter((l) => l !== '' && !/^-+$/.test(l));
    // The screen's blocks in order: the shop's name, text lines, and rows (label, then amount).
    const onScreen = await till
      .getByTestId('receipt')
      .evaluate((article) =>
        [...article.querySelectorAll('h2, p, .receipt__row')].map((el) =>
          el.classList.contains('receipt__row')
            ? [...el.children].map((c) => c.textContent ?? '').join(' ')
            : (el.textContent ?? ''),
        ),
      );
    expect(onScreen.map(plainText)).toEqual(onPaper);
    for (const words of [`Sourdough Loaf ${euro(389)}`, `Cash given ${euro(500)}`, `Change ${euro(111)}`])
      expect(onPaper).toContain(words);
  });
  it('closing the day prints the Z report on the receipt printer by itself, once', async () => {
    const call = async <T>(channel: ChannelName, request: unknown): Promise<T> => {
      const result = await kassa<T>(till, channel, request);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const state = await call<{ shift: unknown; methodsToCount?: { methodId: string }[] }>('shifts.state', {});
    if (!state.shift) await call('shifts.open', { shiftId: crypto.randomUUID(), openingFloat: 0 });
    await cashSale();
    await expect.poll(async () => (await printed()).length).toBe(1);
    const { methodsToCount } = await call<{ methodsToCount: { methodId: string; expected?: number }[] }>(
      'shifts.state',
      {},
    );
    await call('shifts.count', {
      counts: methodsToCount.map((m) => ({ methodId: m.methodId, counted: m.methodId === 'cash' ? 389 : 0 })),
    });
    const closed = await call<{ entry: { number: number } }>('shifts.close', { reasons: [] });
    await expect.poll(async () => (await printed()).length, { timeout: 15_000 }).toBe(2);
    expect((await printed())[1]![0]).toContain(`Z report ${closed.entry.number}`);
  });
});
