import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../src/main/host/host-server.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { newId, tempDir } from '../../support/core.ts';

let host: Host;
afterEach(async () => {
  await host.close();
});

const post = (channel: string, token: string, window: string, body: unknown = {}) =>
  fetch(`${host.url}/ipc/${channel}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'x-kassa-window': window,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });

/** Reads server-sent events until `until` says stop; returns the event names seen. */
async function eventsUntil(token: string, act: () => Promise<void>, until: (names: string[]) => boolean) {
  const controller = new AbortController();
  const response = await fetch(`${host.url}/events?token=${encodeURIComponent(token)}`, {
    signal: controller.signal,
  });
  const reader = response.body!.getReader();
  const names: string[] = [];
  await reader.read(); // ": connected"
  await act();
  let text = '';
  while (!until(names)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
    names.length = 0;
    for (const m of text.matchAll(/^event: (.+)$/gm)) names.push(m[1]!);
  }
  controller.abort();
  return names;
}

describe('the headless host’s customer display (TILL-10)', () => {
  it('gives the display its own address whose token can read the display’s view and nothing else', async () => {
    host = await startHost({ dataDir: tempDir(), log: silentLogger });
    const address = host.windowUrl('customer-display');
    expect(address).toBe(`${host.url}/customer-display/#token=${host.displayToken}`);
    expect(host.displayToken).not.toBe(host.token);

    const view = await post('customerDisplay.view', host.displayToken, 'customer-display');
    expect(view.status).toBe(200);
    expect(await view.json()).toMatchObject({ ok: true, value: { stage: 'welcome' } });

    // Claiming to be the till, or asking for anything else, is refused before it reaches the core.
    for (const [channel, window] of [
      ['customerDisplay.view', 'till'],
      ['store.info', 'customer-display'],
      ['orders.search', 'till'],
      ['customerDisplay.show', 'till'],
      ['staff.list', 'preferences'],
    ] as const) {
      expect((await post(channel, host.displayToken, window)).status).toBe(403);
    }
    expect((await post('customerDisplay.view', 'not-a-token', 'customer-display')).status).toBe(401);
    // The full token still reads the display's view as the display window (the app's own display does).
    expect((await post('customerDisplay.view', host.token, 'customer-display')).status).toBe(200);
  });

  it('sends the display’s event stream only the display’s own events', async () => {
    host = await startHost({ dataDir: tempDir(), log: silentLogger });
    const orderId = newId();
    const cart = {
      screen: {
        stage: 'cart',
        orderId,
        lines: [{ productId: 1, name: 'Cola', unitPrice: 119, taxRateBp: 1900, quantity: 1 }],
      },
    };
    const seen = await eventsUntil(
      host.displayToken,
      async () => {
        host.core.services.alerts.raise('warning', 'test', { key: 'alert.integrityFailed' });
        expect((await post('customerDisplay.show', host.token, 'till', cart)).status).toBe(200);
      },
      (names) => names.includes('customerDisplay.changed'),
    );
    expect(seen).toEqual(['customerDisplay.changed']);
  });

  it('sends /display to the display’s page', async () => {
    host = await startHost({ dataDir: tempDir(), log: silentLogger });
    const response = await fetch(`${host.url}/display`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/customer-display/');
  });
});
