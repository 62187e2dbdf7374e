/** Български: проверките на полетата във формулярите и отказите на Mercado Pago (en-fields.ts). */
import type { FieldMessages } from '../en-fields.ts';

export const fieldMessages: FieldMessages = {
  'check.accountCodeLettersDigits': 'Кодът на сметката съдържа букви, цифри, точки или тирета, напр. 1360.',
  'check.amountMoreThanZero': 'Сумата трябва да е по-голяма от нула.',
  'check.amountTooLarge': 'Сумата е твърде голяма.',
  'check.amountsWholeNumbersCents': 'Сумите са цели числа в стотинки.',
  'check.barcode464Letters': 'Баркодът е от 4 до 64 букви или цифри.',
  'check.cardLast4Four': 'Последните 4 цифри на картата са четири цифри.',
  'check.cartEmpty': 'Количката е празна.',
  'check.cashRoundingStepLeast': 'Стъпката на закръгляне в брой е поне 1 (без закръгляне).',
  'check.cashRoundingStepMost': 'Стъпката на закръгляне в брой е най-много 10 000 стотинки.',
  'check.cashRoundingStepWhole': 'Стъпката на закръгляне в брой е цяло число стотинки.',
  'check.chooseCountry': 'Изберете държава.',
  'check.chooseCountryFromList': 'Изберете държавата от списъка.',
  'check.chooseCurrency': 'Изберете валута.',
  'check.chooseJournalCashBank': 'Изберете дневник: в брой или банка.',
  'check.chooseLanguageRegion': 'Изберете език и регион.',
  'check.chooseLeastOneItem': 'Изберете поне един артикул за връщане.',
  'check.chooseFulfilment':
    'Изберете как поръчката стига до клиента: вземане от магазина, доставка или по телефона.',
  'check.chooseLeastOneWay': 'Изберете поне един начин за плащане по линк.',
  'check.choosePaymentTerminalNone': 'Изберете платежния терминал: няма, Stripe или Mercado Pago.',
  'check.chooseRoleCashierManager': 'Изберете роля: касиер, управител или собственик.',
  'check.chooseWhatGroupSales':
    'Изберете как да се групират продажбите: по ден, час, категория, продукт, служител или начин на плащане.',
  'check.colorWritten3b82f6': 'Цветът се пише така: #3b82f6.',
  'check.countLeastCash': 'Пребройте поне парите в брой.',
  'check.countNegative': 'Броят не може да е отрицателен.',
  'check.countedAmountNegative': 'Преброената сума не може да е отрицателна.',
  'check.discountEitherPercentageAmount': 'Отстъпката е или процент, или сума.',
  'check.discountLimitLeast0': 'Лимитът за отстъпка е поне 0 % (всяка отстъпка иска управител).',
  'check.discountLimitMost100': 'Лимитът за отстъпка е най-много 100 % (никоя отстъпка не иска управител).',
  'check.discountMoreThan100': 'Отстъпката не може да е повече от 100 %.',
  'check.discountNegative': 'Отстъпката не може да е отрицателна.',
  'check.eMailAddressMost': 'Имейл адресът е най-много 254 знака.',
  'check.enterMinutesWholeNumber': 'Въведете минутите като цяло число.',
  'check.fileMaxDays':
    'Един файл обхваща най-много {days} дни: изберете по-късен първи ден или по-ранен последен ден.',
  'check.giveDateYyyyMm': 'Въведете датата като ГГГГ-ММ-ДД (YYYY-MM-DD).',
  'check.giveDiscountWholeNumber': 'Въведете отстъпката като цяло число стотни от процента.',
  'check.giveMethodsTheirNew': 'Подредете начините на плащане в новия им ред.',
  'check.givePrinterName': 'Дайте име на принтера.',
  'check.giveReasonReturn': 'Посочете причина за връщането.',
  'check.giveReasonReturnLeast': 'Посочете причина за връщането (поне 3 знака).',
  'check.id164Letters': 'Идентификаторът е от 1 до 64 букви, цифри, - или _.',
  'check.idRequired': 'Нужен е идентификатор.',
  'check.idUuid': 'Идентификаторът трябва да е UUID.',
  'check.kassaDoesNotKnow': 'Kassa не познава този код на валута: проверете го по ISO 4217.',
  'check.kassaReadsStoreFiles': 'Тази версия на Kassa чете файлове на магазина версия 1.',
  'check.labelMaxChars': '{label}: най-много {max} знака.',
  'check.labelRequired': '{label}: задължително поле.',
  'check.labelText': '{label}: трябва да е текст.',
  'check.lastDayAfterFirst': 'Последният ден трябва да е същият или след първия ден.',
  'check.least1ItemComes': 'На ред от връщане се връща поне 1 артикул.',
  'check.limitNegative0Means':
    'Лимитът не може да е отрицателен: 0 означава, че всяко служебно въвеждане и извеждане иска управител.',
  'check.limitNegative0Means2':
    'Лимитът не може да е отрицателен: 0 означава, че всяка разлика иска управител.',
  'check.limitTooLarge': 'Лимитът е твърде голям.',
  'check.limitWholeNumberCents': 'Лимитът е цяло число стотинки.',
  'check.mercadoPagoAccessToken':
    'Токенът за достъп на Mercado Pago започва с APP_USR- (производствен) или TEST- (тестови данни).',
  'check.mercadoPagoPointWorks':
    'Mercado Pago Point работи в Аржентина, Бразилия, Мексико и Чили: изберете една от тях.',
  'check.methodAppearsTwiceOrder': 'Един начин на плащане се среща два пъти в подредбата.',
  'check.moreNotesCoinsThan':
    'Това са повече банкноти или монети, отколкото събира едно чекмедже: проверете броя.',
  'check.most9999Items': 'На един ред се връщат най-много 9999 артикула.',
  'check.noSuchCategory': 'Няма категория с идентификатор „{id}“: използвайте някой от categories[].id.',
  'check.noSuchStripeProfile':
    'Няма профил на Stripe с идентификатор „{id}“: използвайте някой от stripeProfiles[].id.',
  'check.noSuchTaxRate': 'Няма данъчна ставка с идентификатор „{id}“: използвайте някой от taxRates[].id.',
  'check.notEMailAddress':
    'Това не е имейл адрес: проверете го и го въведете отново, напр. name@example.com.',
  'check.onlyOnePrinterPrint':
    'Само един принтер може да печата касовите бележки: задайте "receipts": true на един от тях.',
  'check.onlyStripeMethodHas': 'Само начин на плащане през Stripe има профил на Stripe.',
  'check.onlyTerminalMethodHas':
    'Само начин на плащане с терминал има сериен номер: премахнете го или изберете терминала.',
  'check.orderHaveMost500': 'Една поръчка има най-много 500 реда.',
  'check.passwordMost512Characters': 'Паролата е най-много 512 знака.',
  'check.pasteAccessToken':
    'Поставете токена за достъп или оставете полето както е, за да запазите съхранения.',
  'check.pasteSecretKeyLeave':
    'Поставете тайния ключ или оставете полето както е, за да запазите съхранения.',
  'check.pasteWebhookSecret':
    'Поставете тайния ключ на уебхука или оставете полето както е, за да запазите съхранения.',
  'check.paymentLinkStaysOpen': 'Линкът за плащане остава отворен поне 30 минути.',
  'check.paymentLinkStaysOpen2': 'Линкът за плащане остава отворен най-много 24 часа (1440 минути).',
  'check.paymentTerminalMethodPosts':
    'Начин на плащане с платежен терминал се осчетоводява в банков дневник: задайте journal на "bank".',
  'check.phoneNumberDigitsSpaces': 'Телефонният номер съдържа само цифри, интервали и + ( ) - / .',
  'check.pin48Digits': 'ПИН кодът е от 4 до 8 цифри.',
  'check.portBetween165535': 'Портът е между 1 и 65535, обикновено 465 или 587.',
  'check.portNumberUsually465': 'Портът е число, обикновено 465 или 587.',
  'check.portWholeNumberUsually': 'Портът е цяло число, обикновено 465 или 587.',
  'check.priceNegative': 'Цената не може да е отрицателна.',
  'check.publishableKeyStartsPk': 'Публичният ключ започва с pk_test_ или pk_live_.',
  'check.quantityLeast1': 'Количеството трябва да е поне 1.',
  'check.quantityMost9999': 'Количеството може да е най-много 9999.',
  'check.quantityNumber': 'Количеството трябва да е число.',
  'check.quantityWholeNumber': 'Количеството трябва да е цяло число.',
  'check.rateMoreThanZero': 'Курсът трябва да е по-голям от нула.',
  'check.reasonDifference': 'Посочете причина за разликата.',
  'check.reasonDifferenceShort': 'Посочете причина за разликата (поне 3 знака).',
  'check.reasonMost200Characters': 'Причината е най-много 200 знака.',
  'check.reasonPayInOut': 'Посочете причина за служебното въвеждане или извеждане.',
  'check.reasonPayInOutShort': 'Посочете причина за служебното въвеждане или извеждане (поне 3 знака).',
  'check.refundLimitNegative0':
    'Лимитът за възстановяване не може да е отрицателен: 0 означава, че всяко възстановяване иска управител.',
  'check.refundLimitTooLarge': 'Лимитът за възстановяване е твърде голям.',
  'check.refundLimitWholeNumber':
    'Лимитът за възстановяване е цяло число в най-малката единица на валутата (стотинки).',
  'check.reportMaxDays':
    'Една справка обхваща най-много {days} дни: изберете по-късен първи ден или по-ранен последен ден.',
  'check.sayWhetherMemberActive': 'Посочете дали служителят е активен.',
  'check.sayWhetherMercadoPago': 'Посочете дали терминалите на Mercado Pago са включени.',
  'check.sayWhetherMethodActive': 'Посочете дали начинът на плащане е активен.',
  'check.sayWhetherMethodNeeds': 'Посочете дали начинът на плащане изисква клиент.',
  'check.sayWhetherMethodVoucher': 'Посочете дали начинът на плащане е ваучер.',
  'check.sayWhetherPricesInclude': 'Посочете дали цените са с включен данък.',
  'check.sayWhetherProductionProfile': 'Посочете дали това е производствен профил.',
  'check.sayWhetherStripeTerminals': 'Посочете дали терминалите на Stripe са включени.',
  'check.sayWhyDrawerOpened': 'Посочете защо се отваря чекмеджето.',
  'check.sayWhyDrawerOpened2': 'Посочете защо се отваря чекмеджето (поне 3 знака).',
  'check.serialNumberMost100': 'Серийният номер е най-много 100 знака.',
  'check.serialNumberText': 'Серийният номер трябва да е текст.',
  'check.serverAddressHasOnly':
    'Адресът на сървъра съдържа само букви, цифри, точки и тирета, напр. smtp.example.com.',
  'check.serverAddressMost253': 'Адресът на сървъра е най-много 253 знака.',
  'check.startDateBeforeEnd': 'Началната дата трябва да е преди крайната.',
  'check.storeCurrencyNeedsNo': 'Валутата на магазина няма нужда от обменен курс.',
  'check.storeNeedsLeastOne': 'Магазинът трябва да има поне една данъчна ставка.',
  'check.storeNeedsLeastOne2': 'Магазинът трябва да има поне един начин на плащане.',
  'check.stripeAccountIdStarts': 'Идентификаторът на акаунт в Stripe започва с acct_.',
  'check.stripeSecretKeyStarts':
    'Тайният ключ на Stripe започва с sk_test_, sk_live_, rk_test_ или rk_live_.',
  'check.taxRateMost100': 'Данъчната ставка е най-много 100 % (10000).',
  'check.taxRateNegative': 'Данъчната ставка не може да е отрицателна.',
  'check.taxRateWholeNumber': 'Данъчната ставка е цяло число стотни от процента (1900 = 19 %).',
  'check.thereNoSuchDay': 'Такъв ден няма: проверете датата.',
  'check.twoCategoriesHaveSame': 'Две категории имат един и същ идентификатор.',
  'check.twoPaymentMethodsHave': 'Два начина на плащане имат един и същ идентификатор.',
  'check.twoPaymentMethodsUse': 'Два начина на плащане използват един и същ сериен номер на терминал.',
  'check.twoPrintersHaveSame': 'Два принтера имат един и същ идентификатор.',
  'check.twoStaffMembersHave': 'Двама служители имат едно и също име.',
  'check.twoStripeProfilesHave': 'Два профила на Stripe имат един и същ идентификатор.',
  'check.twoTaxRatesHave': 'Две данъчни ставки имат един и същ идентификатор.',
  'check.typeCountedAmount': 'Въведете преброената сума.',
  'check.typeCustomerSE': 'Въведете имейл адреса на клиента.',
  'check.typeDiscountLimitWhole': 'Въведете лимита за отстъпка като цял процент от 0 до 100.',
  'check.typeHowManyCome': 'Въведете колко се връщат, като цяло число.',
  'check.typeHowManyNotes': 'Въведете колко банкноти или монети, като цяло число.',
  'check.typeLeastOneCharacter': 'Въведете поне един знак.',
  'check.typeLimitAmountE': 'Въведете лимита като сума, напр. 50.00.',
  'check.typeLimitAmountE2': 'Въведете лимита като сума, напр. 5.00.',
  'check.typeMailServerS': 'Въведете адреса на пощенския сървър, напр. smtp.example.com.',
  'check.typeManagerPin4': 'Въведете ПИН кода на управител: от 4 до 8 цифри.',
  'check.typePin48': 'Въведете ПИН кода: от 4 до 8 цифри.',
  'check.typePrinterSAddress': 'Въведете адреса на принтера (хост или хост:порт).',
  'check.typeRateDecimalNumber': 'Въведете курса като десетично число, напр. 1.0834.',
  'check.typeRateDecimalNumber2':
    'Въведете курса като десетично число с точка, напр. 1.0834 (най-много 10 знака след точката).',
  'check.typeRefundLimitAmount': 'Въведете лимита за възстановяване като сума, напр. 20.00.',
  'check.useThreeLetterIso': 'Използвайте трибуквен код по ISO 4217, напр. EUR.',
  'check.userNameMost254': 'Потребителското име е най-много 254 знака.',
  'check.writeEMailAddress': 'Напишете имейл адреса така: name@example.com.',
  'check.writeLocaleEnDe': 'Напишете локала така: en-DE или pt-BR.',
  'check.writeRate10834': 'Напишете курса така: 1.0834.',
  'check.receiverNeedsSecret':
    'Приемникът на известия от Mercado Pago има нужда от тайния ключ на уебхука (KASSA_MP_WEBHOOK_SECRET), за да проверява подписите.',
  'err.display.cannotRestart':
    'Kassa не може да се рестартира сама тук: затворете я и я отворете отново, за да минат полетата за дата на този език.',
  'err.display.restartWaits': 'На терминала има плащане с карта: завършете го и тогава рестартирайте Kassa.',
  'header.datesAfterRestart': 'Полетата за дата минават на този език след рестарт.',
  'header.restartNow': 'Рестартирай сега',
  'prefs.mp.note.PDV': 'Интегриран режим (PDV): приема плащания с карта от Kassa.',
  'prefs.mp.note.STANDALONE':
    'Самостоятелен режим: не приема плащания от Kassa. Превключете го в интегриран режим и рестартирайте терминала.',
  'prefs.mp.note.UNDEFINED':
    'Mercado Pago не съобщава в какъв режим е този терминал. Превключете го в интегриран режим и рестартирайте терминала.',
  'terminal.modeAlready':
    'Терминал {serial} вече е в интегриран режим (PDV). Ако все още отказва плащания, рестартирайте го.',
  'terminal.modeSwitched':
    'Терминал {serial} вече е в интегриран режим (PDV). Рестартирайте терминала (задръжте бутона за захранване, после „Рестартиране“) преди следващото плащане с карта.',
  'label.accessToken': 'Токен за достъп',
  'label.accountCode': 'Код на сметка',
  'label.accountId': 'Идентификатор на акаунт',
  'label.categoryName': 'Име на категория',
  'label.city': 'Град',
  'label.customerName': 'Име на клиента',
  'label.note': 'Бележка',
  'label.email': 'Имейл адрес',
  'label.label': 'Етикет',
  'label.location': 'Местоположение',
  'label.methodName': 'Име на начина на плащане',
  'label.name': 'Име',
  'label.phone': 'Телефонен номер',
  'label.postalCode': 'Пощенски код',
  'label.productName': 'Име на продукт',
  'label.profileName': 'Име на профил',
  'label.publishableKey': 'Публичен ключ',
  'label.registrationCode': 'Код за регистрация',
  'label.secretKey': 'Таен ключ',
  'label.serialNumber': 'Сериен номер',
  'label.storeName': 'Име на магазина',
  'label.street': 'Улица и номер',
  'label.taxRateName': 'Име на данъчна ставка',
  'label.tillName': 'Име на касата',
  'label.webhookSecret': 'Таен ключ на уебхука',
  'label.yourName': 'Вашето име',
  'err.mp.credentials':
    'Mercado Pago отказа токена за достъп: поставете производствения токен за достъп от „Your integrations“ в настройките на Mercado Pago.',
  'err.mp.notTerminalOwner':
    'Този терминал не принадлежи на акаунта в Mercado Pago на токена за достъп: проверете серийния номер на терминала и токена в настройките на Mercado Pago.',
  'err.mp.terminalQueued':
    'Терминалът още чака по-ранно плащане: завършете го или го откажете на терминала и опитайте отново.',
  'err.mp.standalone':
    'Терминалът е в самостоятелен режим и не приема плащания от Kassa: превключете го в интегриран режим (PDV) в настройките на Mercado Pago и рестартирайте терминала.',
  'err.mp.modeNotAllowed':
    'Mercado Pago не позволява на Kassa да сменя режима на този терминал: сменете го на самия терминал.',
  'err.mp.noStorePos':
    'Терминалът не е свързан с магазин и каса: първо ги настройте в приложението на Mercado Pago.',
  'err.mp.idempotencyUsed':
    'Mercado Pago вече получи друга заявка със същия ключ: започнете нов опит за плащане.',
  'err.mp.cannotCancel':
    'Плащането вече е на терминала: откажете го на терминала (бутонът долу вдясно, после „Да“).',
  'err.mp.alreadyCanceled': 'Това плащане вече е отказано.',
  'err.mp.orderNotFound':
    'Mercado Pago не познава това плащане: то никога не е създадено или е по-старо от 3 месеца.',
  'err.mp.transactionNotFound':
    'Това плащане с карта не е част от тази поръчка в Mercado Pago: възстановете го от първоначалната продажба.',
  'err.mp.refundExceeds':
    'Това е повече от оставащото за възстановяване по това плащане: намалете сумата за възстановяване.',
  'err.mp.refundInProgress':
    'Възстановяване по това плащане все още се обработва: изчакайте няколко минути и проверете отново.',
  'err.mp.settling':
    'Mercado Pago все още урежда това плащане: изчакайте няколко минути и опитайте възстановяването отново.',
  'err.mp.refundNotYet':
    'Mercado Pago все още не позволява възстановяване на това плащане: опитайте по-късно.',
  'err.mp.alreadyRefunded': 'Това плащане вече е възстановено изцяло.',
  'err.mp.cannotRefund': 'Може да се възстанови само завършено плащане с карта.',
  'err.mp.refundPeriod':
    'Mercado Pago възстановява плащания с карта само до 90 дни, а това е по-старо: върнете парите на клиента по друг начин (в брой или с банков превод).',
  'err.mp.tipFullRefund':
    'Плащане, което включва бакшиш, може да се възстанови само изцяло: възстановете цялото плащане.',
  'err.mp.noPartialRefund':
    'Mercado Pago не позволява частично възстановяване на това плащане: възстановете го изцяло или по друг начин.',
  'err.mp.refundFunds':
    'В акаунта в Mercado Pago няма достатъчно пари за това възстановяване: добавете средства или върнете парите в брой.',
  'err.mp.serverProblem': 'Mercado Pago имаше проблем, докато Kassa се опитваше да {doing}. {whenUnsure}',
  'err.mp.tooManyRequests':
    'Mercado Pago получава твърде много заявки: изчакайте няколко секунди и опитайте отново.',
  'err.mp.refused':
    'Mercado Pago отказа да {doing}. Опитайте отново; ако продължава, свържете се с поддръжката на Kassa с това съобщение.',
  'err.mp.refusedSaying':
    'Mercado Pago отказа да {doing} ({said}). Опитайте отново; ако продължава, свържете се с поддръжката на Kassa с това съобщение.',
  'err.mp.unreachable':
    'Kassa не успя да се свърже с Mercado Pago, за да {doing}: проверете интернет връзката и опитайте отново.',
  'err.mp.connectionBroke':
    'Връзката с Mercado Pago прекъсна, докато Kassa се опитваше да {doing}. {whenUnsure}',
  'err.mp.timeout':
    'Mercado Pago не отговори в рамките на {seconds, number} s, когато Kassa се опита да {doing}. {whenUnsure}',
  'err.mp.unexpected':
    'Mercado Pago отговори по начин, който Kassa не разбира, когато се опита да {doing}: проверете плащането на терминала или в приложението на Mercado Pago.',
  'mp.doing.listTerminals': 'прочете списъка с терминали',
  'mp.doing.setMode': 'смени режима на терминала',
  'mp.doing.createOrder': 'изпрати плащането към терминала',
  'mp.doing.getOrder': 'провери плащането',
  'mp.doing.cancelOrder': 'откаже плащането',
  'mp.doing.refundOrder': 'възстанови плащането',
  'mp.doing.forceStatus': 'зададе състоянието на тестовата поръчка',
  'mp.unsure.tryAgain': 'Опитайте отново след малко.',
  'mp.unsure.setMode': 'Режимът може да е сменен: прочетете списъка с терминали, преди да опитате отново.',
  'mp.unsure.createOrder':
    'Плащането може да е стигнало до терминала: проверете го, преди да го изпратите отново.',
  'mp.unsure.cancelOrder': 'Плащането може да е отказано: проверете го, преди да опитате отново.',
  'mp.unsure.refundOrder': 'Възстановяването може да е минало: проверете плащането, преди да опитате отново.',
  'mp.unsure.forceStatus': 'Състоянието може да е зададено: проверете поръчката, преди да опитате отново.',
};
