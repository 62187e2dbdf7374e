/** Counter hardware (issue 11, en-hardware.ts): bg. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts': 'Опити за плащане (само за персонала, не са в касовата бележка на клиента)',
  'hardware.zAtClose': 'Отпечатване на Z отчета на касовия принтер при приключване на деня',
  'hardware.zAtCloseHint':
    'Отпечатва се сам веднъж след приключването на деня. Може да се отпечата отново от Z отчетите.',
  'prefs.printers.kind.serial': 'Сериен кабел (COM порт)',
  'hardware.serial.port': 'Сериен порт',
  'hardware.serial.portHint':
    'Къде е включен кабелът: COM3 под Windows, /dev/ttyUSB0 под Linux, /dev/cu.usbserial-… на Mac.',
  'hardware.serial.baud': 'Скорост (бод)',
  'hardware.serial.baudHint':
    'Както е зададена на принтера (вижда се на тестовата му страница), обикновено 9600, 19200 или 38400.',
  'err.print.badSerialPort':
    'Въведете серийния порт, към който е включен принтерът, например COM3 или /dev/ttyUSB0.',
  'err.print.badBaud': 'Изберете скоростта, зададена на принтера: 9600, 19200, 38400, 57600 или 115200 бода.',
  'tax.named': '{name} ({rate})',
};
