/**
 * Kassa killed while a receipt is being sent: after the restart the receipt is printed once, or marked for the
 * cashier to decide ("may have printed — print again?"), never printed twice by itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { newId, tempDir, testCore } from '../../support/core.ts';
import { spawnCore, type CoreProcess } from '../../support/core-process.ts';

const cola = demoProducts.find((p) => p.name === 'Cola 0.33 l')!;
let printer: VirtualPrinter;
let core: CoreProcess | null = null;
afterEach(async () => {
  await core?.stop();
  core = null;
  await printer.close();
});

async function tillWithPrinter(): Promise<string> {
  printer = await startVirtualPrinter();
  const dir = tempDir();
  const kassa = testCore(dir);
  kassa.core.printing.queue.savePrinter({
    id: 'counter',
    name: 'Counter printer',
    kind: 'network',
    address: printer.address,
    columns: 42,
    paperMm: 80,
    codepage: 'auto',
    drawerPin: 2,
    receipts: true,
  });
  await kassa.close();
  return dir;
}

const env = { KASSA_DEMO: 'off' };

async function saleKilledAt(dir: string, point: string) {
  const dying = await spawnCore(dir, { ...env, KASSA_FAILPOINTS: point });
  const order = await dying.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: cola.id, quantity: 1 }],
    payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
  });
  expect(await dying.exited).not.toBe(0); // killed by the failpoint
  return order;
}

const waitFor = async <T>(probe: () => Promise<T | undefined | false>): Promise<T> => {
  for (let i = 0; i < 1000; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
};

// Each test starts Kassa three times (two in their own processes): slow on a loaded machine.
describe('Kassa killed while a receipt is being sent', { timeout: 120_000 }, () => {
  it('before any byte left: after the restart the cashier is asked, and "print again" prints it once', async () => {
    const dir = await tillWithPrinter();
    const order = await saleKilledAt(dir, 'print.sending:after_mark');
    expect(printer.receipts()).toHaveLength(0);

    core = await spawnCore(dir, env);
    const { jobs } = await core.call('printing.status', {});
    expect(jobs).toEqual([
      expect.objectContaining({ orderId: order.id, state: 'uncertain', lastError: 'interrupted' }),
    ]);
    await new Promise((r) => setTimeout(r, 300)); // the queue's retries: an uncertain job is not sent by itself
    expect(printer.receipts()).toHaveLength(0);

    const receipt = printer.nextReceipt();
    await core.call('printing.resolve', { jobId: jobs[0]!.id, decision: 'print_again' });
    expect((await receipt).lines.some((l) => l.includes(`Order ${order.number}`))).toBe(true);
    await waitFor(async () => (await core!.call('printing.status', {})).jobs.length === 0);
    expect(printer.receipts()).toHaveLength(1);
  });

  it('after the receipt went out, before the printer confirmed it: the cashier sees it printed and nothing prints twice', async () => {
    const dir = await tillWithPrinter();
    const printed = printer.nextReceipt();
    const order = await saleKilledAt(dir, 'print.sent:before_confirmation');
    await printed;

    core = await spawnCore(dir, env);
    const { jobs } = await core.call('printing.status', {});
    expect(jobs).toEqual([expect.objectContaining({ orderId: order.id, state: 'uncertain' })]);
    await core.call('printing.resolve', { jobId: jobs[0]!.id, decision: 'it_printed' });
    expect((await core.call('printing.status', {})).jobs).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(printer.receipts()).toHaveLength(1);
    expect(printer.pulses()).toHaveLength(1);
  });
});
