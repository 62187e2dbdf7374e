import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Configuration } from 'electron-builder';

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
    expect(config.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**/*.node']);
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

  it('carries the store configuration from provisioning, when there is one, next to the app', () => {
    expect(config.extraResources).toEqual([{ from: 'resources', to: '.', filter: ['store-config.json'] }]);
  });
});
