import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');

/**
 * Parses a contract request in a fresh Node, as a window would after loading `entry`'s first import, and
 * counts the `new Function` calls zod makes: each one is a CSP violation in a window.
 */
function evalProbes(firstImport: string | null): number {
  const script = `
    let probes = 0;
    globalThis.Function = new Proxy(Function, { construct(target, args) { probes++; return Reflect.construct(target, args); } });
    ${firstImport ? `await import(${JSON.stringify(resolve(repo, firstImport))});` : ''}
    const { channels } = await import(${JSON.stringify(resolve(repo, 'src/shared/ipc/contract.ts'))});
    for (const spec of Object.values(channels)) for (let i = 0; i < 2; i++) spec.request.safeParse({ anything: i });
    console.log(probes);`;
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim(),
  );
}

describe("zod under the windows' Content Security Policy", () => {
  it('never calls new Function once the jitless setting is loaded (no CSP violations)', () => {
    expect(evalProbes(null)).toBeGreaterThan(0);
    expect(evalProbes('src/shared/zod-jitless.ts')).toBe(0);
  });

  it('is the first import of every window entry point and of the preload', () => {
    for (const entry of [
      'src/renderer/till/main.tsx',
      'src/renderer/preferences/main.tsx',
      'src/renderer/host-bridge.ts',
      'src/preload/index.ts',
    ]) {
      const firstImport = /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(
        readFileSync(resolve(repo, entry), 'utf8'),
      );
      expect({ entry, first: firstImport?.[1]?.replace(/^(\.\.\/)+/, '') }).toEqual({
        entry,
        first: 'shared/zod-jitless.ts',
      });
    }
  });
});
