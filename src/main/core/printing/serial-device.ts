import { execFile } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { Duplex } from 'node:stream';
import { isatty, ReadStream, WriteStream } from 'node:tty';
import type { SerialPorts } from './print-queue.ts';

/*
 * Serial receipt printers through the operating system's own device file (/dev/ttyUSB0, /dev/ttyS0,
 * /dev/cu.usbserial-…): no native addon. The line is set the way an IT person sets it by hand — `stty` with the
 * speed from Preferences, raw (no echo, no newline translation, 8 data bits) — and the file is then read and
 * written through Node's terminal streams, which do not tie up a worker thread while the printer is silent.
 * This is the fallback where `serialport`'s binding has no binary for the system (serial-port.ts, which every
 * system uses first); Windows COM ports have no device file and always go through `serialport`.
 */

export { serialBaudRates } from '../../../shared/ipc/constants.ts';

/** Where serial printers can be opened as device files with `stty`. */
export const serialSupported = (): boolean => process.platform === 'linux' || process.platform === 'darwin';

function stty(path: string, baud: number | null, timeoutMs: number): Promise<void> {
  const device = process.platform === 'darwin' ? '-f' : '-F';
  const speed = baud ? [String(baud)] : [];
  return new Promise((resolve, reject) => {
    execFile(
      'stty',
      [device, path, ...speed, 'raw', '-echo', 'cs8', '-cstopb', '-parenb', 'clocal'],
      { timeout: timeoutMs },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`${path}: ${stderr.trim() || error.message}`)) : resolve(),
    );
  });
}

/** Opens serial ports as device files; `baud` (null: as the port is set) is applied before each job. */
export function deviceFileSerialPorts(): SerialPorts {
  return {
    async open(path, timeoutMs, baud = null) {
      if (!serialSupported()) throw new Error('serial printers are not supported on this system yet');
      await stty(path, baud, timeoutMs);
      const fd = openSync(path, constants.O_RDWR | constants.O_NOCTTY | constants.O_NONBLOCK);
      if (!isatty(fd)) {
        closeSync(fd);
        throw new Error(`${path} is not a serial port`);
      }
      const input = new ReadStream(fd);
      input.setRawMode(true);
      // The write side must not close the descriptor the read side still owns: one close, by the read side.
      const output = new WriteStream(fd);
      const line = Duplex.from({ readable: input, writable: output });
      line.once('close', () => {
        output.destroy();
        input.destroy();
      });
      return line;
    },
  };
}
