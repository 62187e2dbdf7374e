/**
 * A stand-in for Electron's Linux distribution folder, for packaging where Electron cannot be downloaded
 * (the build machines, CI). electron-builder copies the folder, renames `electron` to the app's executable,
 * keeps `LICENSE`, and flips the fuses in the executable: so the stand-in executable carries the fuse
 * sentinel followed by a version-1 fuse wire in Electron's shipped default state. It is a shell script that
 * says what it is when run; nothing here is ever shipped (dist:check builds into a temporary folder).
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses finds the wire by this sentinel: then one byte of wire version, one of length, the fuses. */
export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's defaults, in @electron/fuses' V1 order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
 * --inspect on, asar integrity off, only-load-from-asar off, browser V8 snapshot off, file:// privileges on.
 */
export const electronDefaultWire = '10110001';

export function writeStandInElectron(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(
      `#!/bin/sh\necho "This is dist:check's stand-in for Electron, not a runnable Kassa." >&2\nexit 1\n# `,
    ),
    Buffer.from(fuseSentinel, 'latin1'),
    Buffer.from([1, electronDefaultWire.length]),
    Buffer.from(electronDefaultWire, 'latin1'),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), wire);
  chmodSync(join(dir, 'electron'), 0o755);
  // The deb's post-install script sets the sandbox helper's mode, so the folder has one, as Electron's does.
  writeFileSync(join(dir, 'chrome-sandbox'), '#!/bin/sh\nexit 1\n');
  chmodSync(join(dir, 'chrome-sandbox'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for Electron’s MIT licence file.\n');
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  return dir;
}
