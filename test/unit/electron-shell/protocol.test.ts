import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../../../src/shared/security/csp.ts';
import { protocol } from './fake-electron.ts';
import { launch, secretText, tillPage, type Launched } from './launch.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

let launched: Launched | null = null;
afterEach(async () => {
  await launched?.close();
  launched = null;
});

const csp = contentSecurityPolicy({ connectSelf: false });

describe('the kassa:// scheme', () => {
  it('is registered before Electron is ready as standard and secure, with no extra powers', async () => {
    launched = await launch();
    expect(protocol.privileged).toEqual([
      {
        scheme: 'kassa',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        beforeReady: true,
      },
    ]);
  });

  it('serves the till page with the Content Security Policy', async () => {
    launched = await launch();
    for (const url of ['kassa://app/till/index.html', 'kassa://app/till/']) {
      const response = await protocol.fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(tillPage);
    }
    const script = await protocol.fetch('kassa://app/assets/till.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(csp);
  });

  it('names the type of every kind of file a build holds, so nosniff never blocks one', async () => {
    launched = await launch({
      prepare(root) {
        for (const name of ['worker.mjs', 'inter.woff', 'inter.woff2', 'photo.webp', 'logo.png', 'icon.svg'])
          writeFileSync(join(root, 'renderer', 'assets', name), 'x');
      },
    });
    const types: Record<string, string | null> = {};
    for (const name of ['worker.mjs', 'inter.woff', 'inter.woff2', 'photo.webp', 'logo.png', 'icon.svg'])
      types[name] = (await protocol.fetch(`kassa://app/assets/${name}`)).headers.get('content-type');
    expect(types).toEqual({
      'worker.mjs': 'text/javascript; charset=utf-8',
      'inter.woff': 'font/woff',
      'inter.woff2': 'font/woff2',
      'photo.webp': 'image/webp',
      'logo.png': 'image/png',
      'icon.svg': 'image/svg+xml',
    });
  });

  it('never hands out a file outside the build folder, however the path is spelled', async () => {
    launched = await launch();
    const secret = join(launched.root, 'secret.txt');
    const attempts = [
      'kassa://app/../secret.txt',
      'kassa://app/till/../../secret.txt',
      'kassa://app/%2e%2e/secret.txt',
      'kassa://app/%2E%2E%2Fsecret.txt',
      'kassa://app/..%2fsecret.txt',
      'kassa://app/till/..%2f..%2fsecret.txt',
      'kassa://app/..%5csecret.txt',
      `kassa://app/${encodeURIComponent(secret)}`,
      `kassa://app/${secret}`,
      `kassa://app//${secret}`,
      'kassa://app/%00/till/index.html',
      'kassa://app/%E0%A4%A',
      `kassa://${encodeURIComponent(launched.root)}/secret.txt`,
    ];
    for (const url of attempts) {
      const response = await protocol.fetch(url);
      const body = await response.text();
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
      expect(body).not.toContain(secretText);
      expect(response.headers.get('content-security-policy')).toBe(csp);
    }
  });

  it('answers only the app host, and only reads', async () => {
    launched = await launch();
    expect((await protocol.fetch('kassa://other/till/index.html')).status).toBe(404);
    expect((await protocol.fetch('kassa://app/missing.html')).status).toBe(404);
    expect((await protocol.fetch('kassa://app/till/index.html', 'POST')).status).toBe(405);
    const head = await protocol.fetch('kassa://app/till/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
