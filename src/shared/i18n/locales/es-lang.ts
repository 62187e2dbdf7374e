import type { enLang } from '../en-lang.ts';

/** Palabras para códigos que hasta ahora salían en inglés: el diario del archivo contable y los códigos de Stripe en los avisos. */
export const langMessages: Record<keyof typeof enLang, string> = {
  'csv.book.journalCash': 'efectivo',
  'csv.book.journalBank': 'banco',

  'stripe.dispute.bank_cannot_process': 'el banco no puede procesarlo',
  'stripe.dispute.check_returned': 'cheque devuelto',
  'stripe.dispute.credit_not_processed': 'reembolso no procesado',
  'stripe.dispute.customer_initiated': 'iniciada por el cliente',
  'stripe.dispute.debit_not_authorized': 'adeudo no autorizado',
  'stripe.dispute.duplicate': 'cobro duplicado',
  'stripe.dispute.fraudulent': 'fraude',
  'stripe.dispute.general': 'general',
  'stripe.dispute.incorrect_account_details': 'datos de cuenta incorrectos',
  'stripe.dispute.insufficient_funds': 'fondos insuficientes',
  'stripe.dispute.noncompliant': 'contraria a las normas de la red de tarjetas',
  'stripe.dispute.product_not_received': 'producto no recibido',
  'stripe.dispute.product_unacceptable': 'producto no conforme a la descripción',
  'stripe.dispute.subscription_canceled': 'suscripción cancelada',
  'stripe.dispute.unrecognized': 'pago no reconocido',

  'stripe.event.payment_intent.succeeded': 'pago correcto',
  'stripe.event.checkout.session.completed': 'página de pago completada',
  'stripe.event.checkout.session.async_payment_succeeded': 'pago diferido correcto',
  'stripe.event.charge.dispute.created': 'disputa abierta',

  'payFailure.bankDebitFailed':
    'El banco del cliente no ha pagado: el adeudo bancario ha fallado. Pide otra forma de pago.',
};
