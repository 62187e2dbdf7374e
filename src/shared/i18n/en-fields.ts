/**
 * The IPC contract's field checks in English (issue 10.3): each zod schema's message is one of these keys,
 * packed with its values by `words()` (field-words.ts) and said by each window in its own language. `{label}`
 * is the field's name, itself a `label.*` key (the `labelKey` value), so a sentence and the name it carries
 * are in the same language.
 */
export const enFields = {
  'check.accountCodeLettersDigits': 'An account code is letters, digits, dots or dashes, e.g. 1360.',
  'check.amountMoreThanZero': 'The amount must be more than zero.',
  'check.amountTooLarge': 'That amount is too large.',
  'check.amountsWholeNumbersCents': 'Amounts are whole numbers of cents.',
  'check.barcode464Letters': 'A barcode is 4 to 64 letters or digits.',
  'check.cardLast4Four': 'Card last 4 is four digits.',
  'check.cartEmpty': 'The cart is empty.',
  'check.cashRoundingStepLeast': 'The cash rounding step is at least 1 (no rounding).',
  'check.cashRoundingStepMost': 'The cash rounding step is at most 10,000 cents.',
  'check.cashRoundingStepWhole': 'The cash rounding step is a whole number of cents.',
  'check.chooseCountry': 'Choose a country.',
  'check.chooseCountryFromList': 'Choose the country from the list.',
  'check.chooseCurrency': 'Choose a currency.',
  'check.chooseJournalCashBank': 'Choose the journal: cash or bank.',
  'check.chooseLanguageRegion': 'Choose a language and region.',
  'check.chooseLeastOneItem': 'Choose at least one item to return.',
  'check.chooseFulfilment': 'Choose how the order reaches the customer: pickup, delivery or by phone.',
  'check.chooseLeastOneWay': 'Choose at least one way to pay by link.',
  'check.choosePaymentTerminalNone': 'Choose the payment terminal: none, Stripe or Mercado Pago.',
  'check.chooseRoleCashierManager': 'Choose a role: cashier, manager or owner.',
  'check.chooseWhatGroupSales':
    'Choose what to group the sales by: day, hour, category, product, staff member or payment method.',
  'check.colorWritten3b82f6': 'A color is written like #3b82f6.',
  'check.countLeastCash': 'Count at least the cash.',
  'check.countNegative': 'A count cannot be negative.',
  'check.countedAmountNegative': 'A counted amount cannot be negative.',
  'check.discountEitherPercentageAmount': 'A discount is either a percentage or an amount.',
  'check.discountLimitLeast0': 'The discount limit is at least 0 % (every discount needs a manager).',
  'check.discountLimitMost100': 'The discount limit is at most 100 % (no discount needs a manager).',
  'check.discountMoreThan100': 'A discount cannot be more than 100 %.',
  'check.discountNegative': 'A discount cannot be negative.',
  'check.eMailAddressMost': 'An e-mail address is at most 254 characters.',
  'check.enterMinutesWholeNumber': 'Enter the minutes as a whole number.',
  'check.fileMaxDays':
    'One file covers at most {days} days: choose a later first day or an earlier last day.',
  'check.giveDateYyyyMm': 'Give the date as YYYY-MM-DD.',
  'check.giveDiscountWholeNumber': 'Give the discount as a whole number of hundredths of a percent.',
  'check.giveMethodsTheirNew': 'Give the methods in their new order.',
  'check.givePrinterName': 'Give the printer a name.',
  'check.giveReasonReturn': 'Give a reason for the return.',
  'check.giveReasonReturnLeast': 'Give a reason for the return (at least 3 characters).',
  'check.id164Letters': 'An id is 1 to 64 letters, digits, - or _.',
  'check.idRequired': 'An id is required.',
  'check.idUuid': 'An id must be a UUID.',
  'check.kassaDoesNotKnow': 'Kassa does not know this currency code: check it against ISO 4217.',
  'check.kassaReadsStoreFiles': 'This Kassa reads store files of version 1.',
  'check.labelMaxChars': '{label} is at most {max} characters.',
  'check.labelRequired': '{label} is required.',
  'check.labelText': '{label} must be text.',
  'check.lastDayAfterFirst': 'The last day must be on or after the first day.',
  'check.least1ItemComes': 'At least 1 item comes back on a line of a return.',
  'check.limitNegative0Means':
    'The limit cannot be negative: 0 means every pay-in and pay-out needs a manager.',
  'check.limitNegative0Means2': 'The limit cannot be negative: 0 means every difference needs a manager.',
  'check.limitTooLarge': 'That limit is too large.',
  'check.limitWholeNumberCents': 'The limit is a whole number of cents.',
  'check.mercadoPagoAccessToken':
    'A Mercado Pago access token starts with APP_USR- (production) or TEST- (test credentials).',
  'check.mercadoPagoPointWorks':
    'Mercado Pago Point works in Argentina, Brazil, Mexico and Chile: choose one.',
  'check.methodAppearsTwiceOrder': 'A method appears twice in the order.',
  'check.moreNotesCoinsThan': 'That is more notes or coins than a drawer holds: check the count.',
  'check.most9999Items': 'At most 9,999 items come back on one line.',
  'check.noSuchCategory': 'No category has the id "{id}": use one of categories[].id.',
  'check.noSuchStripeProfile': 'No Stripe profile has the id "{id}": use one of stripeProfiles[].id.',
  'check.noSuchTaxRate': 'No tax rate has the id "{id}": use one of taxRates[].id.',
  'check.notEMailAddress':
    'That is not an e-mail address: check it and type it again, like name@example.com.',
  'check.onlyOnePrinterPrint':
    'Only one printer can print the receipts: set "receipts": true on one of them.',
  'check.onlyStripeMethodHas': 'Only a Stripe method has a Stripe profile.',
  'check.onlyTerminalMethodHas':
    'Only a terminal method has a serial number: remove it or choose the terminal.',
  'check.orderHaveMost500': 'An order can have at most 500 lines.',
  'check.passwordMost512Characters': 'A password is at most 512 characters.',
  'check.pasteAccessToken': 'Paste the access token, or leave the field untouched to keep the stored one.',
  'check.pasteSecretKeyLeave': 'Paste the secret key, or leave the field untouched to keep the stored one.',
  'check.pasteWebhookSecret':
    'Paste the webhook secret key, or leave the field untouched to keep the stored one.',
  'check.paymentLinkStaysOpen': 'A payment link stays open at least 30 minutes.',
  'check.paymentLinkStaysOpen2': 'A payment link stays open at most 24 hours (1,440 minutes).',
  'check.paymentTerminalMethodPosts':
    'A payment terminal method posts to a bank journal: set journal to "bank".',
  'check.phoneNumberDigitsSpaces': 'A phone number is digits, spaces and + ( ) - / . only.',
  'check.pin48Digits': 'A PIN is 4 to 8 digits.',
  'check.portBetween165535': 'The port is between 1 and 65535, usually 465 or 587.',
  'check.portNumberUsually465': 'The port is a number, usually 465 or 587.',
  'check.portWholeNumberUsually': 'The port is a whole number, usually 465 or 587.',
  'check.priceNegative': 'A price cannot be negative.',
  'check.publishableKeyStartsPk': 'A publishable key starts with pk_test_ or pk_live_.',
  'check.quantityLeast1': 'Quantity must be at least 1.',
  'check.quantityMost9999': 'Quantity can be at most 9,999.',
  'check.quantityNumber': 'Quantity must be a number.',
  'check.quantityWholeNumber': 'Quantity must be a whole number.',
  'check.rateMoreThanZero': 'A rate must be more than zero.',
  'check.reasonDifference': 'Give a reason for the difference.',
  'check.reasonDifferenceShort': 'Give a reason for the difference (at least 3 characters).',
  'check.reasonMost200Characters': 'A reason is at most 200 characters.',
  'check.reasonPayInOut': 'Give a reason for the pay-in or pay-out.',
  'check.reasonPayInOutShort': 'Give a reason for the pay-in or pay-out (at least 3 characters).',
  'check.refundLimitNegative0': 'The refund limit cannot be negative: 0 means every refund needs a manager.',
  'check.refundLimitTooLarge': 'That refund limit is too large.',
  'check.refundLimitWholeNumber':
    'The refund limit is a whole number of the currency’s smallest unit (cents).',
  'check.reportMaxDays':
    'One report covers at most {days} days: choose a later first day or an earlier last day.',
  'check.sayWhetherMemberActive': 'Say whether this member is active.',
  'check.sayWhetherMercadoPago': 'Say whether Mercado Pago terminals are on.',
  'check.sayWhetherMethodActive': 'Say whether this method is active.',
  'check.sayWhetherMethodNeeds': 'Say whether this method needs a customer.',
  'check.sayWhetherMethodVoucher': 'Say whether this method is a voucher.',
  'check.sayWhetherPricesInclude': 'Say whether prices include tax.',
  'check.sayWhetherProductionProfile': 'Say whether this is a production profile.',
  'check.sayWhetherStripeTerminals': 'Say whether Stripe terminals are on.',
  'check.sayWhyDrawerOpened': 'Say why the drawer is opened.',
  'check.sayWhyDrawerOpened2': 'Say why the drawer is opened (at least 3 characters).',
  'check.serialNumberMost100': 'A serial number is at most 100 characters.',
  'check.serialNumberText': 'The serial number must be text.',
  'check.serverAddressHasOnly':
    'A server address has only letters, digits, dots and dashes, like smtp.example.com.',
  'check.serverAddressMost253': 'A server address is at most 253 characters.',
  'check.startDateBeforeEnd': 'The start date must be before the end date.',
  'check.storeCurrencyNeedsNo': 'The store currency needs no exchange rate.',
  'check.storeNeedsLeastOne': 'A store needs at least one tax rate.',
  'check.storeNeedsLeastOne2': 'A store needs at least one payment method.',
  'check.stripeAccountIdStarts': 'A Stripe account id starts with acct_.',
  'check.stripeSecretKeyStarts': 'A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.',
  'check.taxRateMost100': 'A tax rate is at most 100 % (10000).',
  'check.taxRateNegative': 'A tax rate cannot be negative.',
  'check.taxRateWholeNumber': 'A tax rate is a whole number of hundredths of a percent (1900 = 19 %).',
  'check.thereNoSuchDay': 'There is no such day: check the date.',
  'check.twoCategoriesHaveSame': 'Two categories have the same id.',
  'check.twoPaymentMethodsHave': 'Two payment methods have the same id.',
  'check.twoPaymentMethodsUse': 'Two payment methods use the same terminal serial number.',
  'check.twoPrintersHaveSame': 'Two printers have the same id.',
  'check.twoStaffMembersHave': 'Two staff members have the same name.',
  'check.twoStripeProfilesHave': 'Two Stripe profiles have the same id.',
  'check.twoTaxRatesHave': 'Two tax rates have the same id.',
  'check.typeCountedAmount': 'Type the counted amount.',
  'check.typeCustomerSE': 'Type the customer’s e-mail address.',
  'check.typeDiscountLimitWhole': 'Type the discount limit as a whole percentage, 0 to 100.',
  'check.typeHowManyCome': 'Type how many come back, as a whole number.',
  'check.typeHowManyNotes': 'Type how many notes or coins, as a whole number.',
  'check.typeLeastOneCharacter': 'Type at least one character.',
  'check.typeLimitAmountE': 'Type the limit as an amount, e.g. 50.00.',
  'check.typeLimitAmountE2': 'Type the limit as an amount, e.g. 5.00.',
  'check.typeMailServerS': 'Type the mail server’s address, like smtp.example.com.',
  'check.typeManagerPin4': 'Type the manager PIN: 4 to 8 digits.',
  'check.typePin48': 'Type the PIN: 4 to 8 digits.',
  'check.typePrinterSAddress': 'Type the printer’s address (host or host:port).',
  'check.typeRateDecimalNumber': 'Type the rate as a decimal number, e.g. 1.0834.',
  'check.typeRateDecimalNumber2':
    'Type the rate as a decimal number with a dot, e.g. 1.0834 (at most 10 decimals).',
  'check.typeRefundLimitAmount': 'Type the refund limit as an amount, e.g. 20.00.',
  'check.useThreeLetterIso': 'Use a three-letter ISO 4217 code such as EUR.',
  'check.userNameMost254': 'A user name is at most 254 characters.',
  'check.writeEMailAddress': 'Write the e-mail address like name@example.com.',
  'check.writeLocaleEnDe': 'Write the locale like en-DE or pt-BR.',
  'check.writeRate10834': 'Write a rate like 1.0834.',
  'check.receiverNeedsSecret':
    'The Mercado Pago notification receiver needs the webhook secret (KASSA_MP_WEBHOOK_SECRET) to check signatures.',
  'err.display.cannotRestart':
    'Kassa cannot restart itself here: close it and open it again for the date fields to follow the language.',
  'err.display.restartWaits': 'A card payment is on the terminal: finish it, then restart Kassa.',
  'header.datesAfterRestart': 'Date fields switch to this language after a restart.',
  'header.restartNow': 'Restart now',
  'prefs.mp.note.PDV': 'Integrated (PDV) mode: takes card payments from Kassa.',
  'prefs.mp.note.STANDALONE':
    'Standalone mode: it takes no payments from Kassa. Switch it to integrated mode, then restart the terminal.',
  'prefs.mp.note.UNDEFINED':
    'Mercado Pago does not report which mode this terminal is in. Switch it to integrated mode, then restart the terminal.',
  'terminal.modeAlready':
    'Terminal {serial} is already in integrated (PDV) mode. If it still refuses payments, restart it.',
  'terminal.modeSwitched':
    'Terminal {serial} is now in integrated (PDV) mode. Restart the terminal (hold the power button, then Restart) before the next card payment.',
  'label.accessToken': 'The access token',
  'label.accountCode': 'An account code',
  'label.accountId': 'The account id',
  'label.categoryName': 'A category name',
  'label.city': 'The city',
  'label.customerName': 'The customer’s name',
  'label.note': 'The note',
  'label.email': 'The e-mail address',
  'label.label': 'A label',
  'label.location': 'A location',
  'label.methodName': 'A method name',
  'label.name': 'A name',
  'label.phone': 'The phone number',
  'label.postalCode': 'The postal code',
  'label.productName': 'A product name',
  'label.profileName': 'A profile name',
  'label.publishableKey': 'The publishable key',
  'label.registrationCode': 'The registration code',
  'label.secretKey': 'The secret key',
  'label.serialNumber': 'The serial number',
  'label.storeName': 'The store name',
  'label.street': 'The street and number',
  'label.taxRateName': 'A tax rate name',
  'label.tillName': 'The till name',
  'label.webhookSecret': 'The webhook secret key',
  'label.yourName': 'Your name',
} as const;

/**
 * Mercado Pago's API refusals in Kassa's words (the failure table maps each error code to its key), and the
 * sentences for a call that failed on the way (`{doing}` and `{whenUnsure}` are phrases for the operation).
 */
export const enRefusals = {
  'err.mp.credentials':
    'Mercado Pago refused the access token: paste the production access token from "Your integrations" into the Mercado Pago settings.',
  'err.mp.notTerminalOwner':
    'This terminal does not belong to the Mercado Pago account of the access token: check the terminal serial number and the access token in the Mercado Pago settings.',
  'err.mp.terminalQueued':
    'The terminal still has an earlier payment waiting: finish or cancel it on the terminal, then try again.',
  'err.mp.standalone':
    'The terminal is in standalone mode and cannot take payments from Kassa: switch it to integrated (PDV) mode in the Mercado Pago settings, then restart the terminal.',
  'err.mp.modeNotAllowed':
    'Mercado Pago does not let Kassa change this terminal’s mode: change it on the terminal itself.',
  'err.mp.noStorePos':
    'The terminal is not linked to a store and a point of sale: set them up in the Mercado Pago app first.',
  'err.mp.idempotencyUsed':
    'Mercado Pago already received a different request under the same key: start a new payment attempt.',
  'err.mp.cannotCancel':
    'The payment has already reached the terminal: cancel it on the terminal (bottom right button, then Yes).',
  'err.mp.alreadyCanceled': 'This payment was already canceled.',
  'err.mp.orderNotFound':
    'Mercado Pago does not know this payment: it was never created, or it is more than 3 months old.',
  'err.mp.transactionNotFound':
    'That card payment is not part of this Mercado Pago order: refund it from the original sale.',
  'err.mp.refundExceeds':
    'That is more than what is left to refund on this payment: lower the refund amount.',
  'err.mp.refundInProgress':
    'A refund for this payment is still being processed: wait a few minutes, then check it again.',
  'err.mp.settling':
    'Mercado Pago is still settling this payment: wait a few minutes, then try the refund again.',
  'err.mp.refundNotYet': 'Mercado Pago does not allow refunding this payment yet: try again later.',
  'err.mp.alreadyRefunded': 'This payment has already been refunded in full.',
  'err.mp.cannotRefund': 'Only a completed card payment can be refunded.',
  'err.mp.refundPeriod':
    'Mercado Pago refunds card payments for 90 days only and this one is older: refund the customer in another way (cash or bank transfer).',
  'err.mp.tipFullRefund':
    'A payment that includes a tip can only be refunded in full: refund the whole payment.',
  'err.mp.noPartialRefund':
    'Mercado Pago does not allow a partial refund of this payment: refund it in full or in another way.',
  'err.mp.refundFunds':
    'The Mercado Pago account does not hold enough money for this refund: add funds, or refund in cash.',
  'err.mp.serverProblem': 'Mercado Pago had a problem while Kassa tried to {doing}. {whenUnsure}',
  'err.mp.tooManyRequests':
    'Mercado Pago is receiving too many requests: wait a few seconds, then try again.',
  'err.mp.refused':
    'Mercado Pago refused to {doing}. Try again; if it keeps happening, contact Kassa support with this message.',
  'err.mp.refusedSaying':
    'Mercado Pago refused to {doing} ({said}). Try again; if it keeps happening, contact Kassa support with this message.',
  'err.mp.unreachable':
    'Kassa could not reach Mercado Pago to {doing}: check the internet connection, then try again.',
  'err.mp.connectionBroke': 'The connection to Mercado Pago broke while Kassa tried to {doing}. {whenUnsure}',
  'err.mp.timeout':
    'Mercado Pago did not answer within {seconds, number} s when Kassa tried to {doing}. {whenUnsure}',
  'err.mp.unexpected':
    'Mercado Pago answered in a way Kassa does not understand when it tried to {doing}: check the payment on the terminal or in the Mercado Pago app.',
  'mp.doing.listTerminals': 'read the terminal list',
  'mp.doing.setMode': 'change the terminal’s mode',
  'mp.doing.createOrder': 'send the payment to the terminal',
  'mp.doing.getOrder': 'check the payment',
  'mp.doing.cancelOrder': 'cancel the payment',
  'mp.doing.refundOrder': 'refund the payment',
  'mp.doing.forceStatus': 'set the test order status',
  'mp.unsure.tryAgain': 'Try again in a moment.',
  'mp.unsure.setMode': 'The mode may have changed: read the terminal list before trying again.',
  'mp.unsure.createOrder': 'The payment may have reached the terminal: check it before sending it again.',
  'mp.unsure.cancelOrder': 'The payment may have been canceled: check it before trying again.',
  'mp.unsure.refundOrder': 'The refund may have gone through: check the payment before trying again.',
  'mp.unsure.forceStatus': 'The status may have been set: check the order before trying again.',
} as const;

/** Another language's words for the field checks and refusals: a missing key does not compile. */
export type FieldMessages = Record<keyof typeof enFields | keyof typeof enRefusals, string>;
