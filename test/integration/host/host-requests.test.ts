import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startHost, type Host } from '../../../src/main/host/host-server.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { tempDir } from '../../support/core.ts';

let host: Host;
afterEach(async () => {
  await host.close();
});

/** Sends a raw request, so that a path the fetch API would refuse to build still reaches the host. */
function send(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((done, failed) => {
    const url = new URL(host.url);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        headers: {
          authorization: `Bearer ${host.token}`,
          'x-kassa-window': 'till',
          'content-type': 'application/json',
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', failed);
    req.end(body);
  });
}

describe('the headless host answers requests it cannot read with 4xx, never 500 (REL-5)', () => {
  it('answers 400 to a channel name with a malformed percent-escape', async () => {
    host = await startHost({ dataDir: tempDir(), log: silentLogger });
    expect((await send('/ipc/%E0%A4%A', '{}')).status).toBe(400);
    // The host keeps answering ordinary calls.
    const ok = await send('/ipc/session.current', '{}');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ ok: true });
  });

  it('answers 413 to a body over the limit, whether announced or streamed', async () => {
    host = await startHost({ dataDir: tempDir(), log: silentLogger });
    const big = Buffer.alloc(2 * 1024 * 1024, 'a');
    expect((await send('/ipc/catalog.search', big)).status).toBe(413);
    const streamed = await new Promise<number>((done, failed) => {
      const url = new URL(host.url);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/ipc/catalog.search',
          method: 'POST',
          headers: { authorization: `Bearer ${host.token}`, 'x-kassa-window': 'till' },
        },
        (res) => done(res.statusCode ?? 0),
      );
      req.on('error', failed);
      // No content-length: chunked, so only counting what arrives can catch it.
      for (let i = 0; i < 40; i++) req.write(Buffer.alloc(64 * 1024, 'a'));
      req.end();
    });
    expect(streamed).toBe(413);
    expect((await send('/ipc/session.current', '{}')).status).toBe(200);
  });
});
