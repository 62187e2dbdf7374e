/**
 * Reads a packaged Linux build back and compares it with what electron-builder.yml promises (dist:check).
 * Each check prints one line, `ok` or `FAIL`, saying what was looked at; nothing is skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { integrityCheckDriver } from '../../src/main/core/db/integrity-check.ts';
import { loadBuilderConfig, repoDir } from './build-package.ts';

const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
const asar = builderRequire('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  statFile(archive: string, file: string): { size?: number; unpacked?: boolean; files?: unknown };
};
const fuses = builderRequire('@electron/fuses') as {
  getCurrentFuseWire(binary: string): Promise<Record<string, unknown>>;
  FuseV1Options: Record<string, number | string>;
};

/** What electron-builder hands to fpm for the deb (captured through its effectiveOptionComputed hook). */
export interface DebInputs {
  args: string[];
  desktopEntry: string;
  afterInstall: string;
  afterRemove: string;
}

export interface PackageReport {
  lines: string[];
  failures: number;
  sizeMb: number;
}

/** The unpacked app folder's size in MB (10^6 bytes), to two decimals. */
export function folderSizeMb(dir: string): number {
  let bytes = 0;
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) bytes += statSync(path).size;
    }
  };
  walk(dir);
  return Math.round(bytes / 10_000) / 100;
}

export async function inspectLinuxPackage(input: {
  outputDir: string;
  storeFile: string;
  debInputs: DebInputs[];
  debBuilt: boolean;
}): Promise<PackageReport> {
  const lines: string[] = [];
  let failures = 0;
  const check = (ok: boolean, what: string, detail?: string) => {
    lines.push(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n     ${detail}` : ''}`);
    if (!ok) failures++;
  };
  const config = loadBuilderConfig();
  const appDir = join(input.outputDir, 'linux-unpacked');
  const resources = join(appDir, 'resources');
  const archive = join(resources, 'app.asar');
  if (!existsSync(archive)) {
    check(false, 'the package has resources/app.asar', `nothing at ${archive}`);
    return { lines, failures, sizeMb: 0 };
  }
  const entries = asar.listPackage(archive, { isPack: false }).map((p) => p.replaceAll('\\', '/').slice(1));
  const files = entries.filter((p) => asar.statFile(archive, p).files === undefined);

  // 1. The asar holds only what ships.
  const required = [
    'package.json',
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/till/index.html',
    'out/renderer/preferences/index.html',
  ];
  const missing = required.filter((f) => !files.includes(f));
  check(
    missing.length === 0,
    'the asar holds the built app (main, preload, both windows)',
    `missing: ${missing.join(', ')}`,
  );
  const strays = files.filter(
    (f) =>
      !f.startsWith('node_modules/') && f !== 'package.json' && !/^out\/(main|preload|renderer)\//.test(f),
  );
  check(
    strays.length === 0,
    'nothing outside out/{main,preload,renderer}, package.json and node_modules',
    strays.slice(0, 10).join(', '),
  );
  const forbidden = files.filter(
    (f) =>
      f === 'out/renderer/host-bridge.js' ||
      /\.(map|md|ts|cts|mts)$/.test(f) ||
      /(^|\/)node_modules\/(react|react-dom|scheduler|node-addon-api)\//.test(f) ||
      /node_modules\/better-sqlite3\/(deps|src|build)\//.test(f) ||
      /node_modules\/@serialport\/bindings-cpp\/src\//.test(f) ||
      f.endsWith('binding.gyp'),
  );
  check(
    forbidden.length === 0,
    'no host bridge, source maps, TypeScript, docs, renderer-only packages or C sources',
    forbidden.slice(0, 10).join(', '),
  );
  const production = productionPackages();
  const packages = new Set(
    files
      .map((f) => /^((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1])
      .filter((p): p is string => p !== undefined),
  );
  const unexpected = [...packages].filter((p) => !production.has(p));
  check(
    unexpected.length === 0,
    `every one of the ${packages.size} packages in node_modules is a production dependency`,
    `not production dependencies: ${unexpected.join(', ')}`,
  );

  // 2. Native binaries: unpacked, and only the target's.
  const nativeFiles = files.filter((f) => f.endsWith('.node'));
  // better-sqlite3 and serialport's binding (serial printers), each for linux-x64 with glibc only (receipt lines a
  // printer's code pages lack are drawn in JavaScript).
  const expectedNative = [
    'node_modules/@serialport/bindings-cpp/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node',
    'node_modules/better-sqlite3/prebuilds/linux-x64.node',
  ];
  check(
    JSON.stringify([...nativeFiles].sort()) === JSON.stringify(expectedNative),
    'the only native binaries are better-sqlite3 and serialport for linux-x64 (glibc)',
    `found: ${nativeFiles.join(', ')}`,
  );
  const packed = nativeFiles.filter((f) => !asar.statFile(archive, f).unpacked);
  check(
    packed.length === 0,
    'native binaries are unpacked (the OS loads them from a real file)',
    packed.join(', '),
  );
  const unpackedAddon = join(
    resources,
    'app.asar.unpacked/node_modules/better-sqlite3/prebuilds/linux-x64.node',
  );
  const header = existsSync(unpackedAddon) ? readFileSync(unpackedAddon).subarray(0, 20) : Buffer.alloc(0);
  check(
    header.length === 20 &&
      header.subarray(0, 4).toString('latin1') === '\x7fELF' &&
      header.readUInt16LE(18) === 0x3e,
    'the unpacked addon is an x86-64 ELF binary',
    `at ${unpackedAddon}`,
  );
  // The glibc floor the deb declares (and the README states) is the one the binary actually needs.
  const glibc = existsSync(unpackedAddon)
    ? [
        ...readFileSync(unpackedAddon)
          .toString('latin1')
          .matchAll(/GLIBC_2\.(\d+)/g),
      ]
        .map((m) => Number(m[1]))
        .reduce((a, b) => Math.max(a, b), 0)
    : 0;
  const depends = (config.deb as { depends?: string[] } | undefined)?.depends ?? [];
  check(
    depends.includes(`libc6 (>= 2.${glibc})`),
    `the deb requires glibc 2.${glibc}, the newest the addon links against`,
    depends.join(', '),
  );
  // The integrity check's worker loads the driver from the unpacked folder: it must work from there alone.
  const driver = integrityCheckDriver(join(archive, 'node_modules/better-sqlite3/lib/index.js'));
  let loaded = '';
  try {
    const Database = createRequire(import.meta.url)(driver) as new (file: string) => {
      prepare(sql: string): { pluck(): { get(): unknown } };
      close(): void;
    };
    const db = new Database(':memory:');
    loaded = String(db.prepare('SELECT sqlite_version()').pluck().get());
    db.close();
  } catch (error) {
    lines.push(`     ${String(error)}`);
  }
  check(
    loaded !== '',
    `the integrity check's driver loads from the unpacked folder (SQLite ${loaded})`,
    driver,
  );

  // 3. Fuses, read back from the executable.
  const exe = join(appDir, 'kassa');
  const wanted = fuseExpectations(config.electronFuses as Record<string, unknown> | undefined);
  let wire: Record<string, unknown> = {};
  try {
    wire = await fuses.getCurrentFuseWire(exe);
  } catch (error) {
    lines.push(`     ${String(error)}`);
  }
  const wrong = wanted.filter(({ index, on }) => wire[index] !== (on ? 0x31 : 0x30));
  check(
    Object.keys(wire).length > 0 && wrong.length === 0,
    `the ${wanted.length} fuses in the executable read back as configured`,
    wrong.map((w) => `${w.name} should be ${w.on ? 'on' : 'off'}`).join(', '),
  );

  // 4. The store configuration lands in resources, unchanged.
  const shippedStore = join(resources, 'store-config.json');
  check(
    existsSync(shippedStore) && readFileSync(shippedStore).equals(readFileSync(input.storeFile)),
    'the store file is in resources/store-config.json, unchanged',
  );

  // 5. The update feed file the deb's updater reads.
  const updateFile = join(resources, 'app-update.yml');
  const update = existsSync(updateFile) ? readFileSync(updateFile, 'utf8') : '';
  check(
    /provider: generic/.test(update) && /url: /.test(update),
    'resources/app-update.yml names the generic update feed',
    update,
  );

  // 6. The deb's metadata.
  const deb = input.debInputs[0];
  check(deb !== undefined, 'electron-builder prepared the deb (its fpm inputs were captured)');
  if (deb) {
    const arg = (flag: string) => {
      const i = deb.args.indexOf(flag);
      return i >= 0 ? (deb.args[i + 1] ?? '') : '';
    };
    check(arg('--name') === 'kassa', 'deb Package: kassa', arg('--name'));
    check(
      arg('--version') === packageJson().version,
      `deb Version: ${packageJson().version}`,
      arg('--version'),
    );
    check(arg('--architecture') === 'amd64', 'deb Architecture: amd64', arg('--architecture'));
    check(
      /^[^<>]+ <[^@\s]+@[^@\s]+\.[a-z]+>$/.test(arg('--maintainer')),
      `deb Maintainer with an e-mail: ${arg('--maintainer')}`,
    );
    check(/^https:\/\//.test(arg('--url')), `deb Homepage: ${arg('--url')}`);
    check(arg('--vendor') !== '', `deb Vendor: ${arg('--vendor')}`);
    check(
      arg('--description').trim().length > 20,
      'deb Description (synopsis and a longer text)',
      arg('--description'),
    );
    check(arg('--deb-priority') === 'optional', 'deb Priority: optional');
    check(
      depends.includes('libc6 (>= 2.34)') && depends.includes('libsecret-1-0') && depends.includes('libnss3'),
      'deb Depends: glibc 2.34+, libsecret (the keyring for secrets), NSS and the GTK stack',
      depends.join(', '),
    );
    check(
      /apparmor_parser/.test(deb.afterInstall) && /apparmor-profile/.test(deb.afterInstall),
      'the deb post-install script installs the AppArmor profile (Ubuntu 24.04+ sandbox)',
    );
    check(/chrome-sandbox/.test(deb.afterInstall), 'the deb post-install script sets up the sandbox helper');
    check(existsSync(join(resources, 'apparmor-profile')), 'the AppArmor profile is in resources');
    check(/\/opt\/Kassa\/kassa/.test(deb.afterInstall), 'the deb links /usr/bin/kassa to /opt/Kassa/kassa');
    check(
      /^Name=Kassa$/m.test(deb.desktopEntry) &&
        /^Exec=/m.test(deb.desktopEntry) &&
        /^Icon=kassa$/m.test(deb.desktopEntry) &&
        /^Categories=Office;?$/m.test(deb.desktopEntry),
      'the desktop entry names Kassa, its command, icon and category',
      deb.desktopEntry,
    );
    check(
      deb.args.some((a) => a.endsWith(`linux-unpacked/=/opt/Kassa`)),
      'the deb installs the app folder into /opt/Kassa',
    );
  }
  if (input.debBuilt) {
    const debFile = readdirSync(input.outputDir).find((f) => f.endsWith('.deb'));
    check(debFile !== undefined, 'a .deb was built');
    if (debFile) {
      const path = join(input.outputDir, debFile);
      const field = (name: string) =>
        execFileSync('dpkg-deb', ['-f', path, name], { encoding: 'utf8' }).trim();
      for (const name of [
        'Package',
        'Version',
        'Architecture',
        'Maintainer',
        'Homepage',
        'Description',
        'Depends',
      ])
        check(field(name) !== '', `dpkg-deb -I: ${name}: ${field(name).split('\n')[0]}`);
      const contents = execFileSync('dpkg-deb', ['-c', path], { encoding: 'utf8' });
      for (const file of [
        './opt/Kassa/kassa',
        './opt/Kassa/resources/app.asar',
        './opt/Kassa/resources/store-config.json',
      ])
        check(contents.includes(file), `dpkg-deb -c: ${file}`);
    }
  }

  return { lines, failures, sizeMb: folderSizeMb(appDir) };
}

/** electron-builder.yml's `electronFuses` keys in @electron/fuses' wire order. */
function fuseExpectations(
  configured: Record<string, unknown> | undefined,
): { name: string; index: number; on: boolean }[] {
  return Object.entries(configured ?? {})
    .filter(([, value]) => typeof value === 'boolean')
    .filter(([name]) => name !== 'resetAdHocDarwinSignature')
    .map(([name, value]) => {
      const option = name[0]!.toUpperCase() + name.slice(1);
      const index = fuses.FuseV1Options[option];
      if (typeof index !== 'number') throw new Error(`electron-builder.yml names an unknown fuse ${name}`);
      return { name, index, on: value as boolean };
    });
}

function packageJson(): { version: string } {
  return JSON.parse(readFileSync(resolve(repoDir, 'package.json'), 'utf8')) as { version: string };
}

/** node_modules paths of every package the lock file installs for production (not dev-only). */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(resolve(repoDir, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return new Set(
    Object.entries(lock.packages)
      .filter(([path, info]) => path !== '' && !info.dev && !info.devOptional)
      .map(([path]) => path),
  );
}
