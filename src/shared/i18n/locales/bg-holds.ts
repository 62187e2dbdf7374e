/** Български: задържания и сметки (en-holds.ts). */
import type { HoldMessages } from '../en-holds.ts';

export const holdMessages: HoldMessages = {
  'holds.title': 'Задържания',
  'holds.empty': 'Няма отворени задържания по карти.',
  'holds.colAmount': 'Задържано',
  'holds.colCard': 'Карта',
  'holds.colCustomer': 'Клиент',
  'holds.colOrder': 'Поръчка',
  'holds.colExpires': 'Изтича',
  'holds.colState': 'Състояние',
  'holds.orderOpen': 'Отворена, дължими {remaining}',
  'holds.orderNumber': '№ {number}',
  'holds.noCustomer': 'Без клиент',
  'holds.cardUnknown': 'Картата още не е прочетена',
  'holds.expiresSoon': 'Изтича скоро: вземете или освободете сумата',
  'holds.capture': 'Вземи',
  'holds.captureAll': 'Вземи всичко',
  'holds.captureAmount': 'Сума за вземане',
  'holds.captureHint': 'До {amount}. Остатъкът се връща по картата.',
  'holds.increase': 'Увеличи',
  'holds.increaseTo': 'Нова задържана сума',
  'holds.release': 'Освободи',
  'holds.capturedDone': 'Взети са {amount}; останалото от задържането е освободено.',
  'holds.releasedDone': 'Задържането е освободено; нищо не е взето от картата.',
  'holds.increasedDone': 'Задържането вече е {amount}.',
  'holds.state.opening': 'Питаме Stripe…',
  'holds.state.waiting': 'Чака картата на четеца',
  'holds.state.held': 'Задържано',
  'holds.state.capturing': 'Взимане…',
  'holds.state.captured': 'Взето',
  'holds.state.releasing': 'Освобождаване…',
  'holds.state.released': 'Освободено',
  'holds.state.expired': 'Изтекло: банката го освободи',
  'holds.state.failed': 'Не е задържано',
  'err.holds.notConnected':
    'Stripe още не е свързан на тази каса, затова не може да се задържи сума. Опитайте след малко.',
  'err.holds.unknown': 'Това задържане не е на тази каса. Отворете отново списъка със задържания.',
  'err.holds.notStripe':
    'Задържането изисква метод с карта чрез Stripe. Изберете метод, който изпраща към четец на Stripe.',
  'err.holds.amountPositive': 'Напишете сума, по-голяма от нула.',
  'err.holds.readerUnknown':
    'Stripe няма четец със сериен номер {serial}. Проверете метода с карта в Настройки.',
  'err.holds.cardUnknown':
    'Тази карта вече не е запазена за клиента. Изберете друга карта или използвайте четеца.',
  'err.holds.captureMoreThanHeld':
    'Това е повече от задържаното. Вземете най-много задържаната сума или първо увеличете задържането.',
  'err.holds.captureMoreThanDue':
    'Това е повече, отколкото поръчката още дължи. Вземете най-много дължимото; останалото се освобождава.',
  'err.holds.notHeld': 'Това задържане вече не е отворено и не може да се променя. Отворете отново списъка.',
  'err.holds.increaseOnline':
    'Stripe не може да увеличи задържане по запазена карта (онлайн задържанията в ЕС не се увеличават). Освободете го и отворете ново за по-голямата сума.',
  'err.holds.increaseNotSupported':
    'Тази карта или това задържане не позволява увеличение (само Visa, Mastercard, American Express и Discover на четеца). Освободете го и отворете ново за по-голямата сума.',
  'err.holds.increaseNotMore': 'Напишете нова сума, по-голяма от задържаната сега.',
  'err.holds.increaseDeclined': 'Банката отказа увеличението ({code}). Задържането остава с предишната сума.',
  'err.holds.increaseRefused': 'Stripe отказа увеличението ({code}). Задържането остава с предишната сума.',
};
