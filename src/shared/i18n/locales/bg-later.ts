/** Таксуване на запазена карта по-късно (issue 13, STO-9). */
import type { LaterMessages } from '../en-later.ts';

export const laterMessages: LaterMessages = {
  'later.open': 'Таксуване по-късно…',
  'later.title': 'Таксуване на картата по-късно',
  'later.when': 'Таксуване на (дата и час)',
  'later.hint': 'Автопилотът таксува картата сам в този час. Продажбата остава отворена дотогава.',
  'later.submit': 'Насрочи {amount}',
  'later.cancel': 'Отказ',
  'later.noCard': 'Първо изберете една от запазените карти на клиента.',
  'later.noTime': 'Въведете дата и час на таксуването.',
  'later.scheduled':
    '{amount} ще бъдат таксувани от {card} на {when}. Продажбата остава отворена дотогава; таксуването е в Настройки, Автопилот.',
  'later.nextSale': 'Следваща продажба',
  'tabs.prepayCash': 'Първо вземете {amount} в брой',
  'tabs.prepaying': 'Вземане на предплащането от {amount}…',
  'tabs.prepaid': 'Предплащането от {amount} е взето в брой.',
  'err.autopilot.dueInPast': 'Този час вече е минал. Изберете дата и час в бъдещето.',
};
