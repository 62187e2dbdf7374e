/**
 * The order service answers a card line's opening and each update with the order it built in memory (it reads
 * the order once per step, not three times). That answer is what the windows are sent, so it must be the order
 * as stored, whatever the sequence of provider answers: checked against a fresh read after every step.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import type { PaymentLine } from '../../../src/shared/ipc/orders.ts';
import { newId, testCore } from '../../support/core.ts';

const sourdough = demoProducts.find((p) => p.name === 'Sourdough Loaf')!; // 3.89
const methodId = 'card-lines-test';

let kassa: ReturnType<typeof testCore>;
beforeAll(() => {
  kassa = testCore();
  kassa.core.db
    .prepare(`INSERT INTO payment_methods (id, name, journal, position) VALUES (?, 'Card', 'bank', 9)`)
    .run(methodId);
});
afterAll(async () => kassa.close());

const step = fc.record({
  line: fc.nat({ max: 2 }),
  status: fc.constantFrom<PaymentLine['status']>('pending', 'paid', 'failed', 'voided'),
  card: fc.option(
    fc.record({ brand: fc.constantFrom('visa', 'mastercard'), last4: fc.stringMatching(/^\d{4}$/) }),
    { nil: null },
  ),
  reconcile: fc.boolean(),
});

describe('card lines of an order', () => {
  it('each opening and update answers the order exactly as it is stored', async () => {
    const { orders, methods } = kassa.core.services;
    const method = methods.get(methodId)!;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const order = await kassa.call('orders.checkout', {
          orderId: newId(),
          lines: [{ productId: sourdough.id, quantity: 3 }],
          payments: [],
        });
        // Three lines of a third each (the last takes the cent left over).
        const third = Math.floor(order.total / 3);
        const lineIds = [newId(), newId(), newId()];
        for (const [i, id] of lineIds.entries()) {
          const amount = i === 2 ? order.total - 2 * third : third;
          const opened = orders.openCardLine(order.id, { id, method, amount });
          expect(opened).toEqual(orders.get(order.id));
        }
        for (const s of steps) {
          let answered;
          try {
            answered = orders.updateCardLine(order.id, lineIds[s.line]!, s);
          } catch {
            continue; // refused (a paid or voided order takes no pending line): nothing changed
          }
          expect(answered).toEqual(orders.get(order.id));
        }
      }),
      { numRuns: 60 },
    );
  });
});
