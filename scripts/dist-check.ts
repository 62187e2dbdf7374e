/**
 * npm run dist:check [-- --keep]
 * Packages the Linux target exactly as `npm run dist` does, with a stand-in Electron folder (this machine
 * cannot download Electron), a demo store file baked in, and then checks what came out: the asar holds
 * only what ships, the fuses read back as configured, native binaries are unpacked and only the target's,
 * the store file sits in resources, the update feed file is there, and the deb's metadata is complete.
 *
 * The deb itself needs fpm, which electron-builder downloads from GitHub (unreachable here) and Debian does
 * not package. Without fpm this script stops electron-builder just before it would run fpm and checks
 * everything electron-builder hands to it (control fields, install scripts, desktop entry, AppArmor
 * profile). With fpm on the PATH (USE_SYSTEM_FPM=true) or CUSTOM_FPM_PATH set, it builds the real deb and
 * reads it back with `dpkg-deb -I` and `-c`.
 *
 * Prints `package_size_mb_linux=<MB>` (the unpacked app folder; the stand-in Electron weighs nothing, so
 * that is Kassa's own share). Exits 1 when any check fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackage, repoDir } from './packaging/build-package.ts';
import { writeStandInElectron } from './packaging/stand-in-electron.ts';
import { inspectLinuxPackage, type DebInputs } from './packaging/inspect-package.ts';

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });
const work = mkdtempSync(join(tmpdir(), 'kassa-dist-check-'));
const storeFile = resolve(repoDir, 'resources/store-config.example.json');
const fpmAvailable = Boolean(process.env.CUSTOM_FPM_PATH) || process.env.USE_SYSTEM_FPM === 'true';

try {
  console.log('== building the app (electron-vite build)');
  execFileSync(resolve(repoDir, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: repoDir,
    stdio: 'ignore',
  });

  console.log('== packaging the Linux target with a stand-in Electron');
  const debInputs: DebInputs[] = [];
  const outputDir = await buildPackage({
    storeFile,
    targets: ['--linux', 'deb', '--x64'],
    electronDist: writeStandInElectron(join(work, 'electron')),
    outputDir: join(work, 'dist'),
    updates: { url: 'https://updates.kassa.invalid/stores/demo/', channel: 'pilot' },
    // The deb target calls this with fpm's arguments and the desktop entry just before it runs fpm.
    effectiveOptionComputed: async (computed: unknown) => {
      if (!Array.isArray(computed) || !Array.isArray(computed[0])) return false;
      const [args, desktopFile] = computed as [string[], string];
      const file = (flag: string) => args[args.indexOf(flag) + 1]!;
      debInputs.push({
        args,
        desktopEntry: readFileSync(desktopFile, 'utf8'),
        afterInstall: readFileSync(file('--after-install'), 'utf8'),
        afterRemove: readFileSync(file('--after-remove'), 'utf8'),
      });
      return !fpmAvailable;
    },
  }).catch((error: unknown) => {
    // electron-builder refusing the configuration is a finding too (e.g. a deb without a homepage).
    console.log(`FAIL electron-builder could not package the Linux target\n     ${String(error)}`);
    return null;
  });

  const report = outputDir
    ? await inspectLinuxPackage({ outputDir, storeFile, debInputs, debBuilt: fpmAvailable })
    : { lines: [], failures: 1, sizeMb: 0 };
  for (const line of report.lines) console.log(line);
  if (outputDir) console.log(`package_size_mb_linux=${report.sizeMb}`);
  if (outputDir && !fpmAvailable) {
    console.log(
      'note: the .deb file itself was not built (fpm is not available here); its metadata, install scripts and contents were checked as electron-builder hands them to fpm.',
    );
  }
  if (report.failures > 0) {
    console.error(`dist:check: ${report.failures} check(s) failed.`);
    process.exitCode = 1;
  } else console.log('dist:check: the Linux package is as configured.');
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}
