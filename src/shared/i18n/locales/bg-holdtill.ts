/** Български: задържания на касата (en-holdtill.ts). */
import type { HoldTillMessages } from '../en-holdtill.ts';

export const holdTillMessages: HoldTillMessages = {
  'holdtill.open': 'Задръж сума',
  'holdtill.openHint': 'Задръжте сума по картата на клиента сега и я вземете по-късно от Задържания.',
  'holdtill.title': 'Задържане на сума по карта',
  'holdtill.amount': 'Сума за задържане',
  'holdtill.amountHint':
    'Още нищо не се взема: банката пази тази сума за вас, докато не я вземете или освободите.',
  'holdtill.where': 'Карта',
  'holdtill.noWhere': 'Изберете терминала или запазена карта за задържането.',
  'holdtill.atReader': 'На терминала: {reader}',
  'holdtill.onCard': '{brand} •••• {last4}, запазена карта',
  'holdtill.hold': 'Задръж',
  'holdtill.close': 'Затвори',
  'holdtill.cancel': 'Откажи задържането',
  'holdtill.done': 'Готово',
  'holdtill.held':
    '{amount} е задържано по {brand} •••• {last4}. Вземете или освободете сумата от Задържания.',
  'holdtill.failed': 'Нищо не беше задържано: {reason}',
  'holdtill.canceled': 'Задържането е отказано; нищо не е задържано по картата.',
  'holdtill.capturedRest': 'Взети са {amount}; останалите {rest} се върнаха по картата.',
  'holdtill.demo.visa': 'Покажи карта Visa',
  'holdtill.demo.mastercard': 'Покажи Mastercard',
  'holdtill.demo.declined': 'Покажи карта, отказана от банката',
  'holdtill.demo.insufficientFunds': 'Покажи карта без наличност',
  'holdtill.refundReason': 'Причина',
  'holdtill.reason.requested_by_customer': 'Клиентът поиска',
  'holdtill.reason.duplicate': 'Взето два пъти',
  'holdtill.reason.fraudulent': 'Измама: картата не е на клиента',
  'holdtill.cancelSetup': 'Спри чакането на картата',
  'err.holds.notWaiting': 'Това задържане не чака карта на терминала в момента.',
  'alert.holdCaptureLess':
    'Задържане трябваше да вземе {asked} за поръчка № {number}, но поръчката вече дължи по-малко. Взето е само дължимото, {amount}; остатъкът се върна по картата.',
  'alert.holdCaptureReleased':
    'Задържане трябваше да вземе {asked} за поръчка № {number}, но поръчката вече не дължи нищо (платена по друг начин или анулирана). Задържането е освободено; нищо не е взето от картата.',
  'alert.holdCaptureUnrecorded':
    'Stripe взе {amount} ({ref}) от задържане за поръчка № {number}, но междувременно поръчката е платена по друг начин. Възстановете сумата по картата от таблото на Stripe или уредете въпроса с клиента.',
  'alert.unmatchedHold':
    'Stripe има задържане {ref} от {amount} ({status, select, requires_capture {задържано} succeeded {взето} canceled {освободено} other {{status}}}), направено от тази каса, което не отговаря на нито едно задържане тук. Проверете го в таблото на Stripe и го освободете, ако не е нужно.',
  'alert.unmatchedSetup':
    'Stripe има {kind, select, validation {проверка на карта} other {запазване на карта}} {ref}, направено от тази каса, което не отговаря на нито една карта на клиент тук. Проверете го в таблото на Stripe.',
};
