import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import {
  backOfficeSerial,
  backOfficeTerminal,
  counterTerminal,
  mercadoPagoTill,
  mercadoPagoWorld,
  mpCall,
  mpMethodId,
  orderOnTerminal,
  prepareBrazilTill,
  waitForPayment,
  type MercadoPagoWorld,
} from '../../support/mercadopago.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { demoManagerPin } from '../../../src/main/core/settings/seed-demo-store.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!; // 8.99
const backOfficeMethod = 'mercadopago-back-office';

let world: MercadoPagoWorld;
let kassa: ReturnType<typeof mercadoPagoTill>;

beforeEach(async () => {
  world = await mercadoPagoWorld();
  const dir = await prepareBrazilTill([{ id: backOfficeMethod, serial: backOfficeSerial }]);
  kassa = mercadoPagoTill(world, dir);
  await kassa.core.payments.ready;
});
afterEach(async () => {
  await kassa.close();
  await world.sim.close();
});

async function openOrder(quantity = 1) {
  return kassa.call('orders.checkout', {
    orderId: newId(),
    lines: [{ productId: espresso.id, quantity }],
    payments: [],
  });
}

const send = (orderId: string, amount: number, methodId = mpMethodId) =>
  kassa.call('payments.start', { orderId, methodId, amount, paymentLineId: newId() });

const ordersOf = (attemptId: string) =>
  world.sim.control.ledger().filter((o) => o.externalReference.startsWith(`kassa-${attemptId}-`));

async function paidPayment(quantity = 2) {
  const order = await openOrder(quantity);
  const started = await send(order.id, order.total);
  await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
  await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
  const paid = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
  return { order, paid };
}

describe('a Mercado Pago card payment at the counter', () => {
  it('is approved on the terminal: one processed order, and the sale is paid', async () => {
    const order = await openOrder(2);
    const started = await send(order.id, order.total);
    const waiting = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    expect(waiting).toMatchObject({ provider: 'mercadopago', simulated: true, actions: { cancel: true } });
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    const paid = await kassa.call('orders.get', { orderId: order.id });
    expect(paid).toMatchObject({ status: 'paid', remaining: 0 });
    // The card's brand and last four, read from Mercado Pago's payment (the simulator's default test card,
    // a Mastercard ending 6351), on the payment line as a Stripe payment has them (issue 15.17).
    expect(paid.payments).toMatchObject([{ cardBrand: 'mastercard', cardLast4: '6351' }]);
    expect(ordersOf(started.attemptId)).toMatchObject([
      {
        externalReference: `kassa-${started.attemptId}-1`,
        terminalId: counterTerminal,
        status: 'processed',
        paymentStatus: 'processed',
        currency: 'BRL',
        amountMinor: order.total,
      },
    ]);
  });

  it('a declined card is told in words, and the retry goes out as a new order that is approved', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'insufficient_funds' });
    const declined = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'declined');
    expect(declined.failure?.message).toMatch(/not enough money on the card/);
    expect(declined.actions).toMatchObject({ retry: true, cancel: true, forceDone: false });

    await kassa.call('payments.retry', { attemptId: started.attemptId });
    await waitForPayment(
      kassa,
      started.attemptId,
      (p) => p.state === 'waiting_for_card' && p.tryNumber === 2,
    );
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'approve' });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'succeeded');
    expect(
      ordersOf(started.attemptId).map((o) => [
        o.externalReference.slice(-2),
        o.status,
        o.paymentStatusDetail,
      ]),
    ).toEqual([
      ['-1', 'failed', 'insufficient_amount'],
      ['-2', 'processed', 'accredited'],
    ]);
  });

  it('cancel before the terminal picks the order up cancels it through the API', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    expect(world.sim.control.openOrder(counterTerminal)?.status).toBe('created');
    await kassa.call('payments.cancel', { attemptId: started.attemptId });
    const canceled = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'canceled');
    expect(canceled.failure?.message).toBe('The payment was canceled.');
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({
      status: 'open',
      remaining: order.total,
    });
    expect(ordersOf(started.attemptId)).toMatchObject([
      { status: 'canceled', paymentStatusDetail: 'canceled_by_api' },
    ]);
  });

  it('cancel while the order is on the terminal goes through the asynchronous at-terminal cancel', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.pickUp(await orderOnTerminal(world));
    await kassa.call('payments.cancel', { attemptId: started.attemptId });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'canceled');
    expect(ordersOf(started.attemptId)).toMatchObject([{ status: 'canceled' }]);
    // The terminal is free again for the next customer.
    const next = await send(order.id, order.total);
    await waitForPayment(kassa, next.attemptId, (p) => p.state === 'waiting_for_card');
  });

  it('a customer who cancels on the terminal ends the payment, and the cashier is told where', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.cancelOnTerminal(await orderOnTerminal(world));
    const canceled = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'canceled');
    expect(canceled.failure?.message).toBe('The payment was canceled on the terminal.');
    expect((await kassa.call('orders.get', { orderId: order.id })).status).toBe('open');
  });

  it('action_required asks the cashier to check the terminal; a manager records it as approved', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.neverAnswer(await orderOnTerminal(world));
    const check = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'needs_check');
    expect(check.failure?.message).toMatch(/^Check the terminal: /);
    expect(check.forced).toBe(false);

    await expect(
      mpCall(kassa, 'payments.recordTerminalOutcome', {
        attemptId: started.attemptId,
        outcome: 'approved',
        managerPin: '9999',
      }),
    ).rejects.toMatchObject({ code: 'pin_invalid' });
    const recorded = await mpCall(kassa, 'payments.recordTerminalOutcome', {
      attemptId: started.attemptId,
      outcome: 'approved',
      managerPin: demoManagerPin,
    });
    expect(recorded).toMatchObject({ state: 'succeeded', forced: true });
    const sale = await kassa.call('orders.get', { orderId: order.id });
    expect(sale.status).toBe('paid');
    expect(sale.payments.find((p) => p.id === started.paymentLineId)).toMatchObject({
      status: 'paid',
      needsReconciliation: true,
    });
    const audit = kassa.core.db
      .prepare(`SELECT details FROM audit_log WHERE action = 'payment.terminal_outcome' AND subject = ?`)
      .pluck()
      .get(started.attemptId) as string;
    expect(JSON.parse(audit)).toMatchObject({ outcome: 'approved', amount: order.total });
    // Recorded once: it cannot be recorded again, nor refunded to the card from Kassa.
    await expect(
      mpCall(kassa, 'payments.recordTerminalOutcome', {
        attemptId: started.attemptId,
        outcome: 'not_approved',
        managerPin: demoManagerPin,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('action_required recorded as not approved fails the line, and the terminal takes the next payment', async () => {
    const order = await openOrder();
    const started = await send(order.id, order.total);
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    world.sim.control.neverAnswer(await orderOnTerminal(world));
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'needs_check');
    const recorded = await mpCall(kassa, 'payments.recordTerminalOutcome', {
      attemptId: started.attemptId,
      outcome: 'not_approved',
      managerPin: demoManagerPin,
    });
    expect(recorded).toMatchObject({ state: 'failed', forced: false });
    expect(await kassa.call('orders.get', { orderId: order.id })).toMatchObject({
      status: 'open',
      remaining: order.total,
    });
    const next = await send(order.id, order.total);
    await waitForPayment(kassa, next.attemptId, (p) => p.state === 'waiting_for_card');
  });

  it('refuses a STANDALONE terminal before sending anything, and works once it is switched to PDV', async () => {
    const order = await openOrder();
    const refused = await send(order.id, order.total, backOfficeMethod);
    const failed = await waitForPayment(kassa, refused.attemptId, (p) => p.state === 'failed');
    expect(failed.failure).toEqual({
      code: 'terminal_unsupported_mode',
      message: `Terminal ${backOfficeSerial} is in standalone mode. Switch it to integrated (PDV) mode in Kassa, then restart the terminal.`,
    });
    expect(world.sim.control.ledger()).toEqual([]);

    const terminals = await mpCall(kassa, 'mercadopago.terminals', {});
    expect(terminals.find((t) => t.serial === backOfficeSerial)).toMatchObject({
      id: backOfficeTerminal,
      operatingMode: 'STANDALONE',
      integrated: false,
      methodId: backOfficeMethod,
    });
    expect(terminals.find((t) => t.id === counterTerminal)).toMatchObject({
      integrated: true,
      methodId: mpMethodId,
    });

    const switched = await mpCall(kassa, 'mercadopago.setIntegratedMode', { terminalId: backOfficeSerial });
    expect(switched.terminal).toMatchObject({ operatingMode: 'PDV', integrated: true });
    expect(switched.message).toMatch(/Restart the terminal/);
    expect(world.sim.control.terminals().find((t) => t.id === backOfficeTerminal)?.operating_mode).toBe(
      'PDV',
    );

    const again = await send(order.id, order.total, backOfficeMethod);
    await waitForPayment(kassa, again.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: again.attemptId, card: 'approve' });
    await waitForPayment(kassa, again.attemptId, (p) => p.state === 'succeeded');
  });

  it('refuses amounts outside Brazil’s limits before anything is sent', async () => {
    const order = await openOrder();
    const small = await kassa.fail('payments.start', {
      orderId: order.id,
      methodId: mpMethodId,
      amount: 99,
      paymentLineId: newId(),
    });
    expect(small).toMatchObject({ code: 'amount_invalid' });
    expect(small.message).toBe(
      'Mercado Pago accepts card payments in BRL from R$ 1,00 to R$ 70.000,00. R$ 0,99 is below that: take it in cash or another way.',
    );
    const big = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 8000 }],
      payments: [],
    });
    const large = await kassa.fail('payments.start', {
      orderId: big.id,
      methodId: mpMethodId,
      amount: big.total,
      paymentLineId: newId(),
    });
    expect(large.message).toMatch(/R\$ 71\.920,00 is above that: split it over several card payments/);
    expect(world.sim.control.ledger()).toEqual([]);
  });

  it('refunds part of a payment, and tells Mercado Pago’s refusals in words', async () => {
    const { order, paid } = await paidPayment(3); // 26.97
    const refund = (amount: number) =>
      kassa.call('payments.refund', {
        refundId: newId(),
        orderId: order.id,
        paymentLineId: paid.paymentLineId,
        amount,
      });

    expect(await refund(500)).toMatchObject({ state: 'succeeded', amount: 500, kind: 'refund' });
    const [entry] = ordersOf(paid.attemptId);
    expect(entry).toMatchObject({
      status: 'processed',
      statusDetail: 'partially_refunded',
      refundedMinor: 500,
    });

    // Someone refunds most of the rest in the Mercado Pago app; Kassa's books still allow more.
    const inApp = await world.client.refundOrder(entry!.orderId, {
      idempotencyKey: newId(),
      transactions: [{ id: entry!.paymentId, amount: '20.00' }],
    });
    expect(inApp.ok).toBe(true);
    const exceeds = await refund(1000);
    expect(exceeds).toMatchObject({ state: 'failed' });
    expect(exceeds.failureMessage).toBe(
      'That is more than what is left to refund on this payment: lower the refund amount.',
    );

    world.sim.control.holdRefunds(true);
    expect(await refund(100)).toMatchObject({ state: 'pending' });
    const meanwhile = await refund(100);
    expect(meanwhile.failureMessage).toMatch(/A refund for this payment is still being processed/);
    world.sim.control.holdRefunds(false);
    world.sim.control.settleRefunds();
    await kassa.core.payments.refunds.resend();
    const refunds = await kassa.call('payments.refundsForOrder', { orderId: order.id });
    expect(refunds.map((r) => `${r.amount} ${r.state}`).sort()).toEqual([
      '100 failed',
      '100 succeeded',
      '1000 failed',
      '500 succeeded',
    ]);
  });

  it('tells the cashier that Mercado Pago only refunds for 90 days', async () => {
    const { order, paid } = await paidPayment(1);
    world.sim.control.advanceClock(91 * 24 * 60 * 60 * 1000);
    const late = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: order.total,
    });
    expect(late.state).toBe('failed');
    expect(late.failureMessage).toMatch(/refunds card payments for 90 days only/);
  });

  it('a refund of the whole payment is sent without amounts and refunds the order in full', async () => {
    const { order, paid } = await paidPayment(1);
    const full = await kassa.call('payments.refund', {
      refundId: newId(),
      orderId: order.id,
      paymentLineId: paid.paymentLineId,
      amount: order.total,
    });
    expect(full.state).toBe('succeeded');
    expect(ordersOf(paid.attemptId)).toMatchObject([{ status: 'refunded', refundedMinor: order.total }]);
    // The attempt still counts as paid: the refund is its own record.
    await kassa.call('payments.checkAgain', { attemptId: paid.attemptId });
    expect((await kassa.call('payments.get', { attemptId: paid.attemptId })).state).toBe('succeeded');
  });

  it('a terminal busy with an order this till did not send is reported in words, not as a bare 409', async () => {
    const foreign = await world.client.createOrder(
      {
        type: 'point',
        external_reference: 'other-pos-42',
        transactions: { payments: [{ amount: '5.00' }] },
        config: { point: { terminal_id: counterTerminal } },
      },
      newId(),
    );
    expect(foreign.ok).toBe(true);
    const order = await openOrder();
    const started = await send(order.id, order.total);
    const failed = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'failed');
    expect(failed.failure?.message).toBe(
      'Terminal N950NCB801293324 is busy with a payment that this till did not send (another till, or the Mercado Pago app). Finish or cancel it on the terminal, then send this payment again.',
    );
    world.sim.control.cancelOnTerminal(foreign.ok ? foreign.value.id : '');
    const next = await send(order.id, order.total);
    await waitForPayment(kassa, next.attemptId, (p) => p.state === 'waiting_for_card');
  });

  it('an order of an earlier Kassa payment left queued on the terminal is canceled before the next one goes', async () => {
    const order = await openOrder();
    const first = await send(order.id, order.total);
    await waitForPayment(kassa, first.attemptId, (p) => p.state === 'waiting_for_card');
    // Kassa stopped following it (here: the books were closed by hand) while the order stayed queued.
    kassa.core.payments.orchestrator.stop();
    kassa.core.db.prepare(`UPDATE payment_attempts SET state = 'failed' WHERE id = ?`).run(first.attemptId);
    kassa.core.db.prepare(`UPDATE payment_lines SET status = 'failed' WHERE id = ?`).run(first.paymentLineId);
    await kassa.close();
    kassa = mercadoPagoTill(world, kassa.dataDir);
    await kassa.core.payments.ready;

    const next = await send(order.id, order.total);
    await waitForPayment(kassa, next.attemptId, (p) => p.state === 'waiting_for_card');
    expect(ordersOf(first.attemptId)).toMatchObject([
      { status: 'canceled', paymentStatusDetail: 'canceled_by_api' },
    ]);
    expect(ordersOf(next.attemptId)).toMatchObject([{ status: 'created' }]);
  });
});
