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
import { olderTerminalGateway, type Gateway } from '../../support/older-terminal-gateway.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;

let world: MercadoPagoWorld;
let gateway: Gateway;
let kassa: ReturnType<typeof mercadoPagoTill>;

beforeEach(async () => {
  world = await mercadoPagoWorld();
  gateway = await olderTerminalGateway(world);
  kassa = mercadoPagoTill(world, await prepareBrazilTill(), {
    settings: accountSettings(world, { apiUrl: gateway.url }),
  });
  await kassa.core.payments.ready;
});
afterEach(async () => {
  await kassa.close();
  await gateway.close();
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
