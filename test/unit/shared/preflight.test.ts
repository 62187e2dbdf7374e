import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');
const script = resolve(repo, 'scripts/preflight.cjs');
const { problem } = createRequire(import.meta.url)(script) as {
  problem(mode: string, env: { version: string; repo: string; overrideDist?: string }): string | null;
};

/** A checkout: with or without installed dependencies and the Electron binary. */
function checkout(options: { installed: boolean; electron: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'kassa-preflight-'));
  if (options.installed) {
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{}');
  }
  if (options.electron) {
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    mkdirSync(join(root, 'node_modules', 'electron', 'dist'));
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
  }
  return root;
}

const oneSentence = (text: string | null) => {
  expect(text).not.toBeNull();
  expect(text!.trim().split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(1);
};

describe('the preflight before every command', () => {
  it('on Node 20, says Node 24 is needed and how to get it', () => {
    const said = problem('node', {
      version: 'v20.20.2',
      repo: checkout({ installed: true, electron: true }),
    });
    oneSentence(said);
    expect(said).toMatch(/needs Node 24 .* this is Node 20\.20\.2: install Node 24/);
  });

  it('without the Electron binary, npm start says so and offers the host', () => {
    const root = checkout({ installed: true, electron: false });
    const said = problem('electron', { version: 'v24.22.3', repo: root });
    oneSentence(said);
    expect(said).toMatch(/Electron binary is not installed.*npm run host/);
    expect(problem('node', { version: 'v24.22.3', repo: root })).toBeNull();
    expect(
      problem('electron', { version: 'v24.22.3', repo: checkout({ installed: true, electron: true }) }),
    ).toBeNull();
  });

  it('without node_modules, says to run npm ci first', () => {
    const said = problem('node', {
      version: 'v24.0.0',
      repo: checkout({ installed: false, electron: false }),
    });
    oneSentence(said);
    expect(said).toMatch(/run npm ci first/);
  });

  it('runs before every command that needs Node 24, and before npm start checks for Electron', () => {
    const { scripts } = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.prestart).toBe('node scripts/preflight.cjs electron');
    expect(scripts.predev).toBe('node scripts/preflight.cjs electron');
    for (const name of ['host', 'sim', 'test', 'bench', 'dist', 'dist:check', 'build', 'typecheck'])
      expect({ name, pre: scripts[`pre${name}`] }).toEqual({ name, pre: 'node scripts/preflight.cjs' });
  });

  it('passes quietly on this Node with the dependencies installed', () => {
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8' })).toBe('');
  });

  // The point of the plain syntax: an old Node must get as far as saying what is wrong.
  it.runIf(existsSync('/usr/bin/node') && !process.execPath.startsWith('/usr/bin'))(
    "runs on the system's older Node and answers with the sentence",
    () => {
      const run = spawnSync('/usr/bin/node', [script], { encoding: 'utf8' });
      const version = execFileSync('/usr/bin/node', ['--version'], { encoding: 'utf8' }).trim();
      if (Number(version.slice(1).split('.')[0]) >= 24) return;
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^Kassa needs Node 24 or later/);
    },
  );
});
