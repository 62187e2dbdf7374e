import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCustomerDisplayView,
  firstName,
  statusOf,
  type DisplayFacts,
} from '../../../src/main/core/display/customer-display-view.ts';
import type { AttemptState } from '../../../src/shared/ipc/payments.ts';
import { customerDisplayView } from '../../../src/shared/ipc/customer-display.ts';

const store = { name: 'Bäckerei Süd', locale: 'de-DE', currency: 'EUR', pricesIncludeTax: true };
const facts = (over: Partial<DisplayFacts>): DisplayFacts => ({
  store,
  cashierName: 'Anna Maria Rossi',
  screen: { stage: 'idle' },
  order: null,
  attempts: [],
  payByLink: null,
  ...over,
});

describe('what the customer is told about the payment', () => {
  it.each<[AttemptState[], 'open' | 'paid', string]>([
    [[], 'open', 'due'],
    [['created'], 'open', 'waiting_for_card'],
    [['sending'], 'open', 'waiting_for_card'],
    [['waiting_for_card'], 'open', 'waiting_for_card'],
    [['processing'], 'open', 'processing'],
    [['authorized'], 'open', 'processing'],
    [['needs_check'], 'open', 'processing'],
    [['declined'], 'open', 'declined'],
    [['failed'], 'open', 'declined'],
    [['declined', 'waiting_for_card'], 'open', 'waiting_for_card'],
    // The cashier canceled the card payment: they take the payment another way.
    [['canceled'], 'open', 'due'],
    [['succeeded'], 'open', 'due'],
    [['succeeded'], 'paid', 'paid'],
  ])('attempts %j on an %s order: %s', (attempts, status, expected) => {
    expect(statusOf({ status }, attempts)).toBe(expected);
  });
});

describe('the customer display view', () => {
  it('names the cashier by first name only', () => {
    expect(firstName('Anna Maria Rossi')).toBe('Anna');
    expect(firstName('  Li  ')).toBe('Li');
    expect(firstName('')).toBeNull();
    expect(firstName(null)).toBeNull();
    expect(buildCustomerDisplayView(facts({})).cashier).toBe('Anna');
  });

  it('greets when the cart is empty and thanks only for a paid order', () => {
    const orderId = '00000000-0000-4000-8000-000000000001';
    expect(buildCustomerDisplayView(facts({ screen: { stage: 'cart', orderId, lines: [] } })).stage).toBe(
      'welcome',
    );
    expect(buildCustomerDisplayView(facts({ screen: { stage: 'complete', orderId } })).stage).toBe('welcome');
  });

  it('for any cart, the lines shown add up to the total shown and nothing but the view’s fields goes out', () => {
    const line = fc.record({
      productId: fc.integer({ min: 1, max: 1000 }),
      name: fc.string({ minLength: 1, maxLength: 20 }),
      unitPrice: fc.integer({ min: 0, max: 100_000 }),
      taxRateBp: fc.constantFrom(0, 700, 1900, 2100),
      quantity: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.boolean(), (lines, inclusive) => {
        const view = buildCustomerDisplayView(
          facts({
            store: { ...store, pricesIncludeTax: inclusive },
            screen: { stage: 'cart', orderId: '00000000-0000-4000-8000-000000000002', lines },
          }),
        );
        expect(view.stage).toBe('cart');
        expect(view.lines.reduce((s, l) => s + l.total, 0)).toBe(view.total);
        expect(view.itemCount).toBe(lines.reduce((n, l) => n + l.quantity, 0));
        // Strict parse: a field that is not part of the customer's view (a cost, an id) would fail it.
        expect(customerDisplayView.strict().parse(view)).toEqual(view);
      }),
    );
  });
});
