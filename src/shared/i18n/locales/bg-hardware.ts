/** Counter hardware (issue 11, en-hardware.ts): bg. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts': 'Опити за плащане (само за персонала, не са в касовата бележка на клиента)',
  'hardware.zAtClose': 'Отпечатване на Z отчета на касовия принтер при приключване на деня',
  'hardware.zAtCloseHint':
    'Отпечатва се сам веднъж след приключването на деня. Може да се отпечата отново от Z отчетите.',
};
