import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { buildPackage, platformFiles, platformOptions } from '../../../scripts/packaging/build-package.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');
// electron-builder's own YAML reader and schema validator, so the test reads the file exactly as `npm run dist` does.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = builderRequire('./util/config/config.js') as {
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = yaml.load(readFileSync(resolve(repo, 'electron-builder.yml'), 'utf8')) as Configuration;

describe('the packaged app (electron-builder.yml)', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(
      validateConfiguration(structuredClone(config), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('flips the Electron fuses that keep a production till from running other code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the built app, without the headless host bridge', () => {
    const files = config.files as string[];
    expect(files.filter((f) => !f.startsWith('!'))).toEqual([
      'package.json',
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
    ]);
    expect(files).toContain('!out/renderer/host-bridge.js');
    // better-sqlite3 whole on disk: the OS loads its addon, the integrity check's worker loads its code. The
    // only other native module is serialport's binding for serial printers (receipt lines in other scripts are
    // drawn in JavaScript).
    expect(config.asarUnpack).toEqual([
      '**/node_modules/better-sqlite3/**',
      '**/node_modules/@serialport/bindings-cpp/prebuilds/**',
    ]);
  });

  it('never ships better-sqlite3 sources, and each platform only the binary it loads', () => {
    const files = config.files as string[];
    expect(files).toContain('!**/node_modules/better-sqlite3/{deps,src,build}/**');
    expect(files).toContain('!**/node_modules/node-addon-api/**');
    expect(files).toContain('!**/node_modules/@serialport/bindings-cpp/{src/**,binding.gyp}');
    // serialport's binary for the package's own system (serial printers go through it everywhere).
    expect(platformFiles('linux')).toEqual([
      '!**/node_modules/better-sqlite3/prebuilds/!(linux-${arch}).node',
      '!**/node_modules/@serialport/bindings-cpp/prebuilds/!(linux-${arch})/**',
      '!**/node_modules/@serialport/bindings-cpp/prebuilds/**/*.musl.node',
    ]);
    expect(platformFiles('win')).toEqual([
      '!**/node_modules/better-sqlite3/prebuilds/!(win32-${arch}).node',
      '!**/node_modules/@serialport/bindings-cpp/prebuilds/!(win32-${arch})/**',
    ]);
    expect(platformFiles('mac')).toEqual([
      '!**/node_modules/better-sqlite3/prebuilds/!(darwin-${arch}).node',
      '!**/node_modules/@serialport/bindings-cpp/prebuilds/!(darwin-x64+arm64)/**',
    ]);
  });

  it('never compiles better-sqlite3, neither when packaging nor on npm install', () => {
    expect(config.npmRebuild).toBe(false);
    const pkg = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as {
      allowScripts?: Record<string, boolean>;
    };
    expect(pkg.allowScripts?.['better-sqlite3']).toBe(false);
    expect(pkg.allowScripts?.['@serialport/bindings-cpp']).toBe(false);
    const signing = readFileSync(resolve(repo, 'resources/SIGNING.md'), 'utf8');
    expect(signing).not.toMatch(/is rebuilt/);
    expect(signing).toMatch(/Nothing is compiled/);
  });

  it('ships a deb for Linux, with the metadata a deb needs', () => {
    expect(config.linux?.target).toEqual([{ target: 'deb', arch: ['x64'] }]);
    const pkg = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: { name: string; email: string };
    };
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect((config.deb as { depends: string[] }).depends).toContain('libc6 (>= 2.34)');
  });

  it('re-signs a macOS build ad hoc after flipping the fuses, so an unsigned local build still launches', () => {
    expect(config.electronFuses?.resetAdHocDarwinSignature).toBe(true);
  });

  it('refuses to produce unsigned Windows or macOS builds, and hardens the macOS runtime', () => {
    expect(config.forceCodeSigning).toBe(true);
    expect(config.mac).toMatchObject({
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'resources/entitlements.mac.plist',
    });
    const entitlements = readFileSync(resolve(repo, 'resources/entitlements.mac.plist'), 'utf8').replace(
      /<!--[\s\S]*?-->/g,
      '',
    );
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  it('adds no store configuration of its own (npm run dist -- --store <file> bakes one in)', () => {
    expect(config.extraResources).toBeUndefined();
  });

  it('builds per store from one command, refusing a store file that Kassa would refuse, before packaging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kassa-store-build-'));
    const broken = join(dir, 'lisboa.json');
    writeFileSync(
      broken,
      JSON.stringify({ version: 1, store: { name: 'Café Lisboa', country: 'Portugal' } }),
    );
    await expect(buildPackage({ storeFile: broken, targets: ['--linux', 'dir'] })).rejects.toThrow(
      /The store file .*lisboa\.json is not valid/,
    );
    await expect(buildPackage({ storeFile: join(dir, 'missing.json') })).rejects.toThrow(
      /There is no store file/,
    );
    await expect(
      buildPackage({
        updates: { url: 'updates.example.com', channel: 'stable' },
        targets: ['--linux', 'dir'],
      }),
    ).rejects.toThrow(/not a web address/);
    expect(platformOptions(['--win', '--mac', 'dmg', '--arm64'])).toEqual({
      win: [],
      mac: ['dmg'],
      arm64: true,
    });
    expect(() => platformOptions(['deb'])).toThrow(/Name the platform before the target deb/);
  });
});
