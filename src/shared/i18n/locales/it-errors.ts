/** Italiano: the core's errors and the card decline reasons (en-errors.ts). */
import type { ErrorMessages } from '../en-errors.ts';

export const errorMessages: ErrorMessages = {
  'err.internal':
    'Qualcosa non ha funzionato in Kassa; non è stato modificato nulla. Riprova e, se il problema continua, chiama l’assistenza IT.',
  'err.money.roundingStep':
    'Il passo di arrotondamento dei contanti deve essere un numero intero di centesimi, almeno 1 (nessun arrotondamento).',
  'err.money.notARate': '“{rate}” non è un tasso di cambio: scrivilo così: 1.0842.',
  'err.money.tooLargeToConvert': 'L’importo è troppo grande per essere convertito.',
  'err.money.notWholeCents':
    '{amount} non è un numero intero di centesimi (unità minime) che Kassa può registrare: inserisci di nuovo l’importo.',
  'err.money.cannotFormatLocale':
    'Kassa non sa scrivere gli importi per la lingua “{locale}”: usa un codice come de-DE.',
  'err.money.unknownCurrency':
    'Kassa non conosce la valuta “{code}”. Usa un codice ISO 4217 di tre lettere, ad es. EUR.',
  'err.money.cannotReadLocale':
    'Kassa non sa leggere gli importi per la lingua “{locale}”: usa un codice come de-DE.',
  'err.cart.tenderedTooLittle':
    'Il cliente ha dato meno di questo pagamento in contanti: inserisci i contanti ricevuti, oppure riduci il pagamento e incassa il resto in un altro modo.',
  'err.cart.discountTooLarge': 'Lo sconto supera quanto Kassa può registrare: dividi l’ordine.',
  'err.cart.taxTooLarge': 'L’imposta supera quanto Kassa può registrare: dividi l’ordine.',
  'err.cart.totalTooLarge': 'Il totale supera quanto Kassa può registrare: dividi l’ordine.',
  'err.cart.lineTooLarge': '“{name}” × {quantity} supera quanto Kassa può registrare: riduci la quantità.',
  'err.cart.taxRateRange':
    'Un’aliquota deve essere tra 0 % e 100 %, in centesimi di punto percentuale (2100 è 21 %); ricevuto {rate}.',
  'err.cart.quantityRange': 'La quantità di “{name}” deve essere un numero intero da 1 a {max, number}.',
  'err.cart.priceWholeCents': 'Il prezzo di “{name}” deve essere un numero intero di centesimi, zero o più.',
  'err.cart.lineDiscountTooLarge': 'Lo sconto su “{name}” supera il valore della riga.',
  'err.cart.discountPercentRange':
    'Uno sconto è tra 0 % e 100 %, in centesimi di punto percentuale (1000 è 10 %).',
  'err.cart.discountWholeCents': 'Un importo di sconto è un numero intero di centesimi, zero o più.',
  'err.cart.orderDiscountTooLarge': 'Lo sconto sull’ordine supera il valore dell’ordine.',
  'err.amount.moreThanZero': 'Inserisci un importo maggiore di zero.',
  'err.stripe.amountTooLarge':
    'Stripe accetta al massimo {max} in un solo pagamento con carta. Dividilo in più pagamenti.',
  'err.stripe.amountSteps':
    'Stripe addebita {currency} a passi di 0.010: arrotonda {amount} a {lower} o {upper}.',
  'err.stripe.amountTooSmall':
    'Stripe non accetta pagamenti con carta inferiori a {min}. Incassa questo importo in contanti o aggiungilo a un pagamento più grande.',
  'err.store.notSetUp': 'Questa cassa non ha ancora un negozio configurato.',
  'err.store.noTill': 'Questo database non ha una cassa. Avvia Kassa con una nuova cartella dati.',
  'err.catalog.unknownBarcode':
    'Nessun prodotto ha il codice a barre {barcode}. Controlla l’etichetta o cerca il prodotto per nome.',
  'err.order.paidInFull': 'Questo ordine è già pagato per intero.',
  'err.order.onlyDueInCash':
    'In contanti sono dovuti solo {due}. Inserisci come importo ricevuto la banconota che il cliente consegna; Kassa calcola il resto.',
  'err.order.cashRounded': 'In questo negozio gli importi in contanti sono arrotondati a {step}.',
  'err.order.tenderedLessThanPaid':
    'Il cliente ha dato {tendered}, meno dei {amount} pagati in contanti. Chiedi di più o paga il resto in un altro modo.',
  'err.order.noTenderForMethod': '“{method}” non prevede un importo ricevuto; solo i contanti danno resto.',
  'err.order.moreThanDue': '{amount} è più dei {due} ancora dovuti.',
  'err.order.moreThanDueHeld':
    '{amount} è più dei {due} ancora dovuti (un pagamento con carta in corso trattiene il resto).',
  'err.order.methodNeedsCustomer': '“{method}” richiede un cliente nell’ordine: prima cercalo o crealo.',
  'err.order.methodUnavailable': 'Questo metodo di pagamento non è disponibile. Scegline un altro.',
  'err.order.methodOnTerminal':
    '“{method}” si paga sul terminale di pagamento: usa Invia nella schermata di pagamento.',
  'err.order.notSignedIn':
    'Nessuno ha effettuato l’accesso a questa cassa: accedi con il tuo PIN per vendere.',
  'err.order.customerUnknown': 'Questo cliente non è in questa cassa. Cercalo di nuovo o crealo.',
  'err.order.productGone':
    'La riga {line} è un prodotto che non è più in vendita. Rimuovila e scansiona di nuovo l’articolo.',
  'err.order.noMorePayments':
    'Questo ordine è {status, select, paid {pagato} voided {annullato} other {aperto}}; non accetta altri pagamenti.',
  'err.order.voidOnlyUnpaid':
    'Si può annullare solo un ordine non pagato; questo è {status, select, paid {pagato} voided {annullato} other {aperto}}.',
  'err.order.cardInProgress':
    'Un pagamento con carta su questo ordine è ancora in corso. Prima completalo o annullalo.',
  'err.order.cardWentThrough':
    '{amount} sono stati pagati con carta su questo ordine e sono andati a buon fine: incassa il resto del pagamento, oppure lascia la vendita aperta e prima rimborsa la carta dallo Storico.',
  'err.order.methodSwitchedOff':
    '“{method}” è disattivato: il titolare può attivarne i terminali nelle preferenze (Terminali di pagamento).',
  'err.order.customerLocked':
    'Questo ordine è {status, select, paid {pagato} voided {annullato} other {aperto}}; il suo cliente ora non può cambiare.',
  'err.order.customerStays': '“{method}” in questo ordine richiede il cliente: il cliente resta.',
  'err.order.unknown': 'Questo ordine non esiste in questa cassa.',
  'err.order.alreadySaved': 'Questo ordine è già stato salvato. Aggiungi invece i pagamenti successivi.',
  'err.history.pageGone': 'Questa pagina dello storico non esiste più; cerca di nuovo.',
  'err.return.noCashMethod': 'Questa cassa non ha un metodo contanti da cui pagare il rimborso.',
  'err.return.onlyLeft': 'Dei pagamenti di questo ordine restano da restituire solo {amount}.',
  'err.return.lineNotOnOrder': 'La riga {line} del reso non è in questo ordine.',
  'err.return.listedTwice': '“{name}” è elencato due volte: elencalo una volta con la quantità.',
  'err.return.allReturned': 'Tutti i {sold} × “{name}” sono già stati resi.',
  'err.return.onlySomeLeft': 'Dei {sold} × “{name}” venduti se ne possono rendere ancora solo {left}.',
  'err.return.productNotSold': 'Riga {line}: scegli un prodotto venduto qui.',
  'err.return.onlyPaidOrders':
    'Solo un ordine pagato accetta resi; questo è {status, select, paid {pagato} voided {annullato} other {aperto}}.',
  'err.shift.noneOpenTo':
    'Nessun turno è aperto su questa cassa. Apri un turno per {action, select, payIn {versare contanti} payOut {prelevare contanti} payment {incassare un pagamento} cardPayment {incassare un pagamento con carta} refund {fare un rimborso} return {accettare un reso} void {annullare una vendita} other {vendere}}.',
  'err.shift.countedCloseTo':
    'Il cassetto di questo turno è stato contato: chiudi il turno (e apri il successivo) per {action, select, payIn {versare contanti} payOut {prelevare contanti} payment {incassare un pagamento} cardPayment {incassare un pagamento con carta} refund {fare un rimborso} return {accettare un reso} void {annullare una vendita} other {vendere}}.',
  'err.shift.notADenomination':
    '{value} non è una banconota o moneta in {currency}: contala sotto un altro taglio.',
  'err.shift.countMismatch': 'Banconote e monete fanno {sum}, non {total}: controlla il conteggio.',
  'err.shift.cardStillOpen':
    'Un pagamento con carta di {amount} su “{method}” è ancora aperto su questa cassa{more, plural, =0 {} one { (e # altro)} many { (e altri #)} other { (e altri #)}}. Prima completalo nella schermata di pagamento o con Verifica di nuovo (recupero); poi chiudi il turno.',
  'err.shift.alreadyOpen': 'Su questa cassa c’è già un turno aperto dalle {time}. Prima chiudilo.',
  'err.shift.payOutTooLarge':
    'Il cassetto dovrebbe contenere solo {inDrawer}: un prelievo di {amount} è di più.',
  'err.shift.alreadyCounted': 'Questo turno è già stato contato.',
  'err.shift.notWaitingToClose': 'Questo turno non è in attesa di chiusura.',
  'err.shift.noZReport': 'Non esiste una chiusura Z numero {number} su questa cassa.',
  'err.shift.nothingToReport': 'Nessun turno è aperto su questa cassa: non c’è ancora nulla da riepilogare.',
  'err.shift.nothingToCount': 'Nessun turno è aperto su questa cassa: non c’è nulla da contare.',
  'err.shift.countedClose': 'Il cassetto di questo turno è già stato contato: chiudi il turno.',
  'err.shift.methodNotCounted': 'Questo metodo di pagamento non si conta su questa cassa.',
  'err.shift.countToo': 'Conta anche “{method}” (scrivi 0 se è vuoto).',
  'err.shift.noneOpen': 'Nessun turno è aperto su questa cassa.',
  'err.shift.countFirst': 'Prima conta il cassetto: il turno si chiude dopo il conteggio alla cieca.',
  'err.shift.overGiveReason': '“{method}” ha {amount} in più: indica il motivo della differenza.',
  'err.shift.shortGiveReason': '“{method}” ha {amount} in meno: indica il motivo della differenza.',
  'err.store.ordersStillOpen':
    '{count, plural, one {# ordine è ancora aperto in {currency}. Completalo o annullalo prima di cambiare valuta.} many {# ordini sono ancora aperti in {currency}. Completali o annullali prima di cambiare valuta.} other {# ordini sono ancora aperti in {currency}. Completali o annullali prima di cambiare valuta.}}',
  'err.store.confirmCurrency':
    'Questo negozio ha {orders, plural, one {# ordine registrato} many {# ordini registrati} other {# ordini registrati}} in {currency}. Leggi cosa comporta il passaggio a {next}, poi confermalo.',
  'err.store.confirmCurrencyRunning':
    'Questo negozio ha {orders, plural, one {# ordine registrato} many {# ordini registrati} other {# ordini registrati}} in {currency} e {running, plural, one {# pagamento con carta o rimborso ancora in corso} many {# pagamenti con carta o rimborsi ancora in corso} other {# pagamenti con carta o rimborsi ancora in corso}}. Leggi cosa comporta il passaggio a {next}, poi confermalo.',
  'err.mp.paymentInProgress':
    'Un pagamento Mercado Pago è ancora in corso al banco: completalo o annullalo, poi salva di nuovo.',
  'err.mp.refundBeingSent':
    'Un rimborso Mercado Pago è ancora in invio: attendi che finisca (Kassa riprova ogni minuto), poi salva di nuovo.',
  'err.stripeKey.publishableInSecret':
    'Questa è una chiave pubblicabile (pk_…). Incolla qui la chiave segreta (sk_…) o una chiave limitata (rk_…); la chiave pubblicabile ha il suo campo.',
  'err.stripeKey.secretFormat':
    'Una chiave segreta Stripe inizia con sk_live_ o sk_test_ (chiavi limitate: rk_live_ o rk_test_). Copiala di nuovo da Sviluppatori → Chiavi API nella dashboard di Stripe.',
  'err.stripeKey.secretNotLive':
    'Un profilo di produzione accetta solo chiavi live (sk_live_ o rk_live_): questa è una chiave di test. Disattiva “produzione” per usare chiavi di test.',
  'err.stripeKey.secretInPublishable':
    'Questa è una chiave segreta: va nel campo della chiave segreta, mai in quello della chiave pubblicabile. Incolla qui la chiave che inizia con pk_.',
  'err.stripeKey.publishableFormat':
    'Una chiave pubblicabile inizia con pk_live_ o pk_test_. Copiala di nuovo da Sviluppatori → Chiavi API, oppure lascia vuoto il campo.',
  'err.stripeKey.publishableNotLive':
    'Un profilo di produzione accetta solo chiavi live: usa la chiave pubblicabile che inizia con pk_live_.',
  'err.stripeKey.mixedLiveTest':
    'Chiavi di test e live non si possono mescolare: la chiave segreta è live, la chiave pubblicabile è di test.',
  'err.stripeKey.mixedTestLive':
    'Chiavi di test e live non si possono mescolare: la chiave segreta è di test, la chiave pubblicabile è live.',
  'err.stripeKey.notAccepted':
    'Stripe non ha accettato questa chiave: è sbagliata, è stata rigenerata o eliminata. Copia la chiave attuale da Sviluppatori → Chiavi API. Non è stato salvato nulla.',
  'err.stripeKey.restrictedNoBalance':
    'Questa chiave limitata non può leggere il saldo. Assegnale “Balance: read” (e l’accesso a Terminal) nella dashboard di Stripe, oppure usa la chiave segreta. Non è stato salvato nulla.',
  'err.stripeKey.unreachable':
    'Impossibile raggiungere Stripe per verificare la chiave, quindi non è stato salvato nulla. Controlla la connessione a internet e salva di nuovo.',
  'err.methods.serialOnlyTerminal':
    'Solo un metodo con terminale di pagamento ha un numero di serie: cancellalo, oppure scegli il terminale.',
  'err.methods.profileOnlyStripe': 'Solo un metodo Stripe ha un profilo Stripe.',
  'err.methods.terminalBankJournal':
    'Un metodo con terminale di pagamento registra su un giornale banca: scegli “banca”.',
  'err.methods.readerSerial':
    'Scrivi il numero di serie del lettore: si trova sotto il lettore e nella dashboard di Stripe (Lettori).',
  'err.methods.terminalSerial': 'Scrivi il numero di serie del terminale dall’etichetta sul retro.',
  'err.methods.terminalTaken':
    'Il metodo “{method}” usa già il terminale {terminal}. Un terminale serve un solo metodo.',
  'err.methods.chooseProfile': 'Scegli il profilo Stripe che incassa questi pagamenti.',
  'err.methods.noStripeYet':
    'Questa cassa non ha ancora un collegamento a Stripe: prima aggiungi un profilo Stripe (Profili Stripe).',
  'err.methods.profileGone': 'Questo profilo Stripe non esiste più: scegline un altro.',
  'err.methods.profileInactive':
    'Il profilo “{profile}” non è attivo (la sua chiave non è stata verificata): prima verificalo.',
  'err.methods.cardStillOpen':
    'Un pagamento con carta con “{method}” è ancora aperto. Completalo alla cassa prima di cambiare il terminale o disattivare il metodo.',
  'err.methods.gone': 'Questo metodo di pagamento non esiste più. Ricarica l’elenco.',
  'err.methods.nameTaken': 'Esiste già un metodo di pagamento chiamato “{name}”. Usa un altro nome.',
  'err.methods.nameTakenInactive':
    'Esiste già un metodo di pagamento chiamato “{name}” (non attivo). Usa un altro nome.',
  'err.methods.unknown': 'Non esiste il metodo di pagamento “{name}”. Ricarica l’elenco.',
  'err.methods.orderIncomplete':
    'Indica ogni metodo di pagamento una volta, attivi e non attivi, nel nuovo ordine. Ricarica l’elenco e riprova.',
  'err.methods.voucherNeedsBank':
    'Un metodo buono non ha terminale e registra su un giornale banca: scegli “banca” e nessun terminale, oppure togli la spunta a Buono.',
  'err.rates.storeCurrency': '{currency} è la valuta del negozio: non serve un tasso di cambio.',
  'err.rates.none': 'Non c’è un tasso di cambio per {currency}.',
  'err.provisioning.noProfile': 'Nessun profilo Stripe ha l’id “{id}”.',
  'err.provisioning.notJson':
    'Il file del negozio {file} non è un JSON valido ({detail}). Correggilo o rimuovilo.',
  'err.provisioning.notValid':
    'Il file del negozio {file} non è valido: {detail} Correggilo (vedi store-config.schema.json) o rimuovilo.',
  'err.profiles.gone': 'Questo profilo Stripe non esiste più. Ricarica l’elenco.',
  'err.profiles.builtInReadOnly':
    'Il profilo integrato viene dalla demo o dall’IT (KASSA_STRIPE_SECRET_KEY) e non si può modificare qui. Aggiungi invece un nuovo profilo.',
  'err.profiles.nameTaken': 'Esiste già un profilo chiamato {name}. Scegli un altro nome.',
  'err.profiles.pasteSecret':
    'Incolla la chiave segreta (o una chiave limitata): nella dashboard di Stripe in Sviluppatori → Chiavi API.',
  'err.profiles.testKey':
    'Stripe dice che questa è una chiave in modalità test: un profilo di produzione richiede una chiave live. Non è stato salvato nulla.',
  'err.profiles.otherAccount':
    'Questa chiave appartiene all’account Stripe {found}, non a {expected}. Controlla l’id dell’account (Impostazioni → Dettagli account) o la chiave. Non è stato salvato nulla.',
  'err.profiles.noBuiltIn': 'Questa cassa non ha un collegamento Stripe integrato.',
  'err.profiles.noSecretYet':
    'Questo profilo non ha ancora una chiave segreta: incollala e salva il profilo.',
  'err.profiles.keyRevoked':
    'Stripe non accetta più la chiave di questo profilo: è stata rigenerata o eliminata. Incolla la chiave attuale e salva. Fino ad allora il profilo non è attivo.',
  'err.profiles.builtInStays': 'Il profilo integrato non si può rimuovere qui.',
  'err.profiles.inUse':
    'Il metodo di pagamento “{method}” usa questo profilo: prima scegli lì un altro profilo.',
  'err.staff.prefsLocked': 'Le preferenze sono bloccate. Riaprile dalla cassa con il PIN del titolare.',
  'err.staff.ownerExists': 'Questo negozio ha già un titolare. Accedi invece con il tuo PIN.',
  'err.staff.ownerPinToChange': 'Digita il PIN di un titolare per modificare il personale.',
  'err.staff.notActive':
    'Questo membro del personale non è attivo su questa cassa. Scegli di nuovo il tuo nome.',
  'err.staff.noPinYet':
    '{name} non ha ancora un PIN: chiedi al titolare di impostarlo nelle preferenze (Personale).',
  'err.staff.lockedFor': 'Troppi PIN sbagliati per {name}. Riprova tra {seconds} s.',
  'err.staff.wrongPinLocked':
    'Il PIN non è giusto. Troppi PIN sbagliati per {name}: riprova tra {seconds} s.',
  'err.staff.wrongPin': 'Il PIN non è giusto. Riprova.',
  'err.staff.tooManyWrong': 'Troppi PIN sbagliati. Riprova tra {seconds} s.',
  'err.staff.noManagerPin':
    'Su questa cassa nessun responsabile o titolare ha un PIN. Chiedi al titolare di aggiungerne uno nelle preferenze (Personale).',
  'err.staff.noOwnerPin': 'Questo negozio non ha ancora un titolare con PIN. Prima configura il titolare.',
  'err.staff.notManagerPin': 'Questo non è il PIN di un responsabile o di un titolare.',
  'err.staff.notManagerPinLocked':
    'Questo non è il PIN di un responsabile o di un titolare (chi è bloccato dopo PIN sbagliati deve attendere).',
  'err.staff.notOwnerPin': 'Questo non è il PIN di un titolare.',
  'err.staff.notOwnerPinLocked':
    'Questo non è il PIN di un titolare (chi è bloccato dopo PIN sbagliati deve attendere).',
  'err.staff.gone': 'Questo membro del personale non esiste più. Ricarica l’elenco.',
  'err.staff.newNeedsPin': 'Un nuovo membro del personale ha bisogno di un PIN.',
  'err.staff.nameTaken':
    'Esiste già un membro del personale chiamato {name}. Usa un altro nome o modifica quello esistente.',
  'err.staff.nameTakenInactive':
    'Esiste già un membro del personale chiamato {name} (non attivo). Usa un altro nome o modifica quello esistente.',
  'err.staff.lastOwner':
    'Kassa ha bisogno di almeno un titolare attivo con PIN. Prima nomina titolare qualcun altro.',
  'err.approval.returnWithoutOrder':
    'Un reso di {amount} senza l’ordine originale richiede un responsabile o il titolare: lo approva con il suo PIN.',
  'err.approval.cashForCard':
    'Restituire in contanti {amount} di un pagamento con carta richiede un responsabile o il titolare: lo approva con il suo PIN.',
  'err.approval.payIn':
    'Un versamento di {amount} supera i {limit} che un cassiere può movimentare da solo: un responsabile o il titolare lo approva con il suo PIN.',
  'err.approval.payOut':
    'Un prelievo di {amount} supera i {limit} che un cassiere può movimentare da solo: un responsabile o il titolare lo approva con il suo PIN.',
  'err.approval.closeDifference':
    'Una differenza di {amount} supera i {limit} con cui un cassiere può chiudere: un responsabile o il titolare la approva con il suo PIN.',
  'err.approval.discount':
    'Il {percent} % di sconto su {item} supera il {limit} % che un cassiere può concedere: un responsabile o il titolare lo approva con il suo PIN.',
  'err.approval.everyRefund':
    'Un rimborso di {amount} richiede un’approvazione (in questo negozio ogni rimborso la richiede): un responsabile o il titolare lo approva con il suo PIN.',
  'err.approval.refundsAddUp':
    'Con questo, i rimborsi su questo ordine arrivano a {total}, più dei {limit} che un cassiere può concedere: un responsabile o il titolare lo approva con il suo PIN.',
  'err.approval.refundOverLimit':
    'Un rimborso di {amount} supera i {limit} che un cassiere può concedere: un responsabile o il titolare lo approva con il suo PIN.',
  'err.approval.noSale':
    'Aprire il cassetto senza una vendita richiede un responsabile o il titolare: lo approva con il suo PIN.',
  'err.secrets.keyInDataDir':
    'Il file della chiave segreta {file} si trova nella cartella dati {dataDir}: tienilo altrove (KASSA_SECRET_KEY_FILE), così una copia della cartella dati non porta con sé la propria chiave.',
  'err.secrets.keyDamaged':
    'Il file della chiave segreta {file} è danneggiato (deve contenere 32 byte in base64). Ripristinalo da un backup.',
  'err.secrets.keyMissing':
    'Il file della chiave segreta {file} manca, quindi le chiavi API salvate non si possono leggere. Ripristina il file o inserisci di nuovo le chiavi nelle preferenze.',
  'err.secrets.unreadable': 'Un segreto salvato non è in un formato che questo Kassa sa leggere.',
  'err.secrets.wrongBox':
    'Un segreto salvato ({name}) è stato conservato con {box}, che ora questa cassa non sa leggere. Inseriscilo di nuovo nelle preferenze.',
  'err.secrets.keyFileReplaced':
    'Un segreto salvato non si può decifrare con {file}: il file della chiave è stato sostituito. Inserisci di nuovo le chiavi nelle preferenze.',
  'err.secrets.keyringChanged':
    'Un segreto salvato non si può decifrare con la chiave conservata in {keyring}. Inserisci di nuovo le chiavi nelle preferenze.',
  'err.refund.notOnOrder': 'Questo pagamento con carta non è in questo ordine.',
  'err.refund.notConfirmed':
    'Si può rimborsare sulla carta solo un pagamento con carta confermato dal fornitore.',
  'err.refund.alreadyFull': 'Questo pagamento con carta è già stato rimborsato per intero.',
  'err.refund.atMost': 'Di questo pagamento con carta si possono ancora rimborsare al massimo {amount}.',
  'err.refund.releaseInFull':
    'Questo pagamento con carta non è mai stato incassato: si può solo sbloccare per intero.',
  'err.refund.unknown': 'Questo rimborso non è mai stato registrato.',
  'err.pay.providerNotSetUp': '{provider} non è configurato su questa cassa.',
  'err.pay.providerNotSetUpOther':
    '{provider} non è configurato su questa cassa. Incassa il pagamento in un altro modo.',
  'err.pay.unknownAttempt': 'Questo pagamento con carta non esiste su questa cassa.',
  'err.pay.terminalBusy':
    'Questo terminale è ancora occupato con un pagamento di questo ordine. Attendi o annullalo prima.',
  'err.pay.terminalRecovering':
    'Kassa sta ancora completando un pagamento precedente su questo terminale. Attendi un momento; si risolve da solo.',
  'err.pay.wentThroughRefund': 'Questo pagamento è andato a buon fine; rimborsalo invece.',
  'err.pay.cannotCancel': 'Questo pagamento non si può più annullare qui.',
  'err.pay.onlyDeclinedRetry': 'Si può riprovare solo un pagamento rifiutato.',
  'err.pay.forceDoneOnlyOffline':
    'Forza completamento è offerto solo quando il fornitore non è raggiungibile durante il pagamento.',
  'err.pay.notWaitingForCheck':
    'Così si può registrare solo un pagamento in attesa di verifica sul terminale.',
  'err.pay.testCardsSimulatedOnly': 'Le carte di test si possono presentare solo su un terminale simulato.',
  'err.pay.notWaitingForCard': 'Il terminale non è in attesa di una carta.',
  'err.pay.methodNoTerminal':
    'Questo metodo con carta non ha un terminale configurato. Scegli un altro metodo.',
  'err.pay.noSettlementRate':
    'Il profilo Stripe “{profile}” accredita in {currency} e questo negozio non ha un tasso di cambio per {currency}. Aggiungilo nelle preferenze (Valute e tassi di cambio).',
  'err.pay.noTerminalFor': '“{method}” non ha un terminale configurato. Scegli un altro metodo.',
  'err.pay.stripeNotSetUpFor':
    'Stripe non è configurato su questa cassa, quindi “{method}” non può incassare pagamenti.',
  'err.pay.mpNotSetUpFor':
    'Mercado Pago non è configurato su questa cassa, quindi “{method}” non può incassare pagamenti.',
  'err.pay.mpMethodCurrency':
    '“{method}” (Mercado Pago Point) accetta pagamenti solo in {accepted}, non in {currency}. Incassa questo pagamento in un altro modo.',
  'err.stripe.notSetUp': 'Stripe non è configurato su questa cassa. Prima aggiungi una chiave segreta.',
  'err.stripe.readerTaken':
    'Il lettore {serial} è già usato dal metodo “{method}”. Un lettore serve un solo metodo.',
  'err.stripe.noSuchReader':
    'Stripe non ha un lettore con numero di serie {serial}. Lo trovi sotto il lettore o nella dashboard di Stripe.',
  'err.mp.demoCurrency':
    'Il terminale demo di Mercado Pago funziona come uno in {country} e accetta solo {accepted}; questo negozio vende in {currency}, che Mercado Pago non accetta. Usa qui la carta demo di Stripe, oppure imposta la valuta del negozio su ARS, BRL, MXN o CLP per provare Mercado Pago.',
  'err.mp.accountCurrency':
    'Questo account Mercado Pago è in {country} e accetta pagamenti con carta solo in {accepted}, non in {currency}: incassa questo pagamento in un altro modo.',
  'err.mp.noPaymentToPresent': 'Il terminale non ha ancora un pagamento a cui presentare una carta.',
  'err.mp.currencyNotTaken':
    'Mercado Pago Point accetta pagamenti con carta solo in ARS, BRL, MXN e CLP, non in {currency}: incassa questo pagamento in un altro modo o usa un metodo di pagamento con un altro fornitore.',
  'err.mp.wholeCents': 'Un importo è un numero intero di centesimi, non negativo.',
  'err.mp.amountUnreadable':
    'Mercado Pago ha inviato un importo che Kassa non sa leggere (“{amount}” {currency}): controlla il pagamento nell’app di Mercado Pago.',
  'err.mp.amountBelow':
    'Mercado Pago accetta pagamenti con carta in {currency} da {min} a {max}. {amount} è sotto questo limite: incassalo in contanti o in un altro modo.',
  'err.mp.amountAbove':
    'Mercado Pago accetta pagamenti con carta in {currency} da {min} a {max}. {amount} è sopra questo limite: dividilo in più pagamenti con carta.',
  'err.mp.notSetUp':
    'Mercado Pago non è configurato su questa cassa. Prima aggiungi il token di accesso nelle impostazioni di Mercado Pago.',
  'err.mp.expirationRange':
    'Un pagamento Mercado Pago può attendere sul terminale da 30 secondi a 3 ore: scegli un tempo in questo intervallo.',
  'err.db.tooNew':
    'Questo database è stato scritto da una versione più recente di Kassa (schema {version}; questa app conosce fino a {latest}). Installa quella versione o una successiva. Kassa non ha modificato il file.',
  'err.alerts.unknown': 'Non esiste l’avviso numero {id}.',
  'err.ipc.notSignedIn':
    'Nessuno ha effettuato l’accesso a questa cassa: accedi con il tuo PIN, poi riprova. Non è stato modificato nulla.',
  'decline.issuer':
    'Rifiutato dall’emittente della carta. Chiedi un’altra carta o un altro metodo di pagamento.',
  'decline.callIssuer':
    'Rifiutato: la banca vuole che il cliente la contatti prima. Chiedi un’altra carta o un altro metodo di pagamento.',
  'decline.notAllowed':
    'Rifiutato: questa carta non si può usare per questo acquisto. Chiedi un’altra carta.',
  'decline.insufficientFunds':
    'Rifiutato: fondi insufficienti sulla carta. Chiedi un’altra carta o un altro metodo di pagamento.',
  'decline.limit':
    'Rifiutato: l’importo supera il limite della carta. Chiedi un’altra carta o dividi il pagamento.',
  'decline.expired': 'Rifiutato: la carta è scaduta. Chiedi un’altra carta.',
  'decline.cvc':
    'Rifiutato: il codice di sicurezza (CVC) è sbagliato. Invia di nuovo il pagamento e controlla il codice.',
  'decline.wrongPin': 'Rifiutato: PIN sbagliato. Il cliente può riprovare.',
  'decline.pinTries': 'Rifiutato: troppi tentativi con questa carta. Chiedi un’altra carta.',
  'decline.pinRequired':
    'La carta richiede il PIN: invia di nuovo il pagamento e fai inserire la carta e digitare il PIN al cliente.',
  'decline.processing': 'Non è stato possibile elaborare la carta. Invia di nuovo il pagamento.',
  'decline.bankRefused': 'Rifiutato dalla banca. Chiedi un altro metodo di pagamento.',
  'decline.highRisk': 'Rifiutato dal controllo antifrode. Chiedi un altro metodo di pagamento.',
  'decline.cardUnreadable':
    'Rifiutato: la carta non è stata letta correttamente. Invia di nuovo il pagamento.',
  'decline.cardDisabled': 'Rifiutato: la carta è bloccata. Chiedi un’altra carta.',
  'decline.notSupported': 'Rifiutato: questa carta non si può usare qui. Chiedi un’altra carta.',
  'decline.installments': 'Rifiutato: la carta non consente queste rate. Invialo di nuovo con una sola rata.',
  'decline.duplicate':
    'Rifiutato come duplicato di un pagamento appena fatto. Controlla gli ultimi pagamenti prima di inviarlo di nuovo.',
  'decline.amount':
    'Rifiutato: l’importo non è valido per questa carta. Controllalo e invia di nuovo il pagamento.',
  'decline.testCard': 'Rifiutato: è stata usata una carta di test su un terminale reale. Usa una carta vera.',
  'decline.unknown':
    'Il pagamento non è andato a buon fine (motivo: {code}). Chiedi un’altra carta o un altro metodo di pagamento.',
  'payFailure.customerCanceled': 'Il cliente ha annullato sul lettore.',
  'payFailure.terminalStandalone':
    'Il terminale è in modalità autonoma. Passalo alla modalità integrata (PDV) in Kassa, poi riavvia il terminale.',
  'payFailure.readerOffline':
    'Il lettore di carte è offline. Controlla che sia acceso e connesso al Wi-Fi, poi riprova.',
  'payFailure.readerBusy':
    'Il lettore di carte è occupato (un altro pagamento, un aggiornamento o una carta ancora inserita). Attendi un momento e riprova.',
  'payFailure.readerTimeout': 'Il lettore di carte non ha risposto in tempo.',
  'payFailure.intentInvalid':
    'Questo pagamento è in uno stato in cui il lettore non può accettarlo. Avvia un nuovo pagamento con carta.',
  'payFailure.amountTooSmall': 'Stripe non accetta un pagamento con carta così piccolo.',
  'payFailure.amountTooLarge': 'Stripe non accetta un pagamento con carta così grande.',
  'payFailure.resourceMissing':
    'Stripe non conosce questo lettore o pagamento. Controlla il lettore configurato per questo metodo.',
  'payFailure.canceled': 'Il pagamento è stato annullato.',
  'payFailure.canceledOnTerminal': 'Il pagamento è stato annullato sul terminale.',
  'payFailure.expired':
    'Nessuno ha pagato sul terminale in tempo, quindi Mercado Pago ha lasciato scadere il pagamento. Invialo di nuovo se il cliente vuole ancora pagare con carta.',
  'payFailure.actionRequired':
    'Controlla il terminale: Mercado Pago ha perso il contatto durante il pagamento. Guarda lo schermo del terminale o l’ultimo scontrino e registra se il pagamento è stato approvato (PIN del responsabile).',
  'payFailure.cancelTooLate':
    'La carta è già in lettura; il pagamento non si può più annullare. Attendi il risultato.',
  'payFailure.cancelOnTerminal':
    'Questo terminale non si può fermare da Kassa: annulla il pagamento sul terminale stesso. Kassa segue il pagamento finché non termina.',
  'payFailure.noRecord': 'Il fornitore non ha traccia di questo pagamento. Invialo di nuovo.',
  'payFailure.connection': 'Il fornitore di pagamento non è raggiungibile in questo momento.',
  'payFailure.authentication':
    'Il fornitore di pagamento ha rifiutato la chiave API. Controlla la chiave nelle preferenze.',
  'payFailure.checkedPaid':
    'Registrato come pagato in base a quanto mostrato dal terminale (PIN del responsabile). Segnalato per la riconciliazione.',
  'payFailure.checkedNotPaid':
    'Registrato come non pagato in base a quanto mostrato dal terminale (PIN del responsabile).',
  'update.waitingFor.card_payment': 'la fine del pagamento con carta in corso',
  'update.waitingFor.shift': 'la chiusura del turno',
};
