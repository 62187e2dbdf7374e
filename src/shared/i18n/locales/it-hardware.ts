/** Counter hardware (issue 11, en-hardware.ts): it. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts':
    'Tentativi di pagamento (solo per il personale, non sullo scontrino del cliente)',
  'hardware.zAtClose': 'Stampa il rapporto Z sulla stampante degli scontrini alla chiusura della giornata',
  'hardware.zAtCloseHint':
    'Si stampa da solo una volta chiusa la giornata, una sola volta. Si può ristampare dai rapporti Z.',
  'prefs.printers.kind.serial': 'Cavo seriale (porta COM)',
  'hardware.serial.port': 'Porta seriale',
  'hardware.serial.portHint':
    'Dove è collegato il cavo: COM3 su Windows, /dev/ttyUSB0 su Linux, /dev/cu.usbserial-… su Mac.',
  'hardware.serial.baud': 'Velocità (baud)',
  'hardware.serial.baudHint':
    'Come impostata sulla stampante (la mostra la sua pagina di autotest), spesso 9600, 19200 o 38400.',
  'err.print.badSerialPort':
    'Scrivi la porta seriale a cui è collegata la stampante, per esempio COM3 o /dev/ttyUSB0.',
  'err.print.badBaud':
    'Scegli la velocità impostata sulla stampante: 9600, 19200, 38400, 57600 o 115200 baud.',
  'tax.named': '{name} ({rate})',
};
