import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../support/core.ts';

let kassa: ReturnType<typeof testCore>;
afterEach(async () => kassa?.close());

describe('a customer’s details are checked in main (issue 15.13)', () => {
  it('refuses "not-an-email" and "call me maybe" with a message next to the field, and saves no customer', async () => {
    kassa = testCore();
    const email = await kassa.fail('customers.create', { name: 'Vera', email: 'not-an-email' });
    expect(email).toMatchObject({ field: 'email', message: expect.stringContaining('name@example.com') });
    const phone = await kassa.fail('customers.create', { name: 'Vera', phone: 'call me maybe' });
    expect(phone).toMatchObject({ field: 'phone', message: expect.stringContaining('digits') });
    expect(await kassa.call('customers.search', { query: 'Vera' })).toEqual([]);
    const vera = await kassa.call('customers.create', {
      name: 'Vera',
      email: 'vera@example.com',
      phone: '+49 30 1234567',
    });
    expect(vera).toMatchObject({ email: 'vera@example.com', phone: '+49 30 1234567' });
  });

  it('refuses an order search whose dates are the wrong way round, saying so', async () => {
    kassa = testCore();
    const reversed = await kassa.fail('orders.search', { from: 2_000_000, to: 1_000_000 });
    expect(reversed.message).toMatch(/start date must be before the end date/);
  });
});
