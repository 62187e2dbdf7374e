/**
 * The core's errors in English (issue 10.3): every refusal the core, the shared rules and the providers build
 * is one of these keys with its placeholders, made by `translatedError` and said by each window in its own
 * language through `errorText`. Amounts and dates arrive formatted for the store; names arrive as typed.
 */
export const enErrors = {
  'err.internal':
    'Something went wrong inside Kassa; nothing was changed. Try again, and call IT if it persists.',
  'err.money.roundingStep':
    'The cash rounding step must be a whole number of cents, at least 1 (no rounding).',
  'err.money.notARate': '"{rate}" is not an exchange rate: write it like 1.0842.',
  'err.money.tooLargeToConvert': 'That amount is too large to convert.',
  'err.money.notWholeCents':
    '{amount} is not a whole number of cents (minor units) that Kassa can record: enter the amount again.',
  'err.money.cannotFormatLocale':
    'Kassa cannot format amounts for the locale "{locale}": use a language tag such as de-DE.',
  'err.money.unknownCurrency':
    'Kassa does not know the currency "{code}". Use a three-letter ISO 4217 code such as EUR.',
  'err.money.cannotReadLocale':
    'Kassa cannot read amounts for the locale "{locale}": use a language tag such as de-DE.',
  'err.cart.tenderedTooLittle':
    'The customer handed over less than this cash payment: enter the cash received, or lower the payment and take the rest another way.',
  'err.cart.discountTooLarge': 'The discount is more than Kassa can record: split the order.',
  'err.cart.taxTooLarge': 'The tax is more than Kassa can record: split the order.',
  'err.cart.totalTooLarge': 'The total is more than Kassa can record: split the order.',
  'err.cart.lineTooLarge': '"{name}" × {quantity} is more than Kassa can record: lower the quantity.',
  'err.cart.taxRateRange':
    'A tax rate must be between 0 % and 100 % in hundredths of a percent (2100 is 21 %); got {rate}.',
  'err.cart.quantityRange': 'The quantity of "{name}" must be a whole number from 1 to {max, number}.',
  'err.cart.priceWholeCents': 'The price of "{name}" must be a whole number of cents, zero or more.',
  'err.cart.lineDiscountTooLarge': 'The discount on "{name}" is more than the line is worth.',
  'err.cart.discountPercentRange':
    'A discount is between 0 % and 100 %, in hundredths of a percent (1000 is 10 %).',
  'err.cart.discountWholeCents': 'A discount amount is a whole number of cents, zero or more.',
  'err.cart.orderDiscountTooLarge': 'The order discount is more than the order is worth.',
  'err.amount.moreThanZero': 'Enter an amount greater than zero.',
  'err.stripe.amountTooLarge':
    'Stripe accepts at most {max} in one card payment. Split it over several payments.',
  'err.stripe.amountSteps':
    'Stripe charges {currency} in steps of 0.010: round {amount} to {lower} or {upper}.',
  'err.stripe.amountTooSmall':
    'Stripe does not accept card payments under {min}. Take this amount in cash, or add it to a larger payment.',
  'err.store.notSetUp': 'This till has no store set up yet.',
  'err.store.noTill': 'This database has no till. Start Kassa with a fresh data folder.',
  'err.catalog.unknownBarcode':
    'No product has the barcode {barcode}. Check the label, or find the product by name.',
  'err.order.paidInFull': 'This order is already paid in full.',
  'err.order.onlyDueInCash':
    'Only {due} is due in cash. Enter the note the customer hands over as the amount tendered; Kassa works out the change.',
  'err.order.cashRounded': 'Cash amounts are rounded to {step} in this store.',
  'err.order.tenderedLessThanPaid':
    'The customer handed over {tendered}, less than the {amount} being paid in cash. Ask for more or pay the rest another way.',
  'err.order.noTenderForMethod': '"{method}" takes no tendered amount; only cash gives change.',
  'err.order.moreThanDue': '{amount} is more than the {due} still due.',
  'err.order.moreThanDueHeld':
    '{amount} is more than the {due} still due (a card payment in progress holds the rest).',
  'err.order.methodNeedsCustomer': '"{method}" needs a customer on the order: search or create one first.',
  'err.order.methodUnavailable': 'That payment method is not available. Pick another one.',
  'err.order.methodOnTerminal': '"{method}" is paid on the card terminal: use Send on the payment screen.',
  'err.order.notSignedIn': 'Nobody is signed in at this till: sign in with your PIN to sell.',
  'err.order.customerUnknown': 'That customer is not on this till. Search for them again, or create them.',
  'err.order.productGone':
    'Line {line} is a product that is no longer sold. Remove it and scan the item again.',
  'err.order.noMorePayments':
    'This order is {status, select, paid {paid} voided {voided} other {open}}; it takes no more payments.',
  'err.order.voidOnlyUnpaid':
    'Only an unpaid order can be voided; this one is {status, select, paid {paid} voided {voided} other {open}}.',
  'err.order.cardInProgress': 'A card payment on this order is still in progress. Finish or cancel it first.',
  'err.order.cardWentThrough':
    '{amount} was paid by card on this order and went through: take the rest of the payment, or keep the sale open and refund the card from History first.',
  'err.order.methodSwitchedOff':
    '"{method}" is switched off: the owner can turn its terminals on in preferences (Payment terminals).',
  'err.order.customerLocked':
    'This order is {status, select, paid {paid} voided {voided} other {open}}; its customer cannot change now.',
  'err.order.customerStays': '"{method}" on this order needs the customer: the customer stays.',
  'err.order.unknown': 'That order does not exist on this till.',
  'err.order.alreadySaved': 'This order was already saved. Add further payments to it instead.',
  'err.history.pageGone': 'That page of the history no longer exists; search again.',
  'err.return.noCashMethod': 'This till has no cash method to pay the refund from.',
  'err.return.onlyLeft': "Only {amount} of this order's payments is left to give back.",
  'err.return.lineNotOnOrder': 'Line {line} of the return is not on this order.',
  'err.return.listedTwice': '"{name}" is listed twice: list it once with the quantity.',
  'err.return.allReturned': 'All {sold} × "{name}" have already been returned.',
  'err.return.onlySomeLeft': 'Only {left} of the {sold} × "{name}" sold can still come back.',
  'err.return.productNotSold': 'Line {line}: choose a product that is sold here.',
  'err.return.onlyPaidOrders':
    'Only a paid order takes returns; this one is {status, select, paid {paid} voided {voided} other {open}}.',
  'err.shift.noneOpenTo':
    'No shift is open on this till. Open a shift to {action, select, payIn {pay cash in} payOut {pay cash out} payment {take a payment} cardPayment {take a card payment} refund {give a refund} return {give a return} void {void a sale} other {take a sale}}.',
  'err.shift.countedCloseTo':
    'The drawer of this shift has been counted: close the shift (and open the next one) to {action, select, payIn {pay cash in} payOut {pay cash out} payment {take a payment} cardPayment {take a card payment} refund {give a refund} return {give a return} void {void a sale} other {take a sale}}.',
  'err.shift.notADenomination': '{value} is not a note or coin of {currency}: count it under another value.',
  'err.shift.countMismatch': 'The notes and coins come to {sum}, not {total}: check the count.',
  'err.shift.cardStillOpen':
    'A card payment of {amount} on "{method}" is still open on this till{more, plural, =0 {} one { (and # more)} other { (and # more)}}. Finish it on the payment screen or with Check again (recovery) first; then close the shift.',
  'err.shift.alreadyOpen': 'A shift is already open on this till since {time}. Close it first.',
  'err.shift.payOutTooLarge':
    'The drawer should hold only {inDrawer}: a pay-out of {amount} is more than that.',
  'err.shift.alreadyCounted': 'This shift has already been counted.',
  'err.shift.notWaitingToClose': 'This shift is not waiting to be closed.',
  'err.shift.noZReport': 'There is no Z report number {number} on this till.',
  'err.shift.nothingToReport': 'No shift is open on this till: there is nothing to report yet.',
  'err.shift.nothingToCount': 'No shift is open on this till: there is nothing to count.',
  'err.shift.countedClose': 'The drawer has already been counted for this shift: close the shift.',
  'err.shift.methodNotCounted': 'That payment method is not counted on this till.',
  'err.shift.countToo': 'Count "{method}" too (type 0 if it holds nothing).',
  'err.shift.noneOpen': 'No shift is open on this till.',
  'err.shift.countFirst': 'Count the drawer first: the shift closes after the blind count.',
  'err.shift.overGiveReason': '"{method}" is {amount} over: give a reason for the difference.',
  'err.shift.shortGiveReason': '"{method}" is {amount} short: give a reason for the difference.',
  'err.store.ordersStillOpen':
    '{count, plural, one {# order is still open in {currency}. Finish or void it before changing the currency.} other {# orders are still open in {currency}. Finish or void them before changing the currency.}}',
  'err.store.confirmCurrency':
    'This store has {orders, plural, one {# recorded order} other {# recorded orders}} in {currency}. Read what changing to {next} means, then confirm it.',
  'err.store.confirmCurrencyRunning':
    'This store has {orders, plural, one {# recorded order} other {# recorded orders}} in {currency} and {running, plural, one {# card payment or refund} other {# card payments or refunds}} still running. Read what changing to {next} means, then confirm it.',
  'err.mp.paymentInProgress':
    'A Mercado Pago payment is still in progress at the counter: finish or cancel it, then save again.',
  'err.mp.refundBeingSent':
    'A Mercado Pago refund is still being sent: wait until it is done (Kassa tries again every minute), then save again.',
  'err.stripeKey.publishableInSecret':
    'This is a publishable key (pk_…). Paste the secret key (sk_…) or a restricted key (rk_…) here; the publishable key has its own field.',
  'err.stripeKey.secretFormat':
    'A Stripe secret key starts with sk_live_ or sk_test_ (restricted keys: rk_live_ or rk_test_). Copy it again from Developers → API keys in the Stripe dashboard.',
  'err.stripeKey.secretNotLive':
    'A production profile takes only live keys (sk_live_ or rk_live_): this is a test key. Switch off "production" to use test keys.',
  'err.stripeKey.secretInPublishable':
    'This is a secret key: it goes in the secret key field, never in the publishable key field. Paste the key that starts with pk_ here.',
  'err.stripeKey.publishableFormat':
    'A publishable key starts with pk_live_ or pk_test_. Copy it again from Developers → API keys, or leave the field empty.',
  'err.stripeKey.publishableNotLive':
    'A production profile takes only live keys: use the publishable key that starts with pk_live_.',
  'err.stripeKey.mixedLiveTest':
    'Test and live keys cannot be mixed: the secret key is a live key, the publishable key a test key.',
  'err.stripeKey.mixedTestLive':
    'Test and live keys cannot be mixed: the secret key is a test key, the publishable key a live key.',
  'err.stripeKey.notAccepted':
    'Stripe did not accept this key: it is wrong, was rolled, or was deleted. Copy the current key from Developers → API keys. Nothing was saved.',
  'err.stripeKey.restrictedNoBalance':
    'This restricted key may not read the balance. Give it "Balance: read" (and Terminal access) in the Stripe dashboard, or use the secret key. Nothing was saved.',
  'err.stripeKey.unreachable':
    'Stripe could not be reached to check the key, so nothing was saved. Check the internet connection and save again.',
  'err.methods.serialOnlyTerminal':
    'Only a payment terminal method has a serial number: clear it, or choose the terminal.',
  'err.methods.profileOnlyStripe': 'Only a Stripe method has a Stripe profile.',
  'err.methods.terminalBankJournal': 'A payment terminal method posts to a bank journal: choose "bank".',
  'err.methods.readerSerial':
    "Type the reader's serial number: it is under the reader and in the Stripe dashboard (Readers).",
  'err.methods.terminalSerial': "Type the terminal's serial number from the label on its back.",
  'err.methods.terminalTaken':
    'The method "{method}" already uses the terminal {terminal}. A terminal serves one method.',
  'err.methods.chooseProfile': 'Choose the Stripe profile that takes these payments.',
  'err.methods.noStripeYet':
    'This till has no Stripe connection yet: add a Stripe profile first (Stripe profiles).',
  'err.methods.profileGone': 'That Stripe profile no longer exists: choose another one.',
  'err.methods.profileInactive':
    'The profile "{profile}" is not active (its key has not been verified): verify it first.',
  'err.methods.voucherNeedsBank':
    'A voucher method has no terminal and posts to a bank journal: choose “bank” and no terminal, or untick Voucher.',
  'err.methods.cardStillOpen':
    'A card payment with "{method}" is still open. Finish it at the till before changing the terminal or deactivating the method.',
  'err.methods.gone': 'That payment method no longer exists. Reload the list.',
  'err.methods.nameTaken': 'There is already a payment method called "{name}". Use another name.',
  'err.methods.nameTakenInactive':
    'There is already a payment method called "{name}" (inactive). Use another name.',
  'err.methods.unknown': 'There is no payment method "{name}". Reload the list.',
  'err.methods.orderIncomplete':
    'Give every payment method once, active and inactive, in the new order. Reload the list and try again.',
  'err.rates.storeCurrency': '{currency} is the store currency: it needs no exchange rate.',
  'err.rates.none': 'There is no exchange rate for {currency}.',
  'err.provisioning.noProfile': 'No Stripe profile has the id "{id}".',
  'err.provisioning.notJson': 'The store file {file} is not valid JSON ({detail}). Fix it or remove it.',
  'err.provisioning.notValid':
    'The store file {file} is not valid: {detail} Fix it (see store-config.schema.json) or remove it.',
  'err.profiles.gone': 'That Stripe profile no longer exists. Reload the list.',
  'err.profiles.builtInReadOnly':
    'The built-in profile comes from the demo or from IT (KASSA_STRIPE_SECRET_KEY) and cannot be edited here. Add a new profile instead.',
  'err.profiles.nameTaken': 'There is already a profile called {name}. Choose another name.',
  'err.profiles.pasteSecret':
    'Paste the secret key (or a restricted key): in the Stripe dashboard under Developers → API keys.',
  'err.profiles.testKey':
    'Stripe says this is a test-mode key: a production profile needs a live key. Nothing was saved.',
  'err.profiles.otherAccount':
    'This key belongs to Stripe account {found}, not {expected}. Check the account id (Settings → Account details) or the key. Nothing was saved.',
  'err.profiles.noBuiltIn': 'This till has no built-in Stripe connection.',
  'err.profiles.noSecretYet': 'This profile has no secret key yet: paste it and save the profile.',
  'err.profiles.keyRevoked':
    "Stripe no longer accepts this profile's key: it was rolled or deleted. Paste the current key and save. The profile is inactive until then.",
  'err.profiles.builtInStays': 'The built-in profile cannot be removed here.',
  'err.profiles.inUse':
    'The payment method "{method}" uses this profile: choose another profile there first.',
  'err.staff.prefsLocked': 'The preferences are locked. Open them again from the till with an owner PIN.',
  'err.staff.ownerExists': 'This store already has an owner. Sign in with your PIN instead.',
  'err.staff.ownerPinToChange': "Type an owner's PIN to change staff members.",
  'err.staff.notActive': 'That staff member is not active on this till. Pick your name again.',
  'err.staff.noPinYet': '{name} has no PIN yet: ask the owner to set one in preferences (Staff).',
  'err.staff.lockedFor': 'Too many wrong PINs for {name}. Try again in {seconds} s.',
  'err.staff.wrongPinLocked':
    'That PIN is not right. Too many wrong PINs for {name}: try again in {seconds} s.',
  'err.staff.wrongPin': 'That PIN is not right. Try again.',
  'err.staff.tooManyWrong': 'Too many wrong PINs. Try again in {seconds} s.',
  'err.staff.noManagerPin':
    'Nobody on this till is a manager or owner with a PIN. Ask the owner to add one in preferences (Staff).',
  'err.staff.noOwnerPin': 'This store has no owner with a PIN yet. Set up the owner first.',
  'err.staff.notManagerPin': 'That is not the PIN of a manager or owner.',
  'err.staff.notManagerPinLocked':
    'That is not the PIN of a manager or owner (a member locked out after wrong PINs must wait).',
  'err.staff.notOwnerPin': 'That is not the PIN of an owner.',
  'err.staff.notOwnerPinLocked':
    'That is not the PIN of an owner (a member locked out after wrong PINs must wait).',
  'err.staff.gone': 'That staff member no longer exists. Reload the list.',
  'err.staff.newNeedsPin': 'A new staff member needs a PIN.',
  'err.staff.nameTaken': 'There is already a staff member called {name}. Use another name, or edit that one.',
  'err.staff.nameTakenInactive':
    'There is already a staff member called {name} (inactive). Use another name, or edit that one.',
  'err.staff.lastOwner':
    'Kassa needs at least one active owner with a PIN. Make someone else an owner first.',
  'err.approval.returnWithoutOrder':
    'A return of {amount} without the original order: a manager or owner approves it with their PIN.',
  'err.approval.cashForCard':
    'Giving {amount} of a card payment back in cash: a manager or owner approves it with their PIN.',
  'err.approval.payIn':
    'A pay-in of {amount} is more than the {limit} a cashier may move alone: a manager or owner approves it with their PIN.',
  'err.approval.payOut':
    'A pay-out of {amount} is more than the {limit} a cashier may move alone: a manager or owner approves it with their PIN.',
  'err.approval.closeDifference':
    'A difference of {amount} is more than the {limit} a cashier may close with: a manager or owner approves it with their PIN.',
  'err.approval.discount':
    '{percent} % off {item} is more than the {limit} % a cashier may give: a manager or owner approves it with their PIN.',
  'err.approval.everyRefund':
    'A refund of {amount} needs approval (every refund does in this shop): a manager or owner approves it with their PIN.',
  'err.approval.refundsAddUp':
    'With this one, refunds on this order come to {total}, more than the {limit} a cashier may give: a manager or owner approves it with their PIN.',
  'err.approval.refundOverLimit':
    'A refund of {amount} is more than the {limit} a cashier may give: a manager or owner approves it with their PIN.',
  'err.approval.noSale': 'Opening the drawer without a sale: a manager or owner approves it with their PIN.',
  'err.secrets.keyInDataDir':
    'The secret key file {file} is inside the data folder {dataDir}: keep it elsewhere (KASSA_SECRET_KEY_FILE), so a copy of the data folder does not carry its own key.',
  'err.secrets.keyDamaged':
    'The secret key file {file} is damaged (it must hold 32 bytes in base64). Restore it from a backup.',
  'err.secrets.keyMissing':
    'The secret key file {file} is missing, so the stored API keys cannot be read. Restore the file, or enter the keys again in preferences.',
  'err.secrets.unreadable': 'A stored secret is not in a format this Kassa can read.',
  'err.secrets.wrongBox':
    'A stored secret ({name}) was stored with {box}, which this till cannot read now. Enter it again in preferences.',
  'err.secrets.keyFileReplaced':
    'A stored secret cannot be decrypted with {file}: the key file was replaced. Enter the keys again in preferences.',
  'err.secrets.keyringChanged':
    'A stored secret cannot be decrypted with the key kept in {keyring}. Enter the keys again in preferences.',
  'err.refund.notOnOrder': 'That card payment is not on this order.',
  'err.refund.notConfirmed': 'Only a card payment that the provider confirmed can be refunded to the card.',
  'err.refund.alreadyFull': 'This card payment has already been refunded in full.',
  'err.refund.atMost': 'At most {amount} of this card payment can still be refunded.',
  'err.refund.releaseInFull': 'This card payment was never captured: it can only be released in full.',
  'err.refund.unknown': 'That refund was never recorded.',
  'err.pay.providerNotSetUp': '{provider} is not set up on this till.',
  'err.pay.providerNotSetUpOther': '{provider} is not set up on this till. Take the payment another way.',
  'err.pay.unknownAttempt': 'That card payment does not exist on this till.',
  'err.pay.terminalBusy':
    'This terminal is still busy with a payment on this order. Wait for it, or cancel it first.',
  'err.pay.terminalRecovering':
    'Kassa is still finishing an earlier payment on this terminal. Wait a moment; it resolves by itself.',
  'err.pay.wentThroughRefund': 'This payment went through; refund it instead.',
  'err.pay.cannotCancel': 'This payment can no longer be canceled here.',
  'err.pay.onlyDeclinedRetry': 'Only a declined payment can be tried again.',
  'err.pay.forceDoneOnlyOffline':
    'Force done is only offered when the provider cannot be reached mid-payment.',
  'err.pay.notWaitingForCheck':
    'Only a payment waiting for a check on the terminal can be recorded this way.',
  'err.pay.testCardsSimulatedOnly': 'Test cards can only be presented on a simulated terminal.',
  'err.pay.notWaitingForCard': 'The terminal is not waiting for a card.',
  'err.pay.methodNoTerminal': 'That card method is not set up with a terminal. Pick another method.',
  'err.pay.noSettlementRate':
    'The Stripe profile "{profile}" settles in {currency}, and this store has no exchange rate for {currency}. Add one in preferences (Currencies and exchange rates).',
  'err.pay.noTerminalFor': '"{method}" has no terminal set up. Pick another method.',
  'err.pay.stripeNotSetUpFor': 'Stripe is not set up on this till, so "{method}" cannot take payments.',
  'err.pay.mpNotSetUpFor': 'Mercado Pago is not set up on this till, so "{method}" cannot take payments.',
  'err.pay.mpMethodCurrency':
    '"{method}" (Mercado Pago Point) takes payments in {accepted} only, not in {currency}. Take this payment another way.',
  'err.stripe.notSetUp': 'Stripe is not set up on this till. Add a secret key first.',
  'err.stripe.readerTaken':
    'Reader {serial} is already used by the method "{method}". A reader serves one method.',
  'err.stripe.noSuchReader':
    'Stripe has no reader with serial number {serial}. Find it under the reader or in the Stripe dashboard.',
  'err.mp.demoCurrency':
    "The Mercado Pago demo terminal works like one in {country} and takes {accepted} only; this shop sells in {currency}, which Mercado Pago does not take. Use the Stripe demo card here, or set the shop's currency to ARS, BRL, MXN or CLP to try Mercado Pago.",
  'err.mp.accountCurrency':
    'This Mercado Pago account is in {country} and takes card payments in {accepted} only, not in {currency}: take this payment another way.',
  'err.mp.noPaymentToPresent': 'The terminal has no payment to present a card to yet.',
  'err.mp.currencyNotTaken':
    'Mercado Pago Point takes card payments in ARS, BRL, MXN and CLP only, not in {currency}: take this payment in another way or use a payment method with another provider.',
  'err.mp.wholeCents': 'An amount is a whole, non-negative number of cents.',
  'err.mp.amountUnreadable':
    'Mercado Pago sent an amount Kassa cannot read ("{amount}" {currency}): check the payment in the Mercado Pago app.',
  'err.mp.amountBelow':
    'Mercado Pago accepts card payments in {currency} from {min} to {max}. {amount} is below that: take it in cash or another way.',
  'err.mp.amountAbove':
    'Mercado Pago accepts card payments in {currency} from {min} to {max}. {amount} is above that: split it over several card payments.',
  'err.mp.notSetUp':
    'Mercado Pago is not set up on this till. Add the access token in the Mercado Pago settings first.',
  'err.mp.expirationRange':
    'A Mercado Pago payment can wait at the terminal from 30 seconds to 3 hours: choose a time in that range.',
  'err.db.tooNew':
    'This database was written by a newer version of Kassa (schema {version}; this app knows up to {latest}). Install that version or newer. Kassa did not change the file.',
  'err.alerts.unknown': 'There is no alert number {id}.',
  'err.ipc.notSignedIn':
    'Nobody is signed in at this till: sign in with your PIN, then try again. Nothing was changed.',
} as const;

/** Why a card payment did not go through, by the provider's code (shared/payments/failure-words.ts). */
export const enDeclines = {
  'decline.issuer': 'Declined by the card issuer. Ask for another card or another way to pay.',
  'decline.callIssuer':
    'Declined: the bank wants the customer to call them first. Ask for another card or another way to pay.',
  'decline.notAllowed': 'Declined: this card may not be used for this purchase. Ask for another card.',
  'decline.insufficientFunds':
    'Declined: not enough money on the card. Ask for another card or another way to pay.',
  'decline.limit':
    "Declined: the amount is over the card's limit. Ask for another card, or split the payment.",
  'decline.expired': 'Declined: the card has expired. Ask for another card.',
  'decline.cvc': 'Declined: the security code (CVC) is wrong. Send the payment again and check the code.',
  'decline.wrongPin': 'Declined: wrong PIN. The customer can try again.',
  'decline.pinTries': 'Declined: too many tries with this card. Ask for another card.',
  'decline.pinRequired':
    'The card needs its PIN: send the payment again and have the customer insert the card and type the PIN.',
  'decline.processing': 'The card could not be processed. Send the payment again.',
  'decline.bankRefused': 'Declined by the bank. Ask for another way to pay.',
  'decline.highRisk': 'Declined by the fraud check. Ask for another way to pay.',
  'decline.cardUnreadable': 'Declined: the card was not read correctly. Send the payment again.',
  'decline.cardDisabled': 'Declined: the card is blocked. Ask for another card.',
  'decline.notSupported': 'Declined: this card cannot be used here. Ask for another card.',
  'decline.installments':
    'Declined: the card does not allow those installments. Send it again with one installment.',
  'decline.duplicate':
    'Declined as a duplicate of a payment just made. Check the last payments before sending it again.',
  'decline.amount': 'Declined: the amount is not valid for this card. Check it and send the payment again.',
  'decline.testCard': 'Declined: a test card was used on a live terminal. Use a real card.',
  'decline.unknown':
    'The payment did not go through (reason: {code}). Ask for another card or another way to pay.',
  'payFailure.customerCanceled': 'The customer canceled on the reader.',
  'payFailure.terminalStandalone':
    'The terminal is in standalone mode. Switch it to integrated (PDV) mode in Kassa, then restart the terminal.',
  'payFailure.readerOffline':
    'The card reader is offline. Check that it is switched on and connected to Wi-Fi, then try again.',
  'payFailure.readerBusy':
    'The card reader is busy with something else (another payment, an update, or a card still inserted). Wait a moment and try again.',
  'payFailure.readerTimeout': 'The card reader did not answer in time.',
  'payFailure.intentInvalid':
    'This payment is in a state where the reader cannot take it. Start a new card payment.',
  'payFailure.amountTooSmall': 'Stripe does not accept a card payment this small.',
  'payFailure.amountTooLarge': 'Stripe does not accept a card payment this large.',
  'payFailure.resourceMissing':
    'Stripe does not know this reader or payment. Check the reader set up for this method.',
  'payFailure.canceled': 'The payment was canceled.',
  'payFailure.canceledOnTerminal': 'The payment was canceled on the terminal.',
  'payFailure.expired':
    'Nobody paid on the terminal in time, so Mercado Pago let the payment expire. Send it again if the customer still wants to pay by card.',
  'payFailure.actionRequired':
    'Check the terminal: Mercado Pago lost contact with it during the payment. Look at the terminal screen or its last ticket and record whether the payment was approved (manager PIN).',
  'payFailure.cancelTooLate':
    'The card is already being read; the payment can no longer be canceled. Wait for the result.',
  'payFailure.cancelOnTerminal':
    'This terminal cannot be stopped from Kassa: cancel the payment on the terminal itself. Kassa keeps following the payment until it ends.',
  'payFailure.noRecord': 'The provider has no record of this payment. Send it again.',
  'payFailure.connection': 'The payment provider cannot be reached right now.',
  'payFailure.authentication': 'The payment provider refused the API key. Check the key in preferences.',
  'payFailure.checkedPaid':
    'Recorded as paid from what the terminal showed (manager PIN). Flagged for reconciliation.',
  'payFailure.checkedNotPaid': 'Recorded as not paid from what the terminal showed (manager PIN).',
} as const;

/** What a downloaded update waits for, after "waits until" (header.updateWaiting), by the core's code. */
export const enUpdateBlockers = {
  'update.waitingFor.card_payment': 'the card payment in progress is finished',
  'update.waitingFor.shift': 'the shift is closed',
} as const;

/** Another language's words for the errors: a missing key does not compile. */
export type ErrorMessages = Record<
  keyof typeof enErrors | keyof typeof enDeclines | keyof typeof enUpdateBlockers,
  string
>;
