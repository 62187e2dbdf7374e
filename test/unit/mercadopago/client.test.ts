import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fromMercadoPagoAmount,
  toMercadoPagoAmount,
} from '../../../src/main/core/payments/providers/mercadopago/amounts.ts';
import {
  createMercadoPagoClient,
  type MercadoPagoClient,
} from '../../../src/main/core/payments/providers/mercadopago/client.ts';
import type {
  MercadoPagoFailure,
  MercadoPagoResult,
} from '../../../src/main/core/payments/providers/mercadopago/failures.ts';
import { matchTerminal } from '../../../src/main/core/payments/providers/mercadopago/terminals.ts';
import type {
  MercadoPagoCreateOrderRequest,
  MercadoPagoOrder,
  MercadoPagoOrderStatus,
} from '../../../src/main/core/payments/providers/mercadopago/wire.ts';
import {
  startMercadoPagoSimulator,
  type MercadoPagoSimulator,
  type MercadoPagoSimulatorOptions,
} from '../../../src/sim/mercadopago/index.ts';
import { TestClock } from '../../../src/sim/clock.ts';

const counter = 'NEWLAND_N950__N950NCB801293324';
const factoryFresh = 'PAX_A910__SMARTPOS1234345545';

let sim: MercadoPagoSimulator;
let client: MercadoPagoClient;

async function start(options: MercadoPagoSimulatorOptions = {}): Promise<void> {
  sim = await startMercadoPagoSimulator(options);
  client = createMercadoPagoClient({ accessToken: sim.accessToken, baseUrl: sim.url, timeoutMs: 2_000 });
}

beforeEach(async () => {
  await start();
});

afterEach(async () => {
  await sim.close();
});

function value<T>(result: MercadoPagoResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function failure<T>(result: MercadoPagoResult<T>): MercadoPagoFailure {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function orderFor(
  terminalId: string,
  amount = '24.00',
  reference = `kassa-${randomUUID()}`,
): MercadoPagoCreateOrderRequest {
  return {
    type: 'point',
    external_reference: reference,
    transactions: { payments: [{ amount }] },
    config: { point: { terminal_id: terminalId, print_on_terminal: 'no_ticket' } },
  };
}

async function create(terminalId = counter, amount = '24.00'): Promise<MercadoPagoOrder> {
  return value(await client.createOrder(orderFor(terminalId, amount), randomUUID()));
}

async function statusOf(orderId: string): Promise<MercadoPagoOrderStatus> {
  return value(await client.getOrder(orderId)).status;
}

/** Restarts the simulator on a clock that moves only when the test says so. */
async function onTestClock(options: MercadoPagoSimulatorOptions = {}): Promise<TestClock> {
  await sim.close();
  const clock = new TestClock();
  await start({ ...options, clock });
  return clock;
}

describe('Mercado Pago terminals', () => {
  it('lists the account’s terminals page by page and matches the serial the owner typed', async () => {
    const firstPage = value(await client.listTerminals({ limit: 2 }));
    expect(firstPage.terminals).toHaveLength(2);
    expect(firstPage.paging).toEqual({ total: 3, offset: 0, limit: 2 });
    const all = value(await client.listAllTerminals());
    expect(all.map((t) => t.id)).toEqual([counter, factoryFresh, 'NEWLAND_N950__SBX0000001']);

    const matched = matchTerminal(all, 'n950ncb801293324');
    expect(matched.ok && matched.value.id).toBe(counter);
    const missing = matchTerminal(all, 'N950XXX');
    expect(!missing.ok && missing.error.message).toContain('SMARTPOS1234345545 (PAX_A910)');
  });

  it('refuses a payment on a STANDALONE terminal until it is switched to PDV', async () => {
    const terminal = value(await client.listAllTerminals()).find((t) => t.id === factoryFresh);
    expect(terminal?.operating_mode).toBe('STANDALONE');
    const refused = failure(await client.createOrder(orderFor(factoryFresh), randomUUID()));
    expect(refused).toMatchObject({
      kind: 'http',
      status: 400,
      codes: ['terminal_not_in_pdv_mode'],
      code: 'terminal_unsupported_mode',
      mayHaveReached: false,
    });
    expect(refused.message).toContain('restart the terminal');

    expect(value(await client.setOperatingMode(factoryFresh, 'PDV'))).toEqual({
      id: factoryFresh,
      operating_mode: 'PDV',
    });
    const after = value(await client.listAllTerminals()).find((t) => t.id === factoryFresh);
    expect(after?.operating_mode).toBe('PDV');
    expect((await client.createOrder(orderFor(factoryFresh), randomUUID())).ok).toBe(true);
  });

  it('keeps refusing after the switch until the terminal is restarted, when the terminal needs a restart', async () => {
    await sim.close();
    await start({ modeChangeNeedsRestart: true });
    value(await client.setOperatingMode(factoryFresh, 'PDV'));
    expect(failure(await client.createOrder(orderFor(factoryFresh), randomUUID())).codes).toEqual([
      'terminal_not_in_pdv_mode',
    ]);
    sim.control.restartTerminal(factoryFresh);
    expect((await client.createOrder(orderFor(factoryFresh), randomUUID())).ok).toBe(true);
  });

  it('reports an unknown terminal in Mercado Pago’s older error envelope', async () => {
    const refused = failure(await client.setOperatingMode('NEWLAND_N950__NOPE', 'PDV'));
    expect(refused).toMatchObject({ status: 404, codes: ['not_found'], mayHaveReached: false });
  });
});

describe('a card payment on a Point terminal', () => {
  it('goes from created to at_terminal to processed when the card is approved', async () => {
    const order = await create(counter, '24.00');
    expect(order.id).toMatch(/^ORD[0-9A-Z]{26}$/);
    expect(order.status).toBe('created');
    expect(order.transactions.payments[0]).toMatchObject({ amount: '24.00', status: 'created' });

    sim.control.pickUp(order.id);
    expect(await statusOf(order.id)).toBe('at_terminal');

    sim.control.approve(order.id, { id: 'visa', type: 'debit_card' });
    const paid = value(await client.getOrder(order.id));
    expect(paid.status).toBe('processed');
    const payment = paid.transactions.payments[0];
    expect(payment).toMatchObject({
      status: 'processed',
      status_detail: 'accredited',
      payment_method: { id: 'visa', type: 'debit_card', installments: 1 },
    });
    expect(payment?.reference_id).toMatch(/^\d+$/);
    expect(fromMercadoPagoAmount(payment?.paid_amount ?? '', 'BRL')).toBe(2400);
  });

  it('ends failed with the issuer’s reason when the card is declined, and frees the terminal', async () => {
    const order = await create();
    sim.control.decline(order.id, 'insufficient_amount');
    const declined = value(await client.getOrder(order.id));
    expect(declined.status).toBe('failed');
    expect(declined.transactions.payments[0]).toMatchObject({
      status: 'failed',
      status_detail: 'insufficient_amount',
    });
    expect((await client.createOrder(orderFor(counter), randomUUID())).ok).toBe(true);
  });

  it('can be canceled through the API while it has not reached the terminal', async () => {
    const order = await create();
    const canceled = value(await client.cancelOrder(order.id, { idempotencyKey: randomUUID() }));
    expect(canceled.state).toBe('canceled');
    expect(canceled.order?.transactions.payments[0]?.status_detail).toBe('canceled_by_api');
    const again = failure(await client.cancelOrder(order.id, { idempotencyKey: randomUUID() }));
    expect(again).toMatchObject({ status: 409, codes: ['order_already_canceled'], mayHaveReached: false });
  });

  it('tells the cashier to cancel on the terminal once it got there, or cancels asynchronously when allowed', async () => {
    const clock = await onTestClock({ cancelAtTerminalDelayMs: 300 });
    const order = await create();
    sim.control.pickUp(order.id);
    const refused = failure(await client.cancelOrder(order.id, { idempotencyKey: randomUUID() }));
    expect(refused).toMatchObject({ status: 409, codes: ['cannot_cancel_order'], code: 'conflict' });
    expect(refused.message).toContain('cancel it on the terminal');

    const requested = value(
      await client.cancelOrder(order.id, { idempotencyKey: randomUUID(), allowAtTerminal: true }),
    );
    expect(requested.state).toBe('cancel_requested');
    expect(requested.order?.status).toBe('at_terminal');
    await clock.advance(299);
    expect(await statusOf(order.id)).toBe('at_terminal');
    await clock.advance(1);
    const canceled = value(await client.getOrder(order.id));
    expect(canceled.status).toBe('canceled');
    expect(canceled.transactions.payments[0]?.status_detail).toBe('canceled_by_api');
  });

  it('shows the payment canceled when the cashier cancels on the terminal', async () => {
    const order = await create();
    sim.control.cancelOnTerminal(order.id);
    const canceled = value(await client.getOrder(order.id));
    expect([canceled.status, canceled.transactions.payments[0]?.status_detail]).toEqual([
      'canceled',
      'canceled_on_terminal',
    ]);
  });

  it('ends action_required when the terminal never answers, which the cashier must check', async () => {
    const order = await create();
    sim.control.pickUp(order.id);
    sim.control.neverAnswer(order.id);
    const stuck = value(await client.getOrder(order.id));
    expect([stuck.status, stuck.transactions.payments[0]?.status_detail]).toEqual([
      'action_required',
      'check_on_terminal',
    ]);
  });

  it('expires when nobody pays within expiration_time', async () => {
    const body = { ...orderFor(counter), expiration_time: 'PT1M' };
    const order = value(await client.createOrder(body, randomUUID()));
    sim.control.advanceClock(59_000);
    expect(await statusOf(order.id)).toBe('created');
    sim.control.advanceClock(2_000);
    expect(await statusOf(order.id)).toBe('expired');
  });

  it('refuses a second payment on a terminal that still has one waiting', async () => {
    const first = await create();
    const busy = failure(await client.createOrder(orderFor(counter), randomUUID()));
    expect(busy).toMatchObject({
      status: 409,
      codes: ['already_queued_order_for_terminal'],
      code: 'terminal_busy',
      mayHaveReached: false,
    });
    expect(busy.message).toContain('earlier payment waiting');
    value(await client.cancelOrder(first.id, { idempotencyKey: randomUUID() }));
    expect((await client.createOrder(orderFor(counter), randomUUID())).ok).toBe(true);
  });

  it('returns the same order when the same request is sent again under the same key', async () => {
    const key = randomUUID();
    const body = orderFor(counter);
    const first = value(await client.createOrder(body, key));
    const second = value(await client.createOrder(body, key));
    expect(second.id).toBe(first.id);
    expect(sim.control.ledger()).toHaveLength(1);

    const reused = failure(await client.createOrder(orderFor(counter, '25.00'), key));
    expect(reused).toMatchObject({
      status: 409,
      codes: ['idempotency_key_already_used'],
      mayHaveReached: false,
    });
  });

  it('can be forced to a final status through the test endpoint', async () => {
    const clock = await onTestClock({ eventDelayMs: 100 });
    const order = await create();
    expect(value(await client.forceOrderStatus(order.id, 'processed'))).toBeNull();
    expect(await statusOf(order.id)).toBe('at_terminal');
    await clock.advance(100);
    expect(await statusOf(order.id)).toBe('processed');
  });
});

describe('refunds of Point payments (MP-6)', () => {
  async function paid(amount: string): Promise<MercadoPagoOrder> {
    const order = await create(counter, amount);
    return sim.control.approve(order.id);
  }

  it('refunds in part, refuses more than what is left, then refunds the rest in full', async () => {
    const order = await paid('100.00');
    const paymentId = order.transactions.payments[0]?.id ?? '';

    const partly = value(
      await client.refundOrder(order.id, {
        idempotencyKey: randomUUID(),
        transactions: [{ id: paymentId, amount: toMercadoPagoAmount(3000, 'BRL') }],
      }),
    );
    expect([partly.status, partly.status_detail]).toEqual(['processed', 'partially_refunded']);
    expect(partly.transactions.refunds?.map((r) => r.amount)).toEqual(['30.00']);

    const tooMuch = failure(
      await client.refundOrder(order.id, {
        idempotencyKey: randomUUID(),
        transactions: [{ id: paymentId, amount: '80.00' }],
      }),
    );
    expect(tooMuch).toMatchObject({ status: 400, codes: ['refund_amount_exceeds'], code: 'amount_invalid' });

    const rest = value(await client.refundOrder(order.id, { idempotencyKey: randomUUID() }));
    expect(rest.status).toBe('refunded');
    expect(rest.transactions.refunds?.map((r) => r.amount)).toEqual(['30.00', '70.00']);
    expect(sim.control.ledger()[0]).toMatchObject({
      status: 'refunded',
      refundedMinor: 10_000,
      amountMinor: 10_000,
    });

    const again = failure(await client.refundOrder(order.id, { idempotencyKey: randomUUID() }));
    expect(again.codes).toEqual(['order_already_refunded']);
  });

  it('refuses a second refund while the first is still being processed', async () => {
    const order = await paid('50.00');
    const paymentId = order.transactions.payments[0]?.id ?? '';
    sim.control.holdRefunds(true);
    const pending = value(
      await client.refundOrder(order.id, {
        idempotencyKey: randomUUID(),
        transactions: [{ id: paymentId, amount: '10.00' }],
      }),
    );
    expect(pending.transactions.refunds?.[0]?.status).toBe('processing');
    const busy = failure(await client.refundOrder(order.id, { idempotencyKey: randomUUID() }));
    expect(busy).toMatchObject({ status: 409, codes: ['refund_in_progress'] });
    sim.control.settleRefunds();
    const settled = value(await client.getOrder(order.id));
    expect([settled.status_detail, settled.transactions.refunds?.[0]?.status]).toEqual([
      'partially_refunded',
      'processed',
    ]);
  });

  it('only refunds a payment that went through', async () => {
    const order = await create();
    const refused = failure(await client.refundOrder(order.id, { idempotencyKey: randomUUID() }));
    expect(refused).toMatchObject({ status: 409, codes: ['cannot_refund_order'] });
  });
});

describe('amounts the account refuses', () => {
  it.each([
    ['AR', 'ARS', 500, 400_000_000],
    ['BR', 'BRL', 100, 7_000_000],
    ['MX', 'MXN', 500, 35_000_000],
    ['CL', 'CLP', 1_000, 3_000_000],
  ] as const)('agrees with the client on the %s limits', async (country, currency, min, max) => {
    await sim.close();
    await start({ country });
    for (const [minor, accepted] of [
      [min - 1, false],
      [min, true],
      [max, true],
      [max + 1, false],
    ] as const) {
      const result = await client.createOrder(
        orderFor(counter, toMercadoPagoAmount(minor, currency)),
        randomUUID(),
      );
      expect(result.ok, `${minor} ${currency}`).toBe(accepted);
      if (result.ok) value(await client.cancelOrder(result.value.id, { idempotencyKey: randomUUID() }));
      else expect(result.error.codes).toEqual(['property_value']);
    }
  });

  it('refuses an amount written with the wrong number of decimals for the currency', async () => {
    expect(failure(await client.createOrder(orderFor(counter, '24'), randomUUID())).codes).toEqual([
      'property_value',
    ]);
    await sim.close();
    await start({ country: 'CL' });
    expect(failure(await client.createOrder(orderFor(counter, '1500.00'), randomUUID())).codes).toEqual([
      'property_value',
    ]);
  });
});

describe('failures on the way to Mercado Pago', () => {
  it('retries a create whose answer was lost under the same key and gets one order', async () => {
    sim.control.injectFault({
      kind: 'lost_response',
      match: { method: 'POST', path: '/v1/orders' },
      times: 1,
    });
    const key = randomUUID();
    const body = orderFor(counter);
    const lost = failure(await client.createOrder(body, key));
    expect(lost).toMatchObject({ kind: 'network', mayHaveReached: true, status: null });
    expect(sim.control.ledger()).toHaveLength(1);

    const retried = value(await client.createOrder(body, key));
    expect(sim.control.ledger().map((e) => e.orderId)).toEqual([retried.id]);
  });

  it('reports a timeout as "may have reached", and the retry under the same key finds the order', async () => {
    sim.control.injectFault({
      kind: 'latency',
      ms: 600,
      match: { method: 'POST', path: '/v1/orders' },
      times: 1,
    });
    const impatient = createMercadoPagoClient({
      accessToken: sim.accessToken,
      baseUrl: sim.url,
      timeoutMs: 150,
    });
    const key = randomUUID();
    const body = orderFor(counter);
    const timedOut = failure(await impatient.createOrder(body, key));
    expect(timedOut).toMatchObject({ kind: 'timeout', mayHaveReached: true, code: 'provider_unreachable' });
    expect(timedOut.message).toContain('may have reached the terminal: check it before sending it again');

    // The slow first request still reaches Mercado Pago; the retry goes out once it has.
    await expect.poll(() => sim.control.ledger().length, { timeout: 5_000 }).toBe(1);
    const retried = value(await client.createOrder(body, key));
    expect(sim.control.ledger().map((e) => e.orderId)).toEqual([retried.id]);
  });

  it('knows a dropped connection may have reached Mercado Pago even when nothing was done', async () => {
    sim.control.injectFault({ kind: 'drop_connection', match: { path: '/v1/orders' }, times: 1 });
    const dropped = failure(await client.createOrder(orderFor(counter), randomUUID()));
    expect(dropped).toMatchObject({ kind: 'network', mayHaveReached: true });
    expect(sim.control.ledger()).toHaveLength(0);
  });

  it('treats a 500 as "may have reached" and a 429 as "certainly not"', async () => {
    sim.control.injectFault({ kind: 'http_500', match: { path: /^\/v1\/orders/ }, times: 1 });
    sim.control.injectFault({ kind: 'http_429', match: { method: 'GET' }, times: 1 });
    const serverError = failure(await client.createOrder(orderFor(counter), randomUUID()));
    expect(serverError).toMatchObject({
      kind: 'http',
      status: 500,
      mayHaveReached: true,
      codes: ['internal_error'],
    });
    const limited = failure(await client.listTerminals());
    expect(limited).toMatchObject({ kind: 'http', status: 429, mayHaveReached: false });
    expect((await client.listTerminals()).ok).toBe(true);
  });

  it('knows a refused connection certainly did not reach Mercado Pago', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
      });
    });
    const offline = createMercadoPagoClient({ accessToken: 'x', baseUrl: `http://127.0.0.1:${port}` });
    const refused = failure(await offline.getOrder('ORD01JQ4S4KY8HWQ6NA5PXB65B3D3'));
    expect(refused).toMatchObject({ kind: 'network', mayHaveReached: false, code: 'provider_unreachable' });
    expect(refused.message).toContain('check the internet connection');
  });

  it('tells the owner to fix the access token when Mercado Pago refuses it', async () => {
    const wrong = createMercadoPagoClient({ accessToken: 'APP_USR-wrong', baseUrl: sim.url });
    const refused = failure(await wrong.listTerminals());
    expect(refused).toMatchObject({
      status: 401,
      codes: ['unauthorized'],
      code: 'provider_rejected',
      mayHaveReached: false,
    });
    expect(refused.message).toContain('access token');
  });

  it('refuses a terminal that belongs to another account', async () => {
    const refused = failure(
      await client.createOrder(orderFor('NEWLAND_N950__N950NCB000000000'), randomUUID()),
    );
    expect(refused).toMatchObject({ status: 403, codes: ['forbidden_checking_terminal_owner'] });
  });

  it('reads order ids that are not Mercado Pago’s as a bad request and unknown ones as not found', async () => {
    expect(failure(await client.getOrder('not-an-id')).codes).toEqual(['invalid_path_param']);
    const unknown = failure(await client.getOrder('ORD00000000000000000000000000'));
    expect(unknown).toMatchObject({ status: 404, codes: ['order_not_found'], code: 'not_found' });
  });

  it('never sends a request without an idempotency key', async () => {
    expect(() => client.createOrder(orderFor(counter), '')).toThrow(/idempotency key/);
    expect(sim.control.ledger()).toHaveLength(0);
  });
});

describe('answers that do not look like the documentation', () => {
  function answering(status: number, body: unknown): MercadoPagoClient {
    const fakeFetch: typeof fetch = async () =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
    return createMercadoPagoClient({ accessToken: 'x', baseUrl: 'https://mp.invalid', fetch: fakeFetch });
  }

  it('counts a success it cannot read as "may have reached"', async () => {
    const unreadable = failure(
      await answering(201, { id: 'ORD1' }).createOrder(orderFor(counter), randomUUID()),
    );
    expect(unreadable).toMatchObject({
      kind: 'http',
      status: 201,
      codes: ['unexpected_response'],
      mayHaveReached: true,
    });
    const html = failure(await answering(200, '<html>').getOrder('ORD1'));
    expect(html.codes).toEqual(['unexpected_response']);
  });

  it('refuses an order status it does not know instead of guessing', async () => {
    const order = {
      id: 'ORD1',
      type: 'point',
      external_reference: 'kassa-1',
      status: 'approved',
      status_detail: 'accredited',
      config: { point: { terminal_id: counter } },
      transactions: { payments: [] },
    };
    const unknown = failure(await answering(200, order).getOrder('ORD1'));
    expect(unknown.detail).toContain('"approved" is not a known order status');
  });

  it('reads terminals listed at the top level and the older error envelope', async () => {
    const listed = value(
      await answering(200, { terminals: [{ id: counter, operating_mode: 'PDV' }] }).listTerminals(),
    );
    expect(listed).toEqual({
      terminals: [{ id: counter, operating_mode: 'PDV' }],
      paging: { total: 1, offset: 0, limit: 50 },
    });
    const legacy = failure(
      await answering(400, {
        error: 'bad_request',
        message: 'Invalid terminal',
        status: 400,
        cause: [{ code: 'invalid_terminal', description: 'terminal id is malformed' }],
      }).setOperatingMode(counter, 'PDV'),
    );
    expect(legacy).toMatchObject({ codes: ['bad_request', 'invalid_terminal'], mayHaveReached: false });
    expect(legacy.detail).toBe('Invalid terminal; terminal id is malformed');
  });
});
