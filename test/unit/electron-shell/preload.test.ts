import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames } from '../../../src/shared/ipc/contract.ts';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

type Bridge = Record<string, unknown> & {
  on(event: string, listener: (...args: unknown[]) => void): () => void;
};
let kassa: Bridge;

beforeAll(async () => {
  resetFakeElectron();
  await import('../../../src/preload/index.ts');
  kassa = contextBridge.exposed.kassa as Bridge;
});

/** Every function reachable from window.kassa, with its path (e.g. "orders.checkout"). */
function functionsOf(value: unknown, path = ''): [string, (...args: unknown[]) => unknown][] {
  if (typeof value === 'function') return [[path, value as (...args: unknown[]) => unknown]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => functionsOf(inner, path ? `${path}.${key}` : key));
}

describe('window.kassa, as the preload exposes it', () => {
  it('is the only thing put into the page', () => {
    expect(Object.keys(contextBridge.exposed)).toEqual(['kassa']);
  });

  it('has exactly one function per contract channel, plus on()', () => {
    const exposed = functionsOf(kassa).map(([path]) => path);
    expect(exposed.sort()).toEqual([...channelNames, 'on'].sort());
  });

  it('never hands the page ipcRenderer or anything that could send on its own', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(ipcRenderer);
      for (const [key, inner] of Object.entries(value)) {
        expect(['ipcRenderer', 'invoke', 'send', 'sendSync', 'postMessage']).not.toContain(key);
        walk(inner);
      }
    };
    walk(kassa);
  });

  it('sends each call on the contract channel it names, and nothing else reaches ipcRenderer', async () => {
    ipcRenderer.invoked.length = 0;
    for (const [, fn] of functionsOf(kassa).filter(([path]) => path !== 'on')) await fn({});
    expect(ipcRenderer.invoked.map(([wire]) => wire)).toEqual(channelNames.map(() => 'kassa:invoke'));
    // Each channel exactly once (the bridge groups them by namespace, so the order is not the contract's).
    expect(ipcRenderer.invoked.map(([, channel]) => channel).sort()).toEqual([...channelNames].sort());
  });

  it('returns main’s answer, and an error value when main cannot be reached', async () => {
    ipcRenderer.answer = () => Promise.resolve({ ok: true, value: [{ id: 1 }] });
    const alerts = kassa.alerts as Record<string, (request?: unknown) => Promise<unknown>>;
    await expect(alerts.list!({})).resolves.toEqual({ ok: true, value: [{ id: 1 }] });
    ipcRenderer.answer = () => Promise.reject(new Error("No handler registered for 'kassa:invoke'"));
    await expect(alerts.list!({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
    ipcRenderer.answer = () => Promise.resolve({ ok: true, value: null });
  });
});

describe('events in window.kassa', () => {
  it('listens to main only for contract events, and hands listeners only the payload', () => {
    const event = eventNames[0]!;
    expect(ipcRenderer.listenerCount('kassa:event')).toBe(0);
    const ignored = kassa.on('secrets.leaked', () => undefined);
    expect(ipcRenderer.listenerCount('kassa:event')).toBe(0);
    ignored();

    const heard: unknown[][] = [];
    const stop = kassa.on(event, (...args) => heard.push(args));
    kassa.on(event, () => {
      throw new Error('a broken listener');
    });
    const also: unknown[] = [];
    kassa.on(event, (payload) => also.push(payload));
    expect(ipcRenderer.listenerCount('kassa:event')).toBe(1);

    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    ipcRenderer.deliver('kassa:event', event, { id: 7 });
    ipcRenderer.deliver('kassa:event', 'secrets.leaked', { id: 8 });
    ipcRenderer.deliver('kassa:event', { not: 'a name' }, { id: 9 });
    expect(heard).toEqual([[{ id: 7 }]]);
    expect(also).toEqual([{ id: 7 }]);

    stop();
    ipcRenderer.deliver('kassa:event', event, { id: 10 });
    errors.mockRestore();
    expect(heard).toEqual([[{ id: 7 }]]);
    expect(also).toEqual([{ id: 7 }, { id: 10 }]);
  });
});
