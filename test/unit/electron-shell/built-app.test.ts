import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { channelNames } from '../../../src/shared/ipc/contract.ts';
import { contextBridge, fakeElectron, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const repo = resolve(import.meta.dirname, '../../..');
let outDir: string;

/**
 * Builds main and preload with the project's electron.vite.config.ts into a temporary folder (a second
 * process, so vite's environment changes stay out of this one, and the shared out/ folder is untouched).
 */
beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'kassa-build-'));
  const script = `
    import { resolveConfig } from 'electron-vite';
    import { build } from 'vite';
    const { config } = await resolveConfig(
      { build: { outDir: process.argv[1], emptyOutDir: false }, logLevel: 'error' }, 'build', 'production');
    await build(config.main);
    await build(config.preload);`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script, outDir], { cwd: repo, stdio: 'pipe' });
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the built preload', () => {
  it('is a single CommonJS file', () => {
    expect(readdirSync(join(outDir, 'preload'))).toEqual(['index.cjs']);
  });

  it('requires nothing but electron, the only module a sandboxed preload may load', () => {
    const code = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('runs in a bare context with only require("electron") and exposes window.kassa', () => {
    resetFakeElectron();
    const code = readFileSync(join(outDir, 'preload', 'index.cjs'), 'utf8');
    const module = { exports: {} };
    const require = (id: string) => {
      if (id === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    };
    runInNewContext(code, { require, module, exports: module.exports, console });
    const kassa = contextBridge.exposed.kassa as Record<string, Record<string, unknown>>;
    for (const name of channelNames) {
      const [ns, method] = name.split('.') as [string, string];
      expect(typeof kassa[ns]?.[method]).toBe('function');
    }
  });
});

/**
 * The code of the built main process: the entry and the chunks it imports (the entry turns on the compile cache
 * and then imports the app, which the bundler writes as a chunk of its own).
 */
function mainCode(): string {
  const dir = join(outDir, 'main');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

describe('the built main process', () => {
  it('is an ES module that loads better-sqlite3 from node_modules rather than bundling it', () => {
    expect(readFileSync(join(outDir, 'main', 'index.js'), 'utf8')).toMatch(/^import .* from "electron";$/m);
    expect(mainCode()).toMatch(/^import \w+ from "better-sqlite3";$/m);
  });

  it('turns on the compile cache before it loads the app', () => {
    const entry = readFileSync(join(outDir, 'main', 'index.js'), 'utf8');
    expect(entry.indexOf('enableCompileCache')).toBeGreaterThan(-1);
    expect(entry.indexOf('enableCompileCache')).toBeLessThan(entry.indexOf('import('));
  });

  it('does not contain the headless host, which is for development and tests only', () => {
    const code = mainCode();
    const hostMarkers = [
      'src/main/host/',
      'startHost',
      'host.listening',
      'text/event-stream',
      'x-kassa-window',
    ];
    expect(hostMarkers.filter((marker) => code.includes(marker))).toEqual([]);
  });
});
