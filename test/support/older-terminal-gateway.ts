/**
 * Mercado Pago in front of a terminal that does not support the asynchronous at-terminal cancel: everything
 * is passed through to the simulator, except that such a cancel of an order already on the terminal is
 * refused with 409 `cannot_cancel_order`, as Mercado Pago answers for those terminals.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MercadoPagoWorld } from './mercadopago.ts';

/** Something between Kassa and the simulator that changes what Mercado Pago answers. */
export interface Gateway {
  url: string;
  close(): Promise<void>;
}

export async function olderTerminalGateway(world: MercadoPagoWorld): Promise<Gateway> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const cancel = /^\/v1\/orders\/([^/]+)\/cancel$/.exec(req.url ?? '');
        const onTerminal = cancel && world.sim.control.order(cancel[1] ?? '')?.status === 'at_terminal';
        if (
          req.method === 'POST' &&
          onTerminal &&
          req.headers['x-allow-cancelable-status'] === 'at_terminal'
        ) {
          res.writeHead(409, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              errors: [{ code: 'cannot_cancel_order', message: 'Not supported by this terminal.' }],
            }),
          );
          return;
        }
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
        ) as Record<string, string>;
        const body = chunks.length > 0 ? Buffer.concat(chunks) : null;
        const answer = await fetch(`${world.sim.url}${req.url ?? ''}`, {
          method: req.method ?? 'GET',
          headers,
          body,
        });
        res.writeHead(answer.status, {
          'content-type': answer.headers.get('content-type') ?? 'application/json',
        });
        res.end(Buffer.from(await answer.arrayBuffer()));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
