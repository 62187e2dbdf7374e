/** The card on a Mercado Pago payment, in the words the receipt uses (issue 15.17). */
import { describe, expect, it } from 'vitest';
import { cardOf } from '../../../src/main/core/payments/providers/mercadopago/order-outcome.ts';
import type { MercadoPagoPayment } from '../../../src/main/core/payments/providers/mercadopago/wire.ts';

const payment = (extra: Partial<MercadoPagoPayment>): MercadoPagoPayment => ({
  id: 'PAY01',
  amount: '10.00',
  status: 'processed',
  status_detail: 'accredited',
  ...extra,
});

describe('the card of a Mercado Pago payment', () => {
  it.each([
    ['visa', 'visa'],
    ['debvisa', 'visa'],
    ['master', 'mastercard'],
    ['debmaster', 'mastercard'],
    ['elo', 'elo'],
    ['newbrand', 'newbrand'],
  ])('method %s is brand %s, with the last four digits', (id, brand) => {
    const card = cardOf(
      payment({
        payment_method: { id, type: 'credit_card', installments: 1 },
        card: { first_six_digits: '423564', last_four_digits: '5682' },
      }),
    );
    expect(card).toEqual({ brand, last4: '5682' });
  });

  it('is unknown when Mercado Pago sends no digits, or digits that are not four', () => {
    expect(
      cardOf(payment({ payment_method: { id: 'visa', type: 'credit_card', installments: 1 } })),
    ).toBeNull();
    expect(cardOf(payment({ card: { last_four_digits: '56' } }))).toBeNull();
    expect(cardOf(undefined)).toBeNull();
  });
});
