/** Italiano: preautorizzazioni e conti aperti (en-holds.ts). */
import type { HoldMessages } from '../en-holds.ts';

export const holdMessages: HoldMessages = {
  'holds.title': 'Preautorizzazioni',
  'holds.empty': 'Nessuna preautorizzazione su carta aperta.',
  'holds.colAmount': 'Bloccato',
  'holds.colCard': 'Carta',
  'holds.colCustomer': 'Cliente',
  'holds.colOrder': 'Ordine',
  'holds.colExpires': 'Scade',
  'holds.colState': 'Stato',
  'holds.orderOpen': 'Aperto, da pagare {remaining}',
  'holds.orderNumber': 'N. {number}',
  'holds.noCustomer': 'Nessun cliente',
  'holds.cardUnknown': 'Carta non ancora letta',
  'holds.expiresSoon': 'Scade presto: incassala o sbloccala',
  'holds.capture': 'Incassa',
  'holds.captureAll': 'Incassa tutto',
  'holds.captureAmount': 'Importo da incassare',
  'holds.captureHint': 'Fino a {amount}. Il resto torna sulla carta.',
  'holds.increase': 'Aumenta',
  'holds.increaseTo': 'Nuovo importo bloccato',
  'holds.release': 'Sblocca',
  'holds.capturedDone': '{amount} incassati; il resto della preautorizzazione è stato sbloccato.',
  'holds.releasedDone': 'La preautorizzazione è stata sbloccata; non è stato addebitato nulla.',
  'holds.increasedDone': 'Ora la preautorizzazione è di {amount}.',
  'holds.state.opening': 'Richiesta a Stripe…',
  'holds.state.waiting': 'In attesa della carta al lettore',
  'holds.state.held': 'Bloccato',
  'holds.state.capturing': 'Incasso in corso…',
  'holds.state.captured': 'Incassato',
  'holds.state.releasing': 'Sblocco in corso…',
  'holds.state.released': 'Sbloccato',
  'holds.state.expired': 'Scaduto: la banca l’ha sbloccato',
  'holds.state.failed': 'Non bloccato',
  'err.holds.notConnected':
    'Stripe non è ancora collegato a questa cassa, quindi non si può bloccare un importo. Riprova tra poco.',
  'err.holds.unknown': 'Questa preautorizzazione non è su questa cassa. Riapri l’elenco.',
  'err.holds.notStripe':
    'Una preautorizzazione richiede un metodo con carta Stripe. Scegline uno che invia a un lettore Stripe.',
  'err.holds.amountPositive': 'Scrivi un importo maggiore di zero.',
  'err.holds.readerUnknown':
    'Stripe non ha un lettore con numero di serie {serial}. Controlla il metodo con carta nelle Preferenze.',
  'err.holds.cardUnknown':
    'Questa carta non è più salvata per il cliente. Scegli un’altra carta o usa il lettore.',
  'err.holds.captureMoreThanHeld':
    'È più dell’importo bloccato. Incassa al massimo l’importo bloccato, oppure aumentalo prima.',
  'err.holds.captureMoreThanDue':
    'È più di quanto l’ordine deve ancora pagare. Incassa al massimo il dovuto; il resto viene sbloccato.',
  'err.holds.notHeld': 'Questa preautorizzazione non è più aperta e non si può modificare. Riapri l’elenco.',
  'err.holds.increaseOnline':
    'Stripe non può aumentare una preautorizzazione su una carta salvata (nell’UE quelle online non si aumentano). Sbloccala e aprine una nuova per l’importo maggiore.',
  'err.holds.increaseNotSupported':
    'Questa carta o preautorizzazione non consente aumenti (solo Visa, Mastercard, American Express e Discover al lettore). Sbloccala e aprine una nuova per l’importo maggiore.',
  'err.holds.increaseNotMore': 'Scrivi un nuovo importo maggiore di quello bloccato ora.',
  'err.holds.increaseDeclined': 'La banca ha rifiutato l’aumento ({code}). Resta l’importo precedente.',
  'err.holds.increaseRefused': 'Stripe ha rifiutato l’aumento ({code}). Resta l’importo precedente.',
};
