/** Italiano: carte salvate alla cassa e Preferenze → Carte (issue 13, h-cards-ui). */
import type { CardsUiMessages } from '../en-cardsui.ts';

export const cardsUiMessages: CardsUiMessages = {
  'cardsui.open': 'Carte salvate di {name}',
  'cardsui.title': 'Carte salvate — {name}',
  'cardsui.none': 'Nessuna carta salvata. Salvane una al lettore o invia un link al cliente.',
  'cardsui.list': 'Carte salvate',
  'cardsui.expires': 'scade {date}',
  'cardsui.remove': 'Rimuovi',
  'cardsui.removeCard': 'Rimuovi {brand} che termina con {last4}',
  'cardsui.removeConfirm':
    'Rimuovere {brand} che termina con {last4}? Viene rimossa anche su Stripe e non potrà più essere addebitata.',
  'cardsui.keep': 'Tieni la carta',
  'cardsui.removeYes': 'Rimuovi la carta',
  'cardsui.add': 'Salva una nuova carta',
  'cardsui.reader': 'Lettore',
  'cardsui.close': 'Chiudi',
  'cardsui.byLink': 'Con link o codice QR',
  'cardsui.atReader': 'Al lettore',
  'cardsui.readerTitle': 'Salvataggio di una carta su {reader}',
  'cardsui.linkTitle': 'Salvataggio di una carta sul telefono del cliente',
  'cardsui.step.present': 'Il cliente avvicina o inserisce la carta',
  'cardsui.step.hold': 'Viene autorizzata una verifica di {amount}',
  'cardsui.step.release': 'La verifica viene rilasciata (nulla viene addebitato)',
  'cardsui.step.saved': 'La carta è salvata',
  'cardsui.state.creating': 'Avvio…',
  'cardsui.state.waitingReader': 'In attesa della carta sul lettore',
  'cardsui.state.waitingLink': 'In attesa che il cliente salvi la carta sulla pagina',
  'cardsui.state.validating': 'Verifica della carta…',
  'cardsui.state.releasing': 'Rilascio della verifica…',
  'cardsui.state.saved': 'Carta salvata',
  'cardsui.state.refused': 'Carta non salvata',
  'cardsui.state.failed': 'Carta non salvata',
  'cardsui.state.canceled': 'Annullato',
  'cardsui.qr': 'Codice QR della pagina per salvare una carta',
  'cardsui.url': 'Indirizzo della pagina',
  'cardsui.mailSubject': 'Salva la tua carta presso {store}',
  'cardsui.mailBody': 'Salva la tua carta per {store} su questa pagina sicura di Stripe: {url}',
  'cardsui.saved': 'Salvata: {brand} che termina con {last4}.',
  'cardsui.holdReleased': 'La verifica di {amount} è stata rilasciata.',
  'cardsui.demo.visa': 'Presenta una carta Visa',
  'cardsui.demo.mastercard': 'Presenta una Mastercard',
  'cardsui.demo.chargeDeclined': 'Presenta una carta rifiutata dalla banca',
  'cardsui.demo.insufficientFunds': 'Presenta una carta senza fondi',
  'cardsui.back': 'Torna alle carte',
  'cardsui.backHint':
    'Puoi tornare indietro: quando il cliente ha finito, la cassa salva comunque la carta entro un minuto.',
  'cardsui.fail.brand':
    'Questa cassa non accetta carte {brand}, quindi la carta non è stata salvata. Chiedi una carta di un altro circuito.',
  'cardsui.fail.cvc':
    'La banca non ha confermato il codice di sicurezza della carta, quindi non è stata salvata. Chiedi al cliente di riprovare o di usare un’altra carta.',
  'cardsui.fail.linkExpired':
    'La pagina è scaduta prima che il cliente salvasse una carta. Ricomincia per crearne una nuova.',
  'cardsui.fail.notReusable':
    'Questa carta non può essere salvata per addebiti futuri. Chiedi un’altra carta.',
  'cardsui.fail.stale':
    'Stripe non è stato raggiungibile troppo a lungo, quindi il lettore non è stato interpellato. Ricomincia.',
  'cardsui.fail.hold':
    'La verifica sulla carta è stata rifiutata, quindi la carta non è stata salvata: {reason}',
  'err.cards.noReader':
    'Su questa cassa non è configurato alcun lettore Stripe. Aggiungine uno in Preferenze → Lettori e sedi Stripe, oppure salva la carta con un link.',
  'err.cards.readerUnknown':
    'Stripe non conosce il lettore di «{method}». Controlla il numero di serie in Preferenze → Metodi di pagamento.',
  'err.cards.notWaiting': 'Il lettore non è in attesa di una carta in questo momento.',
  'check.cardsValidatingAmount':
    'Inserisci l’importo della verifica come somma di denaro, oppure 0 per nessuna verifica.',
  'check.cardsValidatingAmountMax': 'È troppo per una verifica: è un piccolo importo, rilasciato subito.',
  'check.cardsBrands': 'Scegli almeno un circuito di carte da accettare.',
  'prefs.cards.title': 'Carte',
  'prefs.cards.summary':
    'Salvare le carte dei clienti: importo di verifica, pagina Stripe, circuiti accettati.',
  'prefs.cards.keywords':
    'carte salvate carta tokenizzazione verifica preautorizzazione cvc cvv codice di sicurezza indirizzo di fatturazione circuito',
  'prefs.cards.noProfile': 'Collega prima Stripe (Profili Stripe): le carte vengono salvate su Stripe.',
  'prefs.cards.profile': 'Profilo Stripe',
  'prefs.cards.helpTitle': 'Cosa fanno queste impostazioni',
  'prefs.cards.helpHold':
    'La verifica viene autorizzata sulla carta quando viene salvata e rilasciata subito, quindi nulla viene addebitato. Una carta rifiutata dalla banca non viene salvata. Con 0 le carte si salvano senza verifica.',
  'prefs.cards.helpCvc':
    'La pagina di Stripe chiede sempre il codice di sicurezza (CVC), e una carta al lettore viene letta dal chip o avvicinata, quindi non ne ha. «Richiedi un codice di sicurezza confermato» salva una carta dalla pagina solo se la banca ha confermato il codice.',
  'prefs.cards.helpBrands':
    'Una carta di un circuito non accettato viene rifiutata con un messaggio chiaro e rimossa su Stripe.',
  'prefs.cards.holdCard': 'Verifica al salvataggio di una carta',
  'prefs.cards.validatingAmount': 'Importo della verifica ({currency})',
  'prefs.cards.validatingHint': 'Autorizzato e rilasciato subito; 0 per nessuna verifica.',
  'prefs.cards.pageCard': 'Pagina Stripe',
  'prefs.cards.requireCvc': 'Richiedi un codice di sicurezza confermato',
  'prefs.cards.requireCvcHint':
    'Solo per le carte salvate sulla pagina; al lettore non c’è un codice da verificare.',
  'prefs.cards.billingAddress': 'Chiedi l’indirizzo di fatturazione',
  'prefs.cards.billingAddressHint': 'Altrimenti Stripe chiede solo ciò che serve alla carta (spesso il CAP).',
  'prefs.cards.brands': 'Circuiti accettati',
  'prefs.cards.brandsHint': 'Le carte di altri circuiti non vengono salvate.',
};
