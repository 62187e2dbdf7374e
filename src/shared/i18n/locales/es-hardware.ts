/** Counter hardware (issue 11, en-hardware.ts): es. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts':
    'Intentos de pago (solo para el personal, no aparecen en el recibo del cliente)',
  'hardware.zAtClose': 'Imprimir el informe Z en la impresora de recibos al cerrar el día',
  'hardware.zAtCloseHint':
    'Se imprime solo una vez al cerrar el día. Se puede volver a imprimir desde los informes Z.',
  'prefs.printers.kind.serial': 'Cable serie (puerto COM)',
  'hardware.serial.port': 'Puerto serie',
  'hardware.serial.portHint':
    'Dónde está conectado el cable: COM3 en Windows, /dev/ttyUSB0 en Linux, /dev/cu.usbserial-… en Mac.',
  'hardware.serial.baud': 'Velocidad (baudios)',
  'hardware.serial.baudHint':
    'La configurada en la impresora (la muestra su página de autoprueba), a menudo 9600, 19200 o 38400.',
  'err.print.badSerialPort':
    'Escribe el puerto serie al que está conectada la impresora, por ejemplo COM3 o /dev/ttyUSB0.',
  'err.print.badBaud':
    'Elige la velocidad configurada en la impresora: 9600, 19200, 38400, 57600 o 115200 baudios.',
  'tax.named': '{name} ({rate})',
};
