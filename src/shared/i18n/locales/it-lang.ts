import type { enLang } from '../en-lang.ts';

/** Parole per codici finora mostrati in inglese: il registro nel file per la contabilità e i codici di Stripe negli avvisi. */
export const langMessages: Record<keyof typeof enLang, string> = {
  'csv.book.journalCash': 'contanti',
  'csv.book.journalBank': 'banca',

  'stripe.dispute.bank_cannot_process': 'la banca non può elaborarlo',
  'stripe.dispute.check_returned': 'assegno restituito',
  'stripe.dispute.credit_not_processed': 'rimborso non elaborato',
  'stripe.dispute.customer_initiated': 'avviata dal cliente',
  'stripe.dispute.debit_not_authorized': 'addebito non autorizzato',
  'stripe.dispute.duplicate': 'addebito doppio',
  'stripe.dispute.fraudulent': 'frode',
  'stripe.dispute.general': 'generica',
  'stripe.dispute.incorrect_account_details': 'dati del conto errati',
  'stripe.dispute.insufficient_funds': 'fondi insufficienti',
  'stripe.dispute.noncompliant': 'contraria alle regole del circuito',
  'stripe.dispute.product_not_received': 'merce non ricevuta',
  'stripe.dispute.product_unacceptable': 'merce non conforme alla descrizione',
  'stripe.dispute.subscription_canceled': 'abbonamento annullato',
  'stripe.dispute.unrecognized': 'pagamento non riconosciuto',

  'stripe.event.payment_intent.succeeded': 'pagamento riuscito',
  'stripe.event.checkout.session.completed': 'pagina di pagamento completata',
  'stripe.event.checkout.session.async_payment_succeeded': 'pagamento differito riuscito',
  'stripe.event.charge.dispute.created': 'contestazione aperta',

  'payFailure.bankDebitFailed':
    'La banca del cliente non ha pagato: l’addebito bancario non è andato a buon fine. Chiedi un altro metodo di pagamento.',
};
