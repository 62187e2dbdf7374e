/** Italiano: i controlli dei campi dei moduli e i rifiuti di Mercado Pago (en-fields.ts). */
import type { FieldMessages } from '../en-fields.ts';

export const fieldMessages: FieldMessages = {
  'check.accountCodeLettersDigits': 'Un codice conto contiene lettere, cifre, punti o trattini, ad es. 1360.',
  'check.amountMoreThanZero': 'L’importo deve essere maggiore di zero.',
  'check.amountTooLarge': 'L’importo è troppo grande.',
  'check.amountsWholeNumbersCents': 'Gli importi sono numeri interi di centesimi.',
  'check.barcode464Letters': 'Un codice a barre ha da 4 a 64 lettere o cifre.',
  'check.cardLast4Four': 'Le ultime 4 cifre della carta sono quattro cifre.',
  'check.cartEmpty': 'Il carrello è vuoto.',
  'check.cashRoundingStepLeast':
    'Il passo di arrotondamento dei contanti è almeno 1 (nessun arrotondamento).',
  'check.cashRoundingStepMost': 'Il passo di arrotondamento dei contanti è al massimo 10.000 centesimi.',
  'check.cashRoundingStepWhole': 'Il passo di arrotondamento dei contanti è un numero intero di centesimi.',
  'check.chooseCountry': 'Scegli un paese.',
  'check.chooseCountryFromList': 'Scegli il paese dall’elenco.',
  'check.chooseCurrency': 'Scegli una valuta.',
  'check.chooseJournalCashBank': 'Scegli il registro: contanti o banca.',
  'check.chooseLanguageRegion': 'Scegli una lingua e una regione.',
  'check.chooseLeastOneItem': 'Scegli almeno un articolo da rendere.',
  'check.chooseFulfilment':
    'Scegli come l’ordine arriva al cliente: ritiro in negozio, consegna o per telefono.',
  'check.chooseLeastOneWay': 'Scegli almeno un modo di pagamento tramite link.',
  'check.choosePaymentTerminalNone': 'Scegli il terminale di pagamento: nessuno, Stripe o Mercado Pago.',
  'check.chooseRoleCashierManager': 'Scegli un ruolo: cassiere, responsabile o titolare.',
  'check.chooseWhatGroupSales':
    'Scegli come raggruppare le vendite: per giorno, ora, categoria, prodotto, collaboratore o metodo di pagamento.',
  'check.colorWritten3b82f6': 'Un colore si scrive come #3b82f6.',
  'check.countLeastCash': 'Conta almeno i contanti.',
  'check.countNegative': 'Un conteggio non può essere negativo.',
  'check.countedAmountNegative': 'Un importo contato non può essere negativo.',
  'check.discountEitherPercentageAmount': 'Uno sconto è una percentuale oppure un importo.',
  'check.discountLimitLeast0': 'Il limite di sconto è almeno 0 % (ogni sconto richiede un responsabile).',
  'check.discountLimitMost100':
    'Il limite di sconto è al massimo 100 % (nessuno sconto richiede un responsabile).',
  'check.discountMoreThan100': 'Uno sconto non può superare il 100 %.',
  'check.discountNegative': 'Uno sconto non può essere negativo.',
  'check.eMailAddressMost': 'Un indirizzo e-mail ha al massimo 254 caratteri.',
  'check.enterMinutesWholeNumber': 'Inserisci i minuti come numero intero.',
  'check.fileMaxDays':
    'Un file copre al massimo {days} giorni: scegli un primo giorno più tardo o un ultimo giorno più presto.',
  'check.giveDateYyyyMm': 'Scrivi la data come AAAA-MM-GG (YYYY-MM-DD).',
  'check.giveDiscountWholeNumber': 'Indica lo sconto come numero intero di centesimi di punto percentuale.',
  'check.giveMethodsTheirNew': 'Indica i metodi nel loro nuovo ordine.',
  'check.givePrinterName': 'Dai un nome alla stampante.',
  'check.giveReasonReturn': 'Indica un motivo per il reso.',
  'check.giveReasonReturnLeast': 'Indica un motivo per il reso (almeno 3 caratteri).',
  'check.id164Letters': 'Un id ha da 1 a 64 lettere, cifre, - o _.',
  'check.idRequired': 'Serve un id.',
  'check.idUuid': 'Un id deve essere un UUID.',
  'check.kassaDoesNotKnow': 'Kassa non conosce questo codice valuta: controllalo secondo la ISO 4217.',
  'check.kassaReadsStoreFiles': 'Questa versione di Kassa legge i file del negozio della versione 1.',
  'check.labelMaxChars': '{label}: al massimo {max} caratteri.',
  'check.labelRequired': '{label}: campo obbligatorio.',
  'check.labelText': '{label}: deve essere un testo.',
  'check.lastDayAfterFirst': 'L’ultimo giorno deve essere uguale o successivo al primo.',
  'check.least1ItemComes': 'Su una riga di un reso torna almeno 1 articolo.',
  'check.limitNegative0Means':
    'Il limite non può essere negativo: 0 significa che ogni versamento e prelievo richiede un responsabile.',
  'check.limitNegative0Means2':
    'Il limite non può essere negativo: 0 significa che ogni differenza richiede un responsabile.',
  'check.limitTooLarge': 'Il limite è troppo grande.',
  'check.limitWholeNumberCents': 'Il limite è un numero intero di centesimi.',
  'check.mercadoPagoAccessToken':
    'Un token di accesso di Mercado Pago inizia con APP_USR- (produzione) o TEST- (credenziali di test).',
  'check.mercadoPagoPointWorks':
    'Mercado Pago Point funziona in Argentina, Brasile, Messico e Cile: scegline uno.',
  'check.methodAppearsTwiceOrder': 'Un metodo compare due volte nell’ordine.',
  'check.moreNotesCoinsThan':
    'Sono più banconote o monete di quante ne contenga un cassetto: controlla il conteggio.',
  'check.most9999Items': 'Su una riga tornano al massimo 9.999 articoli.',
  'check.noSuchCategory': 'Nessuna categoria ha l’id “{id}”: usa uno dei categories[].id.',
  'check.noSuchStripeProfile': 'Nessun profilo Stripe ha l’id “{id}”: usa uno degli stripeProfiles[].id.',
  'check.noSuchTaxRate': 'Nessuna aliquota ha l’id “{id}”: usa uno dei taxRates[].id.',
  'check.notEMailAddress':
    'Questo non è un indirizzo e-mail: controllalo e scrivilo di nuovo, come nome@esempio.it.',
  'check.onlyOnePrinterPrint':
    'Solo una stampante può stampare gli scontrini: imposta "receipts": true su una sola di esse.',
  'check.onlyStripeMethodHas': 'Solo un metodo Stripe ha un profilo Stripe.',
  'check.onlyTerminalMethodHas':
    'Solo un metodo con terminale ha un numero di serie: toglilo oppure scegli il terminale.',
  'check.orderHaveMost500': 'Un ordine può avere al massimo 500 righe.',
  'check.passwordMost512Characters': 'Una password ha al massimo 512 caratteri.',
  'check.pasteAccessToken':
    'Incolla il token di accesso, oppure lascia il campo com’è per tenere quello salvato.',
  'check.pasteSecretKeyLeave':
    'Incolla la chiave segreta, oppure lascia il campo com’è per tenere quella salvata.',
  'check.pasteWebhookSecret':
    'Incolla la chiave segreta del webhook, oppure lascia il campo com’è per tenere quella salvata.',
  'check.paymentLinkStaysOpen': 'Un link di pagamento resta aperto almeno 30 minuti.',
  'check.paymentLinkStaysOpen2': 'Un link di pagamento resta aperto al massimo 24 ore (1.440 minuti).',
  'check.paymentTerminalMethodPosts':
    'Un metodo con terminale di pagamento registra su un registro bancario: imposta journal su "bank".',
  'check.phoneNumberDigitsSpaces': 'Un numero di telefono contiene solo cifre, spazi e + ( ) - / .',
  'check.pin48Digits': 'Un PIN ha da 4 a 8 cifre.',
  'check.portBetween165535': 'La porta è tra 1 e 65535, di solito 465 o 587.',
  'check.portNumberUsually465': 'La porta è un numero, di solito 465 o 587.',
  'check.portWholeNumberUsually': 'La porta è un numero intero, di solito 465 o 587.',
  'check.priceNegative': 'Un prezzo non può essere negativo.',
  'check.publishableKeyStartsPk': 'Una chiave pubblicabile inizia con pk_test_ o pk_live_.',
  'check.quantityLeast1': 'La quantità deve essere almeno 1.',
  'check.quantityMost9999': 'La quantità può essere al massimo 9.999.',
  'check.quantityNumber': 'La quantità deve essere un numero.',
  'check.quantityWholeNumber': 'La quantità deve essere un numero intero.',
  'check.rateMoreThanZero': 'Un tasso deve essere maggiore di zero.',
  'check.reasonDifference': 'Indica un motivo per la differenza.',
  'check.reasonDifferenceShort': 'Indica un motivo per la differenza (almeno 3 caratteri).',
  'check.reasonMost200Characters': 'Un motivo ha al massimo 200 caratteri.',
  'check.reasonPayInOut': 'Indica un motivo per il versamento o il prelievo.',
  'check.reasonPayInOutShort': 'Indica un motivo per il versamento o il prelievo (almeno 3 caratteri).',
  'check.refundLimitNegative0':
    'Il limite di rimborso non può essere negativo: 0 significa che ogni rimborso richiede un responsabile.',
  'check.refundLimitTooLarge': 'Il limite di rimborso è troppo grande.',
  'check.refundLimitWholeNumber':
    'Il limite di rimborso è un numero intero della più piccola unità della valuta (centesimi).',
  'check.reportMaxDays':
    'Un report copre al massimo {days} giorni: scegli un primo giorno più tardo o un ultimo giorno più presto.',
  'check.sayWhetherMemberActive': 'Indica se questo collaboratore è attivo.',
  'check.sayWhetherMercadoPago': 'Indica se i terminali Mercado Pago sono attivi.',
  'check.sayWhetherMethodActive': 'Indica se questo metodo è attivo.',
  'check.sayWhetherMethodNeeds': 'Indica se questo metodo richiede un cliente.',
  'check.sayWhetherMethodVoucher': 'Indica se questo metodo è un buono.',
  'check.sayWhetherPricesInclude': 'Indica se i prezzi includono le imposte.',
  'check.sayWhetherProductionProfile': 'Indica se questo è un profilo di produzione.',
  'check.sayWhetherStripeTerminals': 'Indica se i terminali Stripe sono attivi.',
  'check.sayWhyDrawerOpened': 'Indica perché si apre il cassetto.',
  'check.sayWhyDrawerOpened2': 'Indica perché si apre il cassetto (almeno 3 caratteri).',
  'check.serialNumberMost100': 'Un numero di serie ha al massimo 100 caratteri.',
  'check.serialNumberText': 'Il numero di serie deve essere un testo.',
  'check.serverAddressHasOnly':
    'Un indirizzo del server contiene solo lettere, cifre, punti e trattini, come smtp.example.com.',
  'check.serverAddressMost253': 'Un indirizzo del server ha al massimo 253 caratteri.',
  'check.startDateBeforeEnd': 'La data di inizio deve precedere la data di fine.',
  'check.storeCurrencyNeedsNo': 'La valuta del negozio non ha bisogno di un tasso di cambio.',
  'check.storeNeedsLeastOne': 'Un negozio ha bisogno di almeno un’aliquota.',
  'check.storeNeedsLeastOne2': 'Un negozio ha bisogno di almeno un metodo di pagamento.',
  'check.stripeAccountIdStarts': 'Un id di account Stripe inizia con acct_.',
  'check.stripeSecretKeyStarts':
    'Una chiave segreta Stripe inizia con sk_test_, sk_live_, rk_test_ o rk_live_.',
  'check.taxRateMost100': 'Un’aliquota è al massimo 100 % (10000).',
  'check.taxRateNegative': 'Un’aliquota non può essere negativa.',
  'check.taxRateWholeNumber':
    'Un’aliquota è un numero intero di centesimi di punto percentuale (1900 = 19 %).',
  'check.thereNoSuchDay': 'Questo giorno non esiste: controlla la data.',
  'check.twoCategoriesHaveSame': 'Due categorie hanno lo stesso id.',
  'check.twoPaymentMethodsHave': 'Due metodi di pagamento hanno lo stesso id.',
  'check.twoPaymentMethodsUse': 'Due metodi di pagamento usano lo stesso numero di serie del terminale.',
  'check.twoPrintersHaveSame': 'Due stampanti hanno lo stesso id.',
  'check.twoStaffMembersHave': 'Due collaboratori hanno lo stesso nome.',
  'check.twoStripeProfilesHave': 'Due profili Stripe hanno lo stesso id.',
  'check.twoTaxRatesHave': 'Due aliquote hanno lo stesso id.',
  'check.typeCountedAmount': 'Scrivi l’importo contato.',
  'check.typeCustomerSE': 'Scrivi l’indirizzo e-mail del cliente.',
  'check.typeDiscountLimitWhole': 'Scrivi il limite di sconto come percentuale intera, da 0 a 100.',
  'check.typeHowManyCome': 'Scrivi quanti tornano, come numero intero.',
  'check.typeHowManyNotes': 'Scrivi quante banconote o monete, come numero intero.',
  'check.typeLeastOneCharacter': 'Scrivi almeno un carattere.',
  'check.typeLimitAmountE': 'Scrivi il limite come importo, ad es. 50.00.',
  'check.typeLimitAmountE2': 'Scrivi il limite come importo, ad es. 5.00.',
  'check.typeMailServerS': 'Scrivi l’indirizzo del server di posta, come smtp.example.com.',
  'check.typeManagerPin4': 'Digita il PIN del responsabile: da 4 a 8 cifre.',
  'check.typePin48': 'Digita il PIN: da 4 a 8 cifre.',
  'check.typePrinterSAddress': 'Scrivi l’indirizzo della stampante (host oppure host:porta).',
  'check.typeRateDecimalNumber': 'Scrivi il tasso come numero decimale, ad es. 1.0834.',
  'check.typeRateDecimalNumber2':
    'Scrivi il tasso come numero decimale con il punto, ad es. 1.0834 (al massimo 10 decimali).',
  'check.typeRefundLimitAmount': 'Scrivi il limite di rimborso come importo, ad es. 20.00.',
  'check.useThreeLetterIso': 'Usa un codice ISO 4217 di tre lettere, ad es. EUR.',
  'check.userNameMost254': 'Un nome utente ha al massimo 254 caratteri.',
  'check.writeEMailAddress': 'Scrivi l’indirizzo e-mail come nome@esempio.it.',
  'check.writeLocaleEnDe': 'Scrivi la lingua e la regione come it-IT o pt-BR.',
  'check.writeRate10834': 'Scrivi un tasso come 1.0834.',
  'check.receiverNeedsSecret':
    'Il ricevitore delle notifiche di Mercado Pago ha bisogno della chiave segreta del webhook (KASSA_MP_WEBHOOK_SECRET) per verificare le firme.',
  'err.display.cannotRestart':
    'Qui Kassa non può riavviarsi da sola: chiudila e riaprila perché i campi data seguano la lingua.',
  'err.display.restartWaits': 'C’è un pagamento con carta sul terminale: completalo, poi riavvia Kassa.',
  'header.datesAfterRestart': 'I campi data passano a questa lingua dopo un riavvio.',
  'header.restartNow': 'Riavvia ora',
  'prefs.mp.note.PDV': 'Modalità integrata (PDV): accetta pagamenti con carta da Kassa.',
  'prefs.mp.note.STANDALONE':
    'Modalità autonoma: non accetta pagamenti da Kassa. Passalo alla modalità integrata, poi riavvia il terminale.',
  'prefs.mp.note.UNDEFINED':
    'Mercado Pago non indica in quale modalità si trova questo terminale. Passalo alla modalità integrata, poi riavvia il terminale.',
  'terminal.modeAlready':
    'Il terminale {serial} è già in modalità integrata (PDV). Se rifiuta ancora i pagamenti, riavvialo.',
  'terminal.modeSwitched':
    'Il terminale {serial} ora è in modalità integrata (PDV). Riavvia il terminale (tieni premuto il tasto di accensione, poi Riavvia) prima del prossimo pagamento con carta.',
  'label.accessToken': 'Token di accesso',
  'label.accountCode': 'Codice conto',
  'label.accountId': 'Id dell’account',
  'label.categoryName': 'Nome della categoria',
  'label.city': 'Città',
  'label.customerName': 'Nome del cliente',
  'label.note': 'Nota',
  'label.email': 'Indirizzo e-mail',
  'label.label': 'Etichetta',
  'label.location': 'Sede',
  'label.methodName': 'Nome del metodo',
  'label.name': 'Nome',
  'label.phone': 'Numero di telefono',
  'label.postalCode': 'CAP',
  'label.productName': 'Nome del prodotto',
  'label.profileName': 'Nome del profilo',
  'label.publishableKey': 'Chiave pubblicabile',
  'label.registrationCode': 'Codice di registrazione',
  'label.secretKey': 'Chiave segreta',
  'label.serialNumber': 'Numero di serie',
  'label.storeName': 'Nome del negozio',
  'label.street': 'Via e numero civico',
  'label.taxRateName': 'Nome dell’aliquota',
  'label.tillName': 'Nome della cassa',
  'label.webhookSecret': 'Chiave segreta del webhook',
  'label.yourName': 'Il tuo nome',
  'err.mp.credentials':
    'Mercado Pago ha rifiutato il token di accesso: incolla il token di accesso di produzione da “Your integrations” nelle impostazioni di Mercado Pago.',
  'err.mp.notTerminalOwner':
    'Questo terminale non appartiene all’account Mercado Pago del token di accesso: controlla il numero di serie del terminale e il token nelle impostazioni di Mercado Pago.',
  'err.mp.terminalQueued':
    'Il terminale ha ancora un pagamento precedente in attesa: completalo o annullalo sul terminale, poi riprova.',
  'err.mp.standalone':
    'Il terminale è in modalità autonoma e non accetta pagamenti da Kassa: passalo alla modalità integrata (PDV) nelle impostazioni di Mercado Pago, poi riavvia il terminale.',
  'err.mp.modeNotAllowed':
    'Mercado Pago non permette a Kassa di cambiare la modalità di questo terminale: cambiala sul terminale stesso.',
  'err.mp.noStorePos':
    'Il terminale non è collegato a un negozio e a una cassa: configurali prima nell’app Mercado Pago.',
  'err.mp.idempotencyUsed':
    'Mercado Pago ha già ricevuto una richiesta diversa con la stessa chiave: avvia un nuovo tentativo di pagamento.',
  'err.mp.cannotCancel':
    'Il pagamento è già arrivato al terminale: annullalo sul terminale (pulsante in basso a destra, poi Sì).',
  'err.mp.alreadyCanceled': 'Questo pagamento era già stato annullato.',
  'err.mp.orderNotFound':
    'Mercado Pago non conosce questo pagamento: non è mai stato creato, oppure ha più di 3 mesi.',
  'err.mp.transactionNotFound':
    'Questo pagamento con carta non fa parte di questo ordine Mercado Pago: rimborsalo dalla vendita originale.',
  'err.mp.refundExceeds':
    'È più di quanto resta da rimborsare su questo pagamento: riduci l’importo del rimborso.',
  'err.mp.refundInProgress':
    'Un rimborso di questo pagamento è ancora in lavorazione: attendi qualche minuto, poi controlla di nuovo.',
  'err.mp.settling':
    'Mercado Pago sta ancora regolando questo pagamento: attendi qualche minuto, poi riprova il rimborso.',
  'err.mp.refundNotYet':
    'Mercado Pago non permette ancora di rimborsare questo pagamento: riprova più tardi.',
  'err.mp.alreadyRefunded': 'Questo pagamento è già stato rimborsato per intero.',
  'err.mp.cannotRefund': 'Si può rimborsare solo un pagamento con carta completato.',
  'err.mp.refundPeriod':
    'Mercado Pago rimborsa i pagamenti con carta solo entro 90 giorni e questo è più vecchio: rimborsa il cliente in un altro modo (contanti o bonifico).',
  'err.mp.tipFullRefund':
    'Un pagamento che include una mancia si può rimborsare solo per intero: rimborsa l’intero pagamento.',
  'err.mp.noPartialRefund':
    'Mercado Pago non permette un rimborso parziale di questo pagamento: rimborsalo per intero o in un altro modo.',
  'err.mp.refundFunds':
    'L’account Mercado Pago non ha denaro sufficiente per questo rimborso: aggiungi fondi, oppure rimborsa in contanti.',
  'err.mp.serverProblem': 'Mercado Pago ha avuto un problema mentre Kassa cercava di {doing}. {whenUnsure}',
  'err.mp.tooManyRequests':
    'Mercado Pago sta ricevendo troppe richieste: attendi qualche secondo, poi riprova.',
  'err.mp.refused':
    'Mercado Pago ha rifiutato di {doing}. Riprova; se continua, contatta l’assistenza di Kassa con questo messaggio.',
  'err.mp.refusedSaying':
    'Mercado Pago ha rifiutato di {doing} ({said}). Riprova; se continua, contatta l’assistenza di Kassa con questo messaggio.',
  'err.mp.unreachable':
    'Kassa non è riuscita a raggiungere Mercado Pago per {doing}: controlla la connessione a Internet, poi riprova.',
  'err.mp.connectionBroke':
    'La connessione a Mercado Pago si è interrotta mentre Kassa cercava di {doing}. {whenUnsure}',
  'err.mp.timeout':
    'Mercado Pago non ha risposto entro {seconds, number} s quando Kassa ha cercato di {doing}. {whenUnsure}',
  'err.mp.unexpected':
    'Mercado Pago ha risposto in un modo che Kassa non capisce quando ha cercato di {doing}: controlla il pagamento sul terminale o nell’app Mercado Pago.',
  'mp.doing.listTerminals': 'leggere l’elenco dei terminali',
  'mp.doing.setMode': 'cambiare la modalità del terminale',
  'mp.doing.createOrder': 'inviare il pagamento al terminale',
  'mp.doing.getOrder': 'controllare il pagamento',
  'mp.doing.cancelOrder': 'annullare il pagamento',
  'mp.doing.refundOrder': 'rimborsare il pagamento',
  'mp.doing.forceStatus': 'impostare lo stato dell’ordine di test',
  'mp.unsure.tryAgain': 'Riprova tra un momento.',
  'mp.unsure.setMode':
    'La modalità potrebbe essere cambiata: leggi l’elenco dei terminali prima di riprovare.',
  'mp.unsure.createOrder':
    'Il pagamento potrebbe essere arrivato al terminale: controllalo prima di inviarlo di nuovo.',
  'mp.unsure.cancelOrder': 'Il pagamento potrebbe essere stato annullato: controllalo prima di riprovare.',
  'mp.unsure.refundOrder':
    'Il rimborso potrebbe essere andato a buon fine: controlla il pagamento prima di riprovare.',
  'mp.unsure.forceStatus': 'Lo stato potrebbe essere stato impostato: controlla l’ordine prima di riprovare.',
};
