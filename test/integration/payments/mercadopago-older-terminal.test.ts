import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import {
  accountSettings,
  mercadoPagoTill,
  mercadoPagoWorld,
  mpMethodId,
  orderOnTerminal,
  prepareBrazilTill,
  waitForPayment,
  type MercadoPagoWorld,
} from '../../support/mercadopago.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;

/**
 * Mercado Pago in front of a terminal that does not support the asynchronous at-terminal cancel: everything
 * is passed through to the simulator, except that such a cancel of an order on the terminal is refused with
 * 409 `cannot_cancel_order`, as Mercado Pago answers for those terminals.
 */
async function olderTerminalGateway(world: MercadoPagoWorld): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const cancel = /^\/v1\/orders\/([^/]+)\/cancel$/.exec(req.url ?? '');
        const onTerminal = cancel && world.sim.control.order(cancel[1]!)?.status === 'at_terminal';
        if (
          req.method === 'POST' &&
          onTerminal &&
          req.headers['x-allow-cancelable-status'] === 'at_terminal'
        ) {
          res.writeHead(409, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              errors: [{ code: 'cannot_cancel_order', message: 'Not supported by this terminal.' }],
            }),
          );
          return;
        }
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
        ) as Record<string, string>;
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        const answer = await fetch(`${world.sim.url}${req.url}`, { method: req.method, headers, body });
        res.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'application/json',
        });
        res.end(Buffer.from(await answer.arrayBuffer()));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

let world: MercadoPagoWorld;
let gateway: Server;
let kassa: ReturnType<typeof mercadoPagoTill>;

beforeEach(async () => {
  world = await mercadoPagoWorld();
  gateway = await olderTerminalGateway(world);
  const { port } = gateway.address() as AddressInfo;
  kassa = mercadoPagoTill(world, await prepareBrazilTill(), {
    settings: accountSettings(world, { apiUrl: `http://127.0.0.1:${port}` }),
  });
  await kassa.core.payments.ready;
});
afterEach(async () => {
  await kassa.close();
  await new Promise((resolve) => gateway.close(resolve));
  await world.sim.close();
});

describe('a Mercado Pago terminal without the at-terminal cancel', () => {
  it('tells the cashier to cancel on the terminal and follows the payment until it ends', async () => {
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: mpMethodId,
      amount: order.total,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    const orderId = await orderOnTerminal(world);
    world.sim.control.pickUp(orderId);
    await kassa.call('payments.cancel', { attemptId: started.attemptId });
    const told = await waitForPayment(
      kassa,
      started.attemptId,
      (p) => p.failure?.code === 'cancel_on_terminal',
    );
    expect(told).toMatchObject({
      state: 'waiting_for_card',
      cancelRequested: false,
      connectionProblem: false,
    });
    expect(told.failure?.message).toBe(
      'This terminal cannot be stopped from Kassa: cancel the payment on the terminal itself. Kassa keeps following the payment until it ends.',
    );

    world.sim.control.cancelOnTerminal(orderId);
    const canceled = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'canceled');
    expect(canceled.failure?.message).toBe('The payment was canceled on the terminal.');
  });
});
