import type { enCore } from '../en-core.ts';

/** Le parole del core fuori da una finestra: avvisi, intestazioni dei CSV, pagina di prova, avvio fallito. */
export const coreMessages: Record<keyof typeof enCore, string> = {
  'alert.integrityUnchecked':
    'Non è stato possibile controllare se il database è danneggiato a questo avvio. Le vendite continuano normalmente; se succede ancora, avvisa l’assistenza informatica e consegna il file di log.',
  'alert.integrityFailed':
    'Il database non ha superato il controllo di integrità. Continua a vendere solo in contanti e chiedi all’assistenza informatica di ripristinare l’ultimo backup.',
  'alert.mpReceiver':
    'Kassa non riesce a ricevere le notifiche di Mercado Pago su {host}:{port} ({error}). I pagamenti con carta si aggiornano comunque con un controllo ogni pochi secondi; scegli un altro indirizzo o un’altra porta nelle impostazioni di Mercado Pago.',
  'alert.unmatchedPayment':
    '{provider} ha un pagamento {ref} di {amount} ({phase, select, succeeded {pagato} authorized {autorizzato, non ancora incassato} canceled {annullato} declined {rifiutato} failed {non riuscito} other {{phase}}}) che non corrisponde a nessun ordine di questa cassa. Controllalo nella dashboard di {provider}.',
  'alert.unmatchedEvent':
    'Stripe ha un pagamento {ref} di {amount} ({event}) che non corrisponde a nessun ordine di questa cassa. Controllalo nella dashboard di Stripe.',
  'alert.disputed':
    'Un cliente ha contestato con la sua banca un pagamento di {amount} ({reason}). Rispondi nella dashboard di Stripe entro il {due}.',
  'alert.remotePaid':
    '{name} ha pagato tramite link il suo ordine {fulfilment, select, pickup {da ritirare} delivery {da consegnare} phone {telefonico} other {{fulfilment}}}.',
  'alert.forcedNotReceived':
    'Un pagamento con carta di {amount} registrato come pagato forzatamente NON è stato ricevuto da {provider}. Incassalo in un altro modo.',
  'alert.repairOrderClosed':
    'Un pagamento con carta di {amount} è andato a buon fine presso il fornitore, ma il suo ordine è {status, select, paid {pagato} voided {annullato} other {aperto}} e non può contarlo. Controlla l’ordine e rimborsa la carta se il cliente ha pagato due volte.',
  'alert.repairNoAttempt':
    'Un pagamento con carta di {amount} risulta pagato, ma Kassa non ha traccia di averlo inviato a un terminale. Controlla la dashboard del fornitore e, se non c’è, incassalo in un altro modo.',
  'alert.repairEnded':
    'Un pagamento con carta di {amount} risulta pagato, ma il fornitore lo ha chiuso come {state, select, declined {rifiutato} canceled {annullato} failed {non riuscito} other {{state}}}. Controlla la dashboard del fornitore e, se il denaro non c’è, incassalo in un altro modo.',
  'alert.noKeyring':
    'Questo computer non ha un portachiavi per Kassa ({backend}): le chiavi dei fornitori di pagamento sono protette solo da un file di chiave che chiunque acceda a questo account del computer può leggere. Chiedi all’assistenza informatica di configurare GNOME Keyring o KWallet e riavvia Kassa.',
  'alert.secretUnreadable':
    'Kassa non riesce più a leggere {name}: il portachiavi di questo computer è cambiato. Inserisci di nuovo quel dato in Preferenze, in Profili Stripe o Mercado Pago.',

  'secret.mpAccessToken': 'il token di accesso di Mercado Pago',
  'secret.mpWebhookSecret': 'il segreto del webhook di Mercado Pago',
  'secret.stripeKey': 'la chiave segreta Stripe del profilo «{profile}»',

  'csv.book.at': 'Data e ora',
  'csv.book.order': 'Numero ordine',
  'csv.book.type': 'Tipo',
  'csv.book.method': 'Metodo di pagamento',
  'csv.book.journal': 'Registro',
  'csv.book.amount': 'Importo',
  'csv.book.brand': 'Circuito carta',
  'csv.book.last4': 'Ultime 4 cifre',
  'csv.book.outstanding': 'Conto crediti',
  'csv.book.intermediary': 'Conto transitorio',
  'csv.book.defaults': 'Conti predefiniti',
  'csv.book.reconcile': 'Da riconciliare',
  'csv.book.orderId': 'ID ordine',
  'csv.book.payment': 'pagamento',
  'csv.book.refund': 'rimborso',
  'csv.book.outstandingOnly': 'solo crediti',
  'csv.book.intermediaryOnly': 'solo transitorio',
  'csv.currency': 'Valuta',
  'csv.yes': 'sì',
  'csv.no': 'no',
  'csv.sales.payments': 'Pagamenti',

  'app.startFailedTitle': 'Kassa non si avvia',
  'app.startFailed': 'Kassa non è riuscita ad avviarsi (cartella dei dati {folder}): {reason}',
  'app.startFailedLog':
    'Se succede ancora, chiama l’assistenza informatica e consegna il file di log: {file}',

  'printing.testSize': '{columns} colonne, {paper} mm',

  'refundFailure.release': 'Non è stato possibile sbloccare la preautorizzazione.',
  'refundFailure.lostOrStolen': 'La carta risulta smarrita o rubata: restituisci il denaro in un altro modo.',
  'refundFailure.expiredOrCanceled':
    'La carta è scaduta o è stata annullata: restituisci il denaro in un altro modo.',
  'refundFailure.disputed': 'Il pagamento è contestato, quindi ora non può essere rimborsato.',
  'refundFailure.other':
    'La banca della carta ha rifiutato il rimborso ({code}): restituisci il denaro in un altro modo.',
};
