import type { enLang } from '../en-lang.ts';

/** Palavras para códigos que até agora apareciam em inglês: o diário do arquivo contábil e os códigos da Stripe nos alertas. */
export const langMessages: Record<keyof typeof enLang, string> = {
  'csv.book.journalCash': 'dinheiro',
  'csv.book.journalBank': 'banco',

  'stripe.dispute.bank_cannot_process': 'o banco não consegue processar',
  'stripe.dispute.check_returned': 'cheque devolvido',
  'stripe.dispute.credit_not_processed': 'estorno não processado',
  'stripe.dispute.customer_initiated': 'iniciada pelo cliente',
  'stripe.dispute.debit_not_authorized': 'débito não autorizado',
  'stripe.dispute.duplicate': 'cobrança em duplicidade',
  'stripe.dispute.fraudulent': 'fraude',
  'stripe.dispute.general': 'geral',
  'stripe.dispute.incorrect_account_details': 'dados da conta incorretos',
  'stripe.dispute.insufficient_funds': 'saldo insuficiente',
  'stripe.dispute.noncompliant': 'contrária às regras da bandeira',
  'stripe.dispute.product_not_received': 'produto não recebido',
  'stripe.dispute.product_unacceptable': 'produto diferente do anunciado',
  'stripe.dispute.subscription_canceled': 'assinatura cancelada',
  'stripe.dispute.unrecognized': 'pagamento não reconhecido',

  'stripe.event.payment_intent.succeeded': 'pagamento aprovado',
  'stripe.event.checkout.session.completed': 'página de pagamento concluída',
  'stripe.event.checkout.session.async_payment_succeeded': 'pagamento posterior aprovado',
  'stripe.event.charge.dispute.created': 'contestação aberta',

  'payFailure.bankDebitFailed':
    'O banco do cliente não pagou: o débito bancário falhou. Peça outra forma de pagamento.',
};
