/** Counter hardware (issue 11): the receipt on screen, serial printers, the Z at closing. English. */
export const enHardware = {
  'hardware.receipt.attempts': 'Payment attempts (staff only, not on the customer’s receipt)',
  'hardware.zAtClose': 'Print the Z report on the receipt printer when the day is closed',
  'hardware.zAtCloseHint':
    'It prints by itself once the day is closed, exactly once. It can still be printed again from the Z reports.',
  'prefs.printers.kind.serial': 'Serial cable (COM port)',
  'hardware.serial.port': 'Serial port',
  'hardware.serial.portHint':
    'Where the cable is plugged in: COM3 on Windows, /dev/ttyUSB0 on Linux, /dev/cu.usbserial-… on a Mac.',
  'hardware.serial.baud': 'Speed (baud)',
  'hardware.serial.baudHint':
    'As set on the printer (its self-test page shows it), often 9600, 19200 or 38400.',
  'err.print.badSerialPort':
    'Type the serial port the printer is plugged into, for example COM3 or /dev/ttyUSB0.',
  'err.print.badBaud': 'Choose the speed set on the printer: 9600, 19200, 38400, 57600 or 115200 baud.',
  /** A tax rate whose store name does not say the rate: the rate is added (receipts must show it). */
  'tax.named': '{name} ({rate})',
};

export type HardwareMessages = Record<keyof typeof enHardware, string>;
