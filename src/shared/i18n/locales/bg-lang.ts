import type { enLang } from '../en-lang.ts';

/** Думи за кодове, които досега се показваха на английски: журналът във файла за счетоводството и кодовете на Stripe в сигналите. */
export const langMessages: Record<keyof typeof enLang, string> = {
  'csv.book.journalCash': 'в брой',
  'csv.book.journalBank': 'банка',

  'stripe.dispute.bank_cannot_process': 'банката не може да го обработи',
  'stripe.dispute.check_returned': 'върнат чек',
  'stripe.dispute.credit_not_processed': 'невъзстановена сума',
  'stripe.dispute.customer_initiated': 'по инициатива на клиента',
  'stripe.dispute.debit_not_authorized': 'неразрешено директно дебитиране',
  'stripe.dispute.duplicate': 'двойно таксуване',
  'stripe.dispute.fraudulent': 'измама',
  'stripe.dispute.general': 'общо',
  'stripe.dispute.incorrect_account_details': 'грешни данни на сметката',
  'stripe.dispute.insufficient_funds': 'недостатъчна наличност',
  'stripe.dispute.noncompliant': 'в нарушение на правилата на картовата организация',
  'stripe.dispute.product_not_received': 'неполучена стока',
  'stripe.dispute.product_unacceptable': 'стоката не отговаря на описанието',
  'stripe.dispute.subscription_canceled': 'отменен абонамент',
  'stripe.dispute.unrecognized': 'непознато плащане',

  'stripe.event.payment_intent.succeeded': 'успешно плащане',
  'stripe.event.checkout.session.completed': 'завършена страница за плащане',
  'stripe.event.checkout.session.async_payment_succeeded': 'успешно отложено плащане',
  'stripe.event.charge.dispute.created': 'открит спор',

  'payFailure.bankDebitFailed':
    'Банката на клиента не плати: директното дебитиране не бе успешно. Помолете за друг начин на плащане.',
};
