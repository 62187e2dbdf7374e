import type { enCore } from '../en-core.ts';

/** Думите на ядрото извън прозорец: сигнали, заглавия на CSV файловете, тестова страница, неуспешно стартиране. */
export const coreMessages: Record<keyof typeof enCore, string> = {
  'alert.integrityUnchecked':
    'При това стартиране базата данни не можа да бъде проверена за повреди. Продажбите продължават нормално; ако това се повтаря, уведомете ИТ поддръжката и им дайте лог файла.',
  'alert.integrityFailed':
    'Базата данни не премина проверката за цялост. Продавайте само в брой и помолете ИТ поддръжката да възстанови последното резервно копие.',
  'alert.mpReceiver':
    'Kassa не може да получава известия от Mercado Pago на {host}:{port} ({error}). Плащанията с карта продължават да се обновяват с проверка на всеки няколко секунди; изберете друг адрес или порт в настройките на Mercado Pago.',
  'alert.unmatchedPayment':
    '{provider} има плащане {ref} за {amount} ({phase, select, succeeded {платено} authorized {оторизирано, още неприбрано} canceled {отменено} declined {отказано} failed {неуспешно} other {{phase}}}), което не отговаря на никоя поръчка на тази каса. Проверете го в таблото (Dashboard) на {provider}.',
  'alert.unmatchedEvent':
    'Stripe има плащане {ref} за {amount} ({event}), което не отговаря на никоя поръчка на тази каса. Проверете го в таблото (Dashboard) на Stripe.',
  'alert.disputed':
    'Клиент оспори пред банката си плащане за {amount} ({reason}). Отговорете в таблото (Dashboard) на Stripe преди {due}.',
  'alert.remotePaid':
    '{name} плати чрез линк поръчката си {fulfilment, select, pickup {за вземане от магазина} delivery {с доставка} phone {по телефона} other {{fulfilment}}}.',
  'alert.forcedNotReceived':
    'Плащане с карта за {amount}, отбелязано принудително като платено, НЕ е получено от {provider}. Съберете сумата по друг начин.',
  'alert.repairOrderClosed':
    'Плащане с карта за {amount} е минало при доставчика, но поръчката му е {status, select, paid {платена} voided {анулирана} other {отворена}} и не може да го отчете. Проверете поръчката и възстановете сумата по картата, ако клиентът е платил два пъти.',
  'alert.repairNoAttempt':
    'Плащане с карта за {amount} е записано като платено, но Kassa няма запис, че го е изпратила към терминал. Проверете таблото на доставчика и съберете сумата по друг начин, ако плащането го няма там.',
  'alert.repairEnded':
    'Плащане с карта за {amount} е записано като платено, но доставчикът го е приключил като {state, select, declined {отказано} canceled {отменено} failed {неуспешно} other {{state}}}. Проверете таблото на доставчика и съберете сумата по друг начин, ако парите ги няма.',
  'alert.noKeyring':
    'Този компютър няма ключодържател за Kassa ({backend}), затова ключовете на доставчиците на плащания са защитени само с файл с ключ, който всеки, влязъл в този потребителски профил, може да прочете. Помолете ИТ поддръжката да настрои GNOME Keyring или KWallet и стартирайте Kassa отново.',
  'alert.secretUnreadable':
    'Kassa вече не може да прочете {name}: ключодържателят на този компютър се е променил. Въведете стойността отново в Настройки, в Профили на Stripe или Mercado Pago.',

  'secret.mpAccessToken': 'токена за достъп на Mercado Pago',
  'secret.mpWebhookSecret': 'тайната на уебкуката на Mercado Pago',
  'secret.stripeKey': 'секретния ключ на Stripe от профил „{profile}“',

  'csv.book.at': 'Дата и час',
  'csv.book.order': 'Номер на поръчка',
  'csv.book.type': 'Вид',
  'csv.book.method': 'Начин на плащане',
  'csv.book.journal': 'Дневник',
  'csv.book.amount': 'Сума',
  'csv.book.brand': 'Марка на картата',
  'csv.book.last4': 'Последни 4 цифри',
  'csv.book.outstanding': 'Сметка за вземания',
  'csv.book.intermediary': 'Транзитна сметка',
  'csv.book.defaults': 'Сметки по подразбиране',
  'csv.book.reconcile': 'За равняване',
  'csv.book.orderId': 'ID на поръчката',
  'csv.book.payment': 'плащане',
  'csv.book.refund': 'възстановяване',
  'csv.book.outstandingOnly': 'само вземания',
  'csv.book.intermediaryOnly': 'само транзитна',
  'csv.currency': 'Валута',
  'csv.yes': 'да',
  'csv.no': 'не',
  'csv.sales.payments': 'Плащания',

  'app.startFailedTitle': 'Kassa не може да стартира',
  'app.startFailed': 'Kassa не успя да стартира (папка с данни {folder}): {reason}',
  'app.startFailedLog': 'Ако това се повтаря, обадете се на ИТ поддръжката и им дайте лог файла: {file}',

  'printing.testSize': '{columns} колони, {paper} мм',

  'refundFailure.release': 'Предварителната оторизация не можа да бъде освободена.',
  'refundFailure.lostOrStolen': 'Картата е обявена за изгубена или открадната: върнете парите по друг начин.',
  'refundFailure.expiredOrCanceled': 'Картата е изтекла или е закрита: върнете парите по друг начин.',
  'refundFailure.disputed': 'Плащането е оспорено, затова сега не може да бъде възстановено.',
  'refundFailure.other': 'Банката на картата отказа възстановяването ({code}): върнете парите по друг начин.',
};
