/**
 * Recovery puts attempts and payment lines back in step whatever produced the disagreement (an older build
 * that wrote them in two commits, a disk restored from a backup). Each case below is built directly in the
 * database through the stores that own the tables, then recovery runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AttemptPatch } from '../../../src/main/core/payments/payment-journal.ts';
import { demoStripeMethod } from '../../../src/main/core/payments/providers/stripe/connect-stripe.ts';
import type { PaymentLine } from '../../../src/shared/ipc/orders.ts';
import { newId } from '../../support/core.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => kassa?.close());

async function till(dataDir?: string, sweepIntervalMs?: number): Promise<PreferencesTill> {
  kassa = preferencesTill({
    providers: { stripe: { mode: 'demo' } },
    ...(dataDir ? { dataDir } : {}),
    ...(sweepIntervalMs ? { sweepIntervalMs } : {}),
  });
  await kassa.core.payments.ready;
  return kassa;
}

/** An open order of 7.78 with a card line of `amount` on it, and (unless `attempt` is null) its attempt. */
async function cardLine(
  amount: number,
  attempt: AttemptPatch | null,
  line?: { status: PaymentLine['status']; reconcile?: boolean },
) {
  const { services } = kassa.core;
  const order = await kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: 1, quantity: 2 }],
    payments: [],
  });
  const lineId = newId();
  const attemptId = `att_${lineId.replaceAll('-', '')}`;
  const method = services.methods.get(demoStripeMethod.id)!;
  services.tx.run(() => {
    services.orders.openCardLine(order.id, { id: lineId, method, amount });
    if (attempt === null) return;
    services.journal.insert({
      id: attemptId,
      order_id: order.id,
      payment_line_id: lineId,
      method_id: method.id,
      provider: 'stripe',
      terminal_ref: method.terminalRef!,
      amount,
      currency: order.currency,
    });
    services.journal.update(attemptId, attempt);
  });
  if (line)
    services.orders.updateCardLine(order.id, lineId, {
      status: line.status,
      card: null,
      reconcile: line.reconcile ?? false,
    });
  return { order, lineId, attemptId };
}

const audit = (action: string) =>
  kassa.core.services.audit.list(100).entries.filter((e) => e.action === action);
const alerts = () => kassa.core.services.alerts.open().filter((a) => a.kind === 'payment_records_disagree');

describe('recovery repairs attempts and lines that disagree', () => {
  it('a succeeded attempt whose line still waits: the line is paid at the next start, and the order with it', async () => {
    await till();
    const dataDir = kassa.dataDir;
    const { order, lineId, attemptId } = await cardLine(778, {
      state: 'succeeded',
      provider_ref: 'pi_test_repair',
      card_brand: 'visa',
      card_last4: '4242',
    });
    expect((await kassa.call('orders.get', { orderId: order.id })).status).toBe('open');
    await kassa.close();

    await till(dataDir);
    const repaired = await kassa.call('orders.get', { orderId: order.id });
    expect(repaired).toMatchObject({ status: 'paid', paid: 778, remaining: 0 });
    expect(repaired.payments[0]).toMatchObject({ id: lineId, status: 'paid', cardLast4: '4242' });
    expect(audit('payment.repaired')).toEqual([
      expect.objectContaining({
        subject: attemptId,
        details: expect.objectContaining({ problem: 'succeeded_line_not_paid' }),
      }),
    ]);
    expect(alerts()).toEqual([]);
  });

  it('a succeeded attempt whose order was meanwhile paid another way: a person is alerted, nothing is counted twice', async () => {
    await till();
    const { order, attemptId } = await cardLine(300, { state: 'succeeded' }, { status: 'failed' });
    await kassa.call('orders.addPayment', {
      orderId: order.id,
      payment: { id: newId(), methodId: 'cash', amount: 778 },
    });
    expect(await kassa.core.payments.repairs.repair()).toBe(1);
    const after = await kassa.call('orders.get', { orderId: order.id });
    expect(after).toMatchObject({ status: 'paid', paid: 778 });
    expect(after.payments.find((p) => p.methodId === demoStripeMethod.id)).toMatchObject({
      status: 'failed',
      needsReconciliation: true,
    });
    expect(alerts()).toEqual([
      expect.objectContaining({
        severity: 'critical',
        message: expect.stringContaining('€3.00 went through'),
      }),
    ]);
    expect(audit('payment.repair_undecided')[0]).toMatchObject({ subject: attemptId });
    // Once is enough: the next sweep does not raise it again.
    expect(await kassa.core.payments.repairs.repair()).toBe(0);
    expect(alerts()).toHaveLength(1);
  });

  for (const state of ['declined', 'canceled', 'failed'] as const) {
    it(`a ${state} attempt whose line still waits: the line fails and stops holding its amount`, async () => {
      await till();
      const { order, lineId } = await cardLine(500, { state });
      expect(await kassa.core.payments.repairs.repair()).toBe(1);
      const after = await kassa.call('orders.get', { orderId: order.id });
      expect(after).toMatchObject({ status: 'open', paid: 0, remaining: 778 });
      expect(after.payments[0]).toMatchObject({ id: lineId, status: 'failed' });
      expect(audit('payment.repaired')[0]?.details).toMatchObject({ problem: 'ended_line_waiting' });
      // The amount is free again: the order can be paid in full another way.
      await kassa.call('orders.addPayment', {
        orderId: order.id,
        payment: { id: newId(), methodId: 'cash', amount: 778 },
      });
    });
  }

  it('a paid line whose attempt is still open: followed like a forced payment until the provider answers', async () => {
    await till();
    const { order, attemptId } = await cardLine(778, { state: 'waiting_for_card' }, { status: 'paid' });
    kassa.core.payments.orchestrator.stop(); // nothing drives the attempt while the repair is checked
    expect(await kassa.core.payments.repairs.repair()).toBe(1);
    expect(kassa.core.services.journal.get(attemptId)).toMatchObject({ forced: 1 });
    const after = await kassa.call('orders.get', { orderId: order.id });
    expect(after.payments[0]).toMatchObject({ status: 'paid', needsReconciliation: true });
    expect(audit('payment.repaired')[0]?.details).toMatchObject({ problem: 'paid_line_attempt_open' });
  });

  it('a paid line whose attempt the provider ended without money: flagged and alerted, not guessed', async () => {
    await till();
    const { order } = await cardLine(778, { state: 'failed' }, { status: 'paid' });
    expect(await kassa.core.payments.repairs.repair()).toBe(1);
    const after = await kassa.call('orders.get', { orderId: order.id });
    expect(after).toMatchObject({ status: 'paid', paid: 778 });
    expect(after.payments[0]).toMatchObject({ status: 'paid', needsReconciliation: true });
    expect(alerts()).toEqual([
      expect.objectContaining({ message: expect.stringContaining('the provider ended it as failed') }),
    ]);
    expect(await kassa.core.payments.repairs.repair()).toBe(0);
  });

  it('a paid card line with no attempt at all: flagged and alerted, not guessed', async () => {
    await till();
    const { order } = await cardLine(778, null, { status: 'paid' });
    expect(await kassa.core.payments.repairs.repair()).toBe(1);
    const after = await kassa.call('orders.get', { orderId: order.id });
    expect(after.payments[0]).toMatchObject({ status: 'paid', needsReconciliation: true });
    expect(alerts()).toEqual([
      expect.objectContaining({ message: expect.stringContaining('no record of sending it') }),
    ]);
  });

  it('books that agree are left alone', async () => {
    await till();
    await cardLine(778, { state: 'succeeded' }, { status: 'paid' });
    await cardLine(300, { state: 'declined' }, { status: 'failed' });
    await cardLine(300, { state: 'waiting_for_card' });
    kassa.core.payments.orchestrator.stop();
    expect(await kassa.core.payments.repairs.repair()).toBe(0);
    expect(audit('payment.repaired')).toEqual([]);
  });
});

describe("repairs in the minute's sweep", () => {
  it('a succeeded attempt whose line still waits, written while the till runs: the sweep pays the line', async () => {
    await till(undefined, 100);
    // The start's full pass has run once the first sweep is scheduled; the case below comes after it.
    const { order, lineId } = await cardLine(778, {
      state: 'succeeded',
      card_brand: 'visa',
      card_last4: '4242',
    });
    const paid = new Promise<void>((resolve) =>
      kassa.core.subscribe((name, payload) => {
        const changed = payload as { orderId?: string; status?: string };
        if (name === 'orders.changed' && changed.orderId === order.id && changed.status === 'paid') resolve();
      }),
    );
    await paid;
    const after = await kassa.call('orders.get', { orderId: order.id });
    expect(after.payments[0]).toMatchObject({ id: lineId, status: 'paid', cardLast4: '4242' });
    expect(audit('payment.repaired')[0]?.details).toMatchObject({ problem: 'succeeded_line_not_paid' });
  });

  it('looks only at lines touched since its last pass, and finds each case of the start there too', async () => {
    await till();
    kassa.core.payments.orchestrator.stop();
    const { repairs } = kassa.core.payments;
    await repairs.repair(); // the start's full pass
    expect(await repairs.repairRecent()).toBe(0);
    await cardLine(500, { state: 'declined' });
    await cardLine(778, { state: 'failed' }, { status: 'paid' });
    await cardLine(778, null, { status: 'paid' });
    expect(await repairs.repairRecent()).toBe(3);
    expect(audit('payment.repaired').map((e) => (e.details as { problem: string }).problem)).toEqual([
      'ended_line_waiting',
    ]);
    expect(audit('payment.repair_undecided')).toHaveLength(2);
    // Repaired or flagged once: the next passes find nothing, and neither does a full one.
    expect(await repairs.repairRecent()).toBe(0);
    expect(await repairs.repair()).toBe(0);
  });

  it('reads the start’s full pass and the open attempts from indexes, never every line or attempt', async () => {
    await till();
    const { journal } = kassa.core.services;
    const plan = journal.planOfDisagreements();
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH payment_lines USING COVERING INDEX payment_lines_unsettled/),
    );
    expect(plan).toContainEqual(
      expect.stringMatching(/^SCAN payment_attempts USING INDEX payment_attempts_not_succeeded/),
    );
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH payment_lines USING COVERING INDEX payment_lines_paid_unflagged/),
    );
    // In full, only the suspects found, the few payment methods and the index of attempts that did not
    // succeed (the declines): no table of lines, orders or attempts.
    const scans = plan.filter((step) => step.startsWith('SCAN '));
    expect(scans.length).toBeGreaterThan(0);
    for (const scan of scans)
      expect(scan).toMatch(
        /^SCAN (t|payment_methods|payment_attempts USING INDEX payment_attempts_not_succeeded)$/,
      );
    expect(journal.planOfUnresolved()).toContainEqual(
      expect.stringMatching(/^SCAN payment_attempts USING INDEX payment_attempts_unresolved/),
    );
  });

  it('reads the touched lines from indexes: no table of attempts, lines, orders or refunds is scanned', async () => {
    await till();
    const plan = kassa.core.services.journal.planOfDisagreementsSince();
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH payment_attempts USING INDEX payment_attempts_updated/),
    );
    expect(plan).toContainEqual(
      expect.stringMatching(/^SEARCH payment_lines USING INDEX payment_lines_created/),
    );
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH a USING INDEX payment_attempts_line/));
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH r USING INDEX refunds_line/));
    // Only the handful of touched line ids and the few payment methods are read in full.
    const scans = plan.filter((step) => step.startsWith('SCAN '));
    expect(scans).toEqual(['SCAN t', 'SCAN payment_methods']);
  });
});
