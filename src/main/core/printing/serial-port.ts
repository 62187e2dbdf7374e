import type { Duplex } from 'node:stream';
import type * as Bindings from '@serialport/bindings-cpp';
import type * as Stream from '@serialport/stream';
import { onFirstUse } from '../system/on-first-use.ts';
import type { SerialPorts } from './print-queue.ts';
import { deviceFileSerialPorts } from './serial-device.ts';

/*
 * Serial receipt printers through `serialport` (its native binding and stream), on every system: Windows COM
 * ports, /dev/ttyUSB0 on Linux, /dev/cu.usbserial-… on macOS. One code path everywhere, so the tests on a Linux
 * pseudo-terminal run exactly what a Windows till runs. The binding ships ready-made Node-API binaries for
 * Windows, macOS and Linux, so nothing is compiled, in development or when packaging. It is loaded the first time
 * a serial printer prints, never at start. Where it cannot load (a Linux with musl or an architecture it has no
 * binary for), Linux and macOS fall back to the device file and `stty` (serial-device.ts).
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

/** Whether `serialport`'s binding loads here (it has a binary for this system): asked once, at the first print. */
function bindingLoads(): boolean {
  try {
    bindings();
    return true;
  } catch {
    return false;
  }
}

/**
 * The system's serial ports: through `serialport` everywhere; on Linux and macOS through the device file when
 * its binding has no binary for this system. Windows has no other way, so there the binding's error is the
 * printer's error.
 */
export function systemSerialPorts(
  fallback: SerialPorts = deviceFileSerialPorts(),
  native: SerialPorts = nativeSerialPorts(),
  loads: () => boolean = bindingLoads,
): SerialPorts {
  let ports: SerialPorts | undefined;
  return {
    open(path, timeoutMs, baud) {
      ports ??= loads() || process.platform === 'win32' ? native : fallback;
      return ports.open(path, timeoutMs, baud);
    },
  };
}
