import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startMercadoPagoSimulator,
  type MercadoPagoSimulator,
  type MercadoPagoSimulatorOptions,
} from '../../../src/sim/mercadopago/index.ts';

const counter = 'NEWLAND_N950__N950NCB801293324';
const running: MercadoPagoSimulator[] = [];

async function start(options: MercadoPagoSimulatorOptions = {}): Promise<MercadoPagoSimulator> {
  const sim = await startMercadoPagoSimulator(options);
  running.push(sim);
  return sim;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.close()));
});

function order(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'point',
    external_reference: `kassa-${randomUUID()}`,
    transactions: { payments: [{ amount: '24.00' }] },
    config: { point: { terminal_id: counter } },
    ...overrides,
  };
}

async function post(
  sim: MercadoPagoSimulator,
  path: string,
  body: unknown,
  headers: Record<string, string> = { 'X-Idempotency-Key': randomUUID() },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${sim.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${sim.accessToken}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

function codeOf(body: Record<string, unknown>): unknown {
  return (body.errors as { code: string }[] | undefined)?.[0]?.code ?? body.code;
}

describe('the Mercado Pago simulator', () => {
  it('requires an idempotency key and a valid access token', async () => {
    const sim = await start();
    const withoutKey = await post(sim, '/v1/orders', order(), {});
    expect([withoutKey.status, codeOf(withoutKey.body)]).toEqual([400, 'empty_required_header']);
    const anonymous = await fetch(`${sim.url}/terminals/v1/list`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      code: 'unauthorized',
      message: 'authorization value not present',
    });
  });

  it.each([
    ['a type other than point', order({ type: 'qr' }), 'property_value'],
    [
      'two payments',
      order({ transactions: { payments: [{ amount: '1.00' }, { amount: '2.00' }] } }),
      'maximum_items',
    ],
    ['no payment', order({ transactions: { payments: [] } }), 'minimum_items'],
    ['an unknown property', order({ customer: 'Maria' }), 'unsupported_properties'],
    ['an expiration under 30 s', order({ expiration_time: 'PT10S' }), 'property_value'],
    ['an expiration over 3 h', order({ expiration_time: 'PT3H1M' }), 'property_value'],
    ['a reference with a space', order({ external_reference: 'Maria Souza' }), 'property_value'],
    ['a reference over 64 characters', order({ external_reference: 'k'.repeat(65) }), 'property_value'],
    [
      'an unknown ticket option',
      order({ config: { point: { terminal_id: counter, print_on_terminal: 'both' } } }),
      'property_value',
    ],
    ['an amount as a number', order({ transactions: { payments: [{ amount: 24 }] } }), 'property_type'],
    ['no terminal', order({ config: { point: {} } }), 'required_properties'],
    ['broken JSON', '{"type":', 'json_syntax_error'],
  ])('refuses an order with %s', async (_, body, code) => {
    const sim = await start();
    const answer = await post(sim, '/v1/orders', body);
    expect([answer.status, codeOf(answer.body)]).toEqual([400, code]);
    expect(sim.control.ledger()).toHaveLength(0);
  });

  it('lets the SBX0000001 sandbox device answer to any terminal type, one order at a time', async () => {
    const sim = await start();
    const pax = await post(
      sim,
      '/v1/orders',
      order({ config: { point: { terminal_id: 'PAX_A910__SBX0000001' } } }),
    );
    expect(pax.status).toBe(201);
    const newland = await post(
      sim,
      '/v1/orders',
      order({ config: { point: { terminal_id: 'NEWLAND_N950__SBX0000001' } } }),
    );
    expect([newland.status, codeOf(newland.body)]).toEqual([409, 'already_queued_order_for_terminal']);
  });

  it('picks up new orders on its own after the configured delay', async () => {
    const sim = await start({ autoPickUpMs: 30 });
    const created = await post(sim, '/v1/orders', order());
    expect(created.body.status).toBe('created');
    await expect
      .poll(() => sim.control.order(String(created.body.id))?.status, { timeout: 5_000 })
      .toBe('at_terminal');
  });

  it('replays a create under the same key with the order as it is now', async () => {
    const sim = await start();
    const body = order();
    const key = { 'X-Idempotency-Key': 'attempt-7f3e' };
    const first = await post(sim, '/v1/orders', body, key);
    sim.control.approve(String(first.body.id));
    const replay = await post(sim, '/v1/orders', body, key);
    expect([replay.status, replay.body.id, replay.body.status]).toEqual([201, first.body.id, 'processed']);
  });

  it('reports the card that paid as Mercado Pago does: brand in payment_method.id, first six and last four', async () => {
    const sim = await start();
    const pending = () => post(sim, '/v1/orders', order());
    const paymentOf = (o: { transactions: { payments: Record<string, unknown>[] } }) =>
      o.transactions.payments[0];

    const created = await pending();
    expect(paymentOf(created.body as never)).not.toHaveProperty('card');
    const byDefault = sim.control.approve(String(created.body.id));
    expect(paymentOf(byDefault as never)).toMatchObject({
      payment_method: { id: 'master', type: 'credit_card' },
      card: { first_six_digits: '503143', last_four_digits: '6351' },
    });

    const visa = await pending();
    const given = sim.control.approve(
      String(visa.body.id),
      { id: 'debvisa', type: 'debit_card' },
      {
        first_six_digits: '400276',
        last_four_digits: '1234',
      },
    );
    expect(paymentOf(given as never)).toMatchObject({
      payment_method: { id: 'debvisa', type: 'debit_card' },
      card: { first_six_digits: '400276', last_four_digits: '1234' },
    });
  });

  it('refuses forced statuses that the order cannot reach', async () => {
    const sim = await start();
    const created = await post(sim, '/v1/orders', order());
    const id = String(created.body.id);
    const refund = await post(sim, `/v1/orders/${id}/events`, { status: 'refunded' }, {});
    expect([refund.status, codeOf(refund.body)]).toEqual([400, 'bad_request']);
    const unknown = await post(sim, `/v1/orders/${id}/events`, { status: 'approved' }, {});
    expect([unknown.status, codeOf(unknown.body)]).toEqual([400, 'bad_request']);
  });

  it('offers every control over HTTP under /__sim', async () => {
    const sim = await start();
    const created = await post(sim, '/v1/orders', order());
    const id = String(created.body.id);
    const approve = await fetch(`${sim.url}/__sim/orders/${id}/approve`, { method: 'POST' });
    expect(((await approve.json()) as { status: string }).status).toBe('processed');

    const ledger = (await (await fetch(`${sim.url}/__sim/ledger`)).json()) as {
      orders: { orderId: string; amount: string }[];
    };
    expect(ledger.orders).toMatchObject([{ orderId: id, amount: '24.00' }]);

    await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'http_500', match: { path_regex: '^/v1/orders/' }, times: 1 }),
    });
    expect(
      (await fetch(`${sim.url}/v1/orders/${id}`, { headers: { Authorization: `Bearer ${sim.accessToken}` } }))
        .status,
    ).toBe(500);
    expect(
      (await fetch(`${sim.url}/v1/orders/${id}`, { headers: { Authorization: `Bearer ${sim.accessToken}` } }))
        .status,
    ).toBe(200);

    const mode = await fetch(`${sim.url}/__sim/terminals/${counter}/mode`, {
      method: 'POST',
      body: JSON.stringify({ operating_mode: 'STANDALONE' }),
    });
    expect(mode.status).toBe(200);
    expect(sim.control.terminals().find((t) => t.id === counter)?.operating_mode).toBe('STANDALONE');

    const wrong = await fetch(`${sim.url}/__sim/orders/${id}/decline`, { method: 'POST', body: '{}' });
    expect(wrong.status).toBe(409);
  });

  it('injects the same random faults for the same seed', async () => {
    async function outcomes(seed: number): Promise<number[]> {
      const sim = await start({ seed });
      sim.control.injectFault({ kind: 'http_500', probability: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) {
        const response = await fetch(`${sim.url}/terminals/v1/list`, {
          headers: { Authorization: `Bearer ${sim.accessToken}` },
        });
        statuses.push(response.status);
      }
      return statuses;
    }
    const first = await outcomes(42);
    expect(await outcomes(42)).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });
});
