/** Български: closing the day, the check of the Z reports' hash chain (en-closing.ts). */
import type { ClosingMessages } from '../en-closing.ts';

export const closingMessages: ClosingMessages = {
  'chain.missing': 'Z отчет {number} липсва.',
  'chain.missingRange': 'Z отчетите от {from} до {to} липсват.',
  'chain.unlinked': 'Z отчет {number} не продължава от Z отчет {previous}: един от двата е променен.',
  'chain.changed': 'Z отчет {number} е променен след записването му.',
  'chain.unknownFormat':
    'Z отчет {number} е във формат {format}, който тази версия на Kassa не може да провери: обновете Kassa.',
};
