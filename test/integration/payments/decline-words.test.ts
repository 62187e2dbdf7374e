/**
 * A declined card in the cashier's language (issue 10.3): the simulators decline with their providers' own
 * codes (Stripe's decline_code, Mercado Pago's status_detail), the core keeps the code on the attempt, and
 * the window words it in its display language. An unknown code still shows, inside a translated sentence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../support/core.ts';
import { freshStripeTillEachTest, type StripeTill } from '../../support/stripe-each-test.ts';
import { stripeMethodId, waitForPayment } from '../../support/stripe.ts';
import {
  mercadoPagoTill,
  mercadoPagoWorld,
  mpMethodId,
  prepareBrazilTill,
  type MercadoPagoWorld,
} from '../../support/mercadopago.ts';
import { demoProducts } from '../../../src/main/core/catalog/demo-catalog.ts';
import { loadTranslator } from '../../../src/shared/i18n/catalogs.ts';
import { failureText } from '../../../src/shared/i18n/errors.ts';
import type { Language } from '../../../src/shared/i18n/languages.ts';
import { english, setTranslator } from '../../../src/shared/i18n/translate.ts';
import type { CardPayment } from '../../../src/shared/ipc/payments.ts';

const espresso = demoProducts.find((p) => p.name === 'Espresso Beans 500 g')!;

afterEach(() => setTranslator(english));

/** What the payment screen shows for a declined attempt, in a display language. */
async function shown(payment: CardPayment, language: Language): Promise<string> {
  setTranslator(await loadTranslator(language));
  return failureText(payment.failure, payment.state);
}

describe('a Stripe decline', () => {
  let kassa: StripeTill;
  freshStripeTillEachTest((fresh) => ({ kassa } = fresh));

  async function declinedWith(card: 'decline' | 'insufficient_funds'): Promise<CardPayment> {
    const order = await kassa.call('orders.checkout', {
      orderId: newId(),
      lines: [{ productId: espresso.id, quantity: 1 }],
      payments: [],
    });
    const started = await kassa.call('payments.start', {
      orderId: order.id,
      methodId: stripeMethodId,
      amount: order.total,
      paymentLineId: newId(),
    });
    await waitForPayment(kassa, started.attemptId, (p) => p.state === 'waiting_for_card');
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card });
    return waitForPayment(kassa, started.attemptId, (p) => p.state === 'declined');
  }

  it("says the simulator's insufficient-funds card in Italian and Chinese", async () => {
    const declined = await declinedWith('insufficient_funds');
    expect(declined.failure?.code).toBe('insufficient_funds');
    expect(await shown(declined, 'it')).toBe(
      'Rifiutato: fondi insufficienti sulla carta. Chiedi un’altra carta o un altro metodo di pagamento.',
    );
    expect(await shown(declined, 'zh-CN')).toBe('被拒绝：卡内余额不足。请让顾客换一张卡或换一种付款方式。');
  });

  it("says the simulator's generic decline in Bulgarian and Spanish", async () => {
    const declined = await declinedWith('decline');
    expect(declined.failure?.code).toBe('generic_decline');
    expect(await shown(declined, 'bg')).toBe(
      'Отказано от издателя на картата. Поискайте друга карта или друг начин на плащане.',
    );
    expect(await shown(declined, 'es')).toBe(
      'Rechazado por el emisor de la tarjeta. Pide otra tarjeta u otra forma de pago.',
    );
  });
});

describe('a Mercado Pago decline', () => {
  let world: MercadoPagoWorld | undefined;
  let kassa: ReturnType<typeof mercadoPagoTill> | undefined;
  afterEach(async () => {
    await kassa?.close();
    await world?.sim.close();
  });

  it("says the terminal's status_detail in Brazilian Portuguese and Italian", async () => {
    world = await mercadoPagoWorld();
    kassa = mercadoPagoTill(world, await prepareBrazilTill([]));
    await kassa.core.payments.ready;
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
    await kassa.call('payments.simulateCard', { attemptId: started.attemptId, card: 'insufficient_funds' });
    const declined = await waitForPayment(kassa, started.attemptId, (p) => p.state === 'declined');
    expect(declined.failure?.code).toBe('insufficient_amount');
    expect(await shown(declined, 'pt-BR')).toBe(
      'Recusado: saldo insuficiente no cartão. Peça outro cartão ou outra forma de pagamento.',
    );
    expect(await shown(declined, 'it')).toBe(
      'Rifiutato: fondi insufficienti sulla carta. Chiedi un’altra carta o un altro metodo di pagamento.',
    );
  });
});

describe('a code Kassa has no words for', () => {
  it('still shows the raw code, inside a sentence in the display language', async () => {
    const failure = { code: 'cc_rejected_by_regulations', message: 'Declined (cc_rejected_by_regulations).' };
    setTranslator(await loadTranslator('it'));
    expect(failureText(failure)).toBe(
      'Il pagamento non è andato a buon fine (motivo: cc_rejected_by_regulations). Chiedi un’altra carta o un altro metodo di pagamento.',
    );
    setTranslator(await loadTranslator('zh-CN'));
    expect(failureText(failure)).toContain('cc_rejected_by_regulations');
    expect(failureText(failure)).toContain('付款未成功');
  });
});
