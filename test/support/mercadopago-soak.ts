import { createServer } from 'node:net';
import { newId, tempDir } from './core.ts';
import { compareWithMercadoPago } from './mercadopago-ledger.ts';
import { counterTerminal, mercadoPagoWorld, mpMethodId, prepareBrazilTill } from './mercadopago.ts';
import { openSalesPayments, runSoak, sleep, type SoakOptions, type SoakResult } from './soak-driver.ts';
import type { CardPayment } from '../../src/shared/ipc/payments.ts';

export type MercadoPagoSoakResult = SoakResult;

const finalStates: CardPayment['state'][] = ['succeeded', 'declined', 'canceled', 'failed', 'needs_check'];

/** A port nobody listens on now, so every restarted core can take the same notification address. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The Mercado Pago fault soak (see runSoak), with notifications arriving (or not, while the core is down).
 * The customer approves, declines, cancels on the terminal or walks away (action_required); the cashier
 * cancels, retries and refunds. At the end Kassa's books and Mercado Pago's must agree exactly.
 */
export function runMercadoPagoSoak(options: SoakOptions = {}): Promise<MercadoPagoSoakResult> {
  return runSoak(options, async (seed) => {
    const world = await mercadoPagoWorld({ seed, autoPickUpMs: 15, cancelAtTerminalDelayMs: 30 });
    const dir = await prepareBrazilTill([], tempDir('kassa-mp-soak-'));
    const secret = 'soak-webhook-secret';
    const port = await freePort();
    world.sim.control.setWebhook({ url: `http://127.0.0.1:${port}/`, secret });
    /** The customer acts on the order of this try once it is on the terminal; false if it never gets there. */
    const onTerminal = async (attemptId: string, tryNumber: number, act: (orderId: string) => void) => {
      for (let i = 0; i < 300; i++) {
        const open = world.sim.control.openOrder(counterTerminal);
        if (open?.external_reference === `kassa-${attemptId}-${tryNumber}`) {
          act(open.id);
          return true;
        }
        await sleep(10);
      }
      return false;
    };
    const refundedSales: string[] = [];
    return {
      sim: world.sim,
      dir,
      env: {
        KASSA_DEMO: 'off',
        KASSA_STRIPE_SECRET_KEY: '',
        KASSA_MP_ACCESS_TOKEN: world.sim.accessToken,
        KASSA_MP_API_URL: world.sim.url,
        KASSA_MP_WEBHOOK_SECRET: secret,
        KASSA_MP_RECEIVER: `127.0.0.1:${port}`,
        KASSA_POLL_MS: '25',
        KASSA_SWEEP_MS: '300',
      },
      methodId: mpMethodId,
      device: 'terminal',
      quantity: (i) => 3 + (i % 3),
      async play({ index: i, order, paymentLineId, attemptId, roll }, { call, maybeKill, until, random }) {
        if (roll < 0.05) {
          await call((c) => c.call('payments.cancel', { attemptId }));
          if (!(await until(attemptId, (p) => p.state === 'canceled'))) return `payment ${i} did not cancel`;
          return null;
        }
        if (roll < 0.1) {
          if (!(await onTerminal(attemptId, 1, (id) => world.sim.control.cancelOnTerminal(id))))
            return `payment ${i}: no order on the terminal to cancel`;
          await maybeKill();
          if (!(await until(attemptId, (p) => p.state === 'canceled')))
            return `payment ${i} was not canceled on the terminal`;
          return null;
        }
        if (roll < 0.13) {
          if (!(await onTerminal(attemptId, 1, (id) => world.sim.control.neverAnswer(id))))
            return `payment ${i}: no order on the terminal to leave unanswered`;
          if (!(await until(attemptId, (p) => p.state === 'needs_check')))
            return `payment ${i} did not ask for a check`;
          return null;
        }
        let tryNumber = 1;
        if (roll < 0.23) {
          if (!(await onTerminal(attemptId, 1, (id) => world.sim.control.decline(id, 'rejected_by_issuer'))))
            return `payment ${i}: no order on the terminal to decline`;
          await maybeKill();
          if (!(await until(attemptId, (p) => p.state === 'declined')))
            return `payment ${i} was not declined`;
          await call((c) => c.call('payments.retry', { attemptId }));
          tryNumber = 2;
          if (!(await until(attemptId, (p) => p.state === 'waiting_for_card' && p.tryNumber === 2)))
            return `payment ${i} retry never reached the terminal`;
        }
        if (!(await onTerminal(attemptId, tryNumber, (id) => world.sim.control.approve(id))))
          return `payment ${i}: no order on the terminal to approve`;
        await maybeKill();
        if (!(await until(attemptId, (p) => p.state === 'succeeded'))) return `payment ${i} never succeeded`;
        if (random() < 0.08) {
          const refundId = newId();
          refundedSales.push(order.id);
          await call((c) =>
            c.call('payments.refund', { refundId, orderId: order.id, paymentLineId, amount: 100 }),
          );
          await maybeKill();
        }
        return null;
      },
      // Refunds count too: one a last kill left pending is settled by recovery like a payment.
      async settled(core) {
        const payments = await openSalesPayments(core);
        const refunds = (
          await Promise.all(
            refundedSales.map((orderId) => core.call('payments.refundsForOrder', { orderId })),
          )
        ).flat();
        return (
          payments.every((p) => finalStates.includes(p.state)) && refunds.every((r) => r.state !== 'pending')
        );
      },
      settleChecks: 400,
      compare: () => compareWithMercadoPago(dir, world.sim.control.ledger()),
    };
  });
}
