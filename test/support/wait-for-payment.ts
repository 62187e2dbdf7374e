import type { CardPayment } from '../../src/shared/ipc/payments.ts';

/** Anything the test can ask for a card payment: a core in this process or one in its own. */
export interface PaymentSource {
  call(channel: 'payments.get', request: { attemptId: string }): Promise<CardPayment>;
}

/** Waits until the card payment matches (the till sees the same through events). */
export async function waitForPayment(
  kassa: PaymentSource,
  attemptId: string,
  predicate: (p: CardPayment) => boolean,
  timeoutMs = 10_000,
): Promise<CardPayment> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const payment = await kassa.call('payments.get', { attemptId });
    if (predicate(payment)) return payment;
    if (Date.now() > until) {
      throw new Error(`payment stuck in ${payment.state} (${JSON.stringify(payment.failure)})`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
