/** Italiano: preautorizzazioni alla cassa (en-holdtill.ts). */
import type { HoldTillMessages } from '../en-holdtill.ts';

export const holdTillMessages: HoldTillMessages = {
  'holdtill.open': 'Blocca un importo',
  'holdtill.openHint':
    'Blocca ora un importo sulla carta del cliente e incassalo più tardi in Preautorizzazioni.',
  'holdtill.title': 'Blocca un importo su una carta',
  'holdtill.amount': 'Importo da bloccare',
  'holdtill.amountHint':
    'Per ora non viene addebitato nulla: la banca tiene da parte questo importo finché non lo incassi o lo sblocchi.',
  'holdtill.where': 'Carta',
  'holdtill.noWhere': 'Scegli il lettore o una carta salvata per la preautorizzazione.',
  'holdtill.atReader': 'Al lettore: {reader}',
  'holdtill.onCard': '{brand} •••• {last4}, carta salvata',
  'holdtill.hold': 'Blocca',
  'holdtill.close': 'Chiudi',
  'holdtill.cancel': 'Annulla la preautorizzazione',
  'holdtill.done': 'Fatto',
  'holdtill.held': '{amount} è bloccato su {brand} •••• {last4}. Incassalo o sbloccalo in Preautorizzazioni.',
  'holdtill.failed': 'Nessuna preautorizzazione: {reason}',
  'holdtill.canceled': 'La preautorizzazione è stata annullata; sulla carta non è stato bloccato nulla.',
  'holdtill.capturedRest': '{amount} incassato; gli altri {rest} sono tornati sulla carta.',
  'holdtill.demo.visa': 'Presenta una carta Visa',
  'holdtill.demo.mastercard': 'Presenta una Mastercard',
  'holdtill.demo.declined': 'Presenta una carta rifiutata dalla banca',
  'holdtill.demo.insufficientFunds': 'Presenta una carta senza fondi',
  'holdtill.refundReason': 'Motivo',
  'holdtill.reason.requested_by_customer': 'Lo ha chiesto il cliente',
  'holdtill.reason.duplicate': 'Addebitato due volte',
  'holdtill.reason.fraudulent': 'Frode: la carta non era del cliente',
  'holdtill.cancelSetup': 'Smetti di attendere la carta',
  'err.holds.notWaiting': 'Questa preautorizzazione non sta aspettando una carta al lettore.',
  'alert.holdCaptureLess':
    'Una preautorizzazione doveva incassare {asked} per l’ordine n. {number}, ma ora l’ordine deve meno. È stato incassato solo il dovuto, {amount}; il resto è tornato sulla carta.',
  'alert.holdCaptureReleased':
    'Una preautorizzazione doveva incassare {asked} per l’ordine n. {number}, ma ora l’ordine non deve più nulla (pagato in altro modo o annullato). È stata sbloccata; dalla carta non è stato preso nulla.',
  'alert.holdCaptureUnrecorded':
    'Stripe ha incassato {amount} ({ref}) da una preautorizzazione per l’ordine n. {number}, ma nel frattempo l’ordine è stato pagato in altro modo. Rimborsa la carta nella dashboard di Stripe o accordati con il cliente.',
  'alert.unmatchedHold':
    'Stripe ha una preautorizzazione {ref} di {amount} ({status, select, requires_capture {bloccata} succeeded {incassata} canceled {sbloccata} other {{status}}}) creata da questa cassa che non corrisponde a nessuna preautorizzazione qui. Controllala nella dashboard di Stripe e sbloccala se non serve.',
  'alert.unmatchedSetup':
    'Stripe ha {kind, select, validation {una verifica della carta} other {un salvataggio di carta}} {ref} creato da questa cassa che non corrisponde a nessuna carta di cliente qui. Controllalo nella dashboard di Stripe.',
};
