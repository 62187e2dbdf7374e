/** Addebiti successivi su una carta salvata (issue 13.4). */
export const offSessionMessages = {
  'offsession.method': 'Carta salvata',
  'offsession.title': 'Addebito su una carta salvata',
  'offsession.forCustomer': 'Carte salvate di {name}',
  'offsession.card': '{brand} •••• {last4}, scade {month}/{year}',
  'offsession.charge': 'Addebita {amount}',
  'offsession.charging': 'Addebito della carta in corso…',
  'offsession.approved': 'Approvato: {amount} addebitati su {brand} •••• {last4}.',
  'offsession.declined': 'Non addebitato.',
  'offsession.needsCustomer':
    'La banca chiede che il cliente confermi questo pagamento. Fagli inquadrare il codice o aprire il link sul telefono; la vendita si chiude quando ha confermato.',
  'offsession.waitingLink': 'Richiesta del link a Stripe…',
  'offsession.openLink': 'Apri il link',
  'offsession.tryAgain': 'Addebita di nuovo',
  'offsession.cancel': "Annulla l'addebito",
  'offsession.back': 'Scegli un altro modo di pagare',
  'offsession.noCards': 'Questo cliente non ha carte salvate.',
  'decline.authRequired':
    'La banca chiede che il cliente confermi di persona questo pagamento. Inviagli il link o chiedi un altro modo di pagare.',
  'decline.authFailed':
    'Il cliente non ha confermato il pagamento con la sua banca. Addebita di nuovo per un nuovo link o chiedi un altro modo di pagare.',
  'err.offsession.noCard':
    'Questa carta non è più salvata per il cliente. Scegli un’altra carta salvata o un altro modo di pagare.',
  'err.offsession.otherCustomer':
    'Questa carta appartiene a un altro cliente. Scegli una carta del cliente di questa vendita.',
  'err.offsession.noStripeMethod':
    'Non c’è un metodo di pagamento Stripe per l’account su cui è salvata questa carta. Aggiungilo in Preferenze, Metodi di pagamento.',
};
