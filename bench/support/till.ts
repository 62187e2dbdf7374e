import type { KassaCore } from '../../src/main/core/kassa-core.ts';
import { randomUUID } from 'node:crypto';
import type { CardPayment } from '../../src/shared/ipc/payments.ts';
import type { Order } from '../../src/shared/ipc/orders.ts';

/**
 * The till's side of a benchmarked core: `call` goes through the same dispatcher as the till window's IPC,
 * `sale` rings up sale number `i` and `send` sends its total to the card method `methodId`, and `when`
 * resolves as soon as the core announces a payment matching `until` (no polling added to what is measured).
 */
export function benchTill(core: KassaCore, methodId: string) {
  const waiters = new Map<string, { until: (p: CardPayment) => boolean; done: (p: CardPayment) => void }>();
  core.subscribe((name, payload) => {
    if (name !== 'payments.updated') return;
    const p = payload as CardPayment;
    const waiter = waiters.get(p.attemptId);
    if (waiter?.until(p)) {
      waiters.delete(p.attemptId);
      waiter.done(p);
    }
  });
  const when = (attemptId: string, until: (p: CardPayment) => boolean) =>
    new Promise<CardPayment>((done) => waiters.set(attemptId, { until, done }));
  async function call<T>(channel: string, request: unknown): Promise<T> {
    const result = await core.dispatch(channel, request, { window: 'till' });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  }
  const sale = (i: number) =>
    call<Order>('orders.checkout', {
      orderId: randomUUID(),
      lines: [{ productId: 1 + (i % 50), quantity: 3 }],
      payments: [],
    });
  const send = (order: Order) =>
    call<CardPayment>('payments.start', {
      orderId: order.id,
      methodId,
      amount: order.total,
      paymentLineId: randomUUID(),
    });
  return { when, sale, send, call };
}
