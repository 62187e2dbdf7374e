import type { Duplex } from 'node:stream';
import type * as Bindings from '@serialport/bindings-cpp';
import type * as Stream from '@serialport/stream';
import { onFirstUse } from '../system/on-first-use.ts';
import type { SerialPorts } from './print-queue.ts';
import { deviceFileSerialPorts } from './serial-device.ts';

/*
 * Serial receipt printers through `serialport` (its native binding and stream): Windows COM ports, which have
 * no device file and no `stty` (serial-device.ts covers Linux and macOS that way). The binding ships ready-made
 * Node-API binaries for Windows, macOS and Linux, so nothing is compiled, in development or when packaging. It is
 * loaded the first time a serial printer prints, never at start.
 */

const bindings = onFirstUse<typeof Bindings>('@serialport/bindings-cpp');
const stream = onFirstUse<typeof Stream>('@serialport/stream');

/** The speed most ESC/POS printers leave the factory with, for a port whose speed Preferences does not give. */
const factoryBaud = 9600;

/** Opens serial ports (COM3, or /dev/ttyUSB0) with `serialport`: raw, 8 data bits, no parity, one stop bit. */
export function nativeSerialPorts(): SerialPorts {
  return {
    open(path, timeoutMs, baud = null) {
      const port = new (stream().SerialPortStream)({
        binding: bindings().autoDetect(),
        path,
        baudRate: baud ?? factoryBaud,
        dataBits: 8,
        parity: 'none',
        stopBits: 1,
        autoOpen: false,
      });
      return new Promise<Duplex>((resolve, reject) => {
        const timer = setTimeout(() => {
          port.destroy();
          reject(new Error(`${path}: did not open within ${timeoutMs} ms`));
        }, timeoutMs);
        port.open((error) => {
          clearTimeout(timer);
          if (error) reject(new Error(`${path}: ${error.message}`));
          else resolve(port);
        });
      });
    },
  };
}

/** The system's serial ports: COM ports through `serialport` on Windows, device files elsewhere. */
export function systemSerialPorts(): SerialPorts {
  return process.platform === 'win32' ? nativeSerialPorts() : deviceFileSerialPorts();
}
