import { afterEach, describe, expect, it } from 'vitest';
import { newId, testCore } from '../../support/core.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';

const cola = demoProducts.find((d) => d.name === 'Cola 0.33 l')!;

let kassa: ReturnType<typeof testCore>;
afterEach(async () => kassa?.close());

describe('the accounts a payment was booked to reach only managers and owners (issue 15.6)', () => {
  it('sends a cashier’s till the order without account codes, and a manager’s with them', async () => {
    kassa = testCore();
    const add = (name: string, role: 'cashier' | 'manager', pin: string) =>
      kassa.call('staff.save', { name, role, pin, active: true, ownerPin: '1234' });
    const anna = await add('Anna', 'cashier', '2468');
    const ben = await add('Ben', 'manager', '1357');

    const asOwner = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    expect(asOwner.payments[0]!.accounts).toEqual({
      outstanding: { code: '1000', isDefault: true },
      intermediary: { code: '1361', isDefault: true },
    });

    await kassa.call('session.login', { staffId: anna.id, pin: '2468' });
    const seen = await kassa.call('orders.get', { orderId: asOwner.id });
    expect(seen.payments.map((p) => p.accounts)).toEqual([null]);
    expect(JSON.stringify(seen)).not.toContain('1361');
    const sold = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: cola.id, quantity: 1 }],
      payments: [{ id: newId(), methodId: 'cash', amount: 119 }],
    });
    expect(sold.payments[0]!.accounts).toBeNull();

    await kassa.call('session.login', { staffId: ben.id, pin: '1357' });
    // What was stored for Anna's sale still has its accounts: only her view left them out.
    expect(
      (await kassa.call('orders.get', { orderId: sold.id })).payments[0]!.accounts?.outstanding.code,
    ).toBe('1000');
  });
});
