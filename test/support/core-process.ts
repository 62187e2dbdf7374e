import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ChannelName, RequestIn, ResponseOf } from '../../src/shared/ipc/contract.ts';
import type { Result } from '../../src/shared/errors.ts';
import { fromTemplate } from './core.ts';

export interface CoreProcess {
  call<C extends ChannelName>(channel: C, request: RequestIn<C>): Promise<ResponseOf<C>>;
  /** Like call, but returns the Result (and a network error as null) instead of throwing. */
  tryCall<C extends ChannelName>(channel: C, request: RequestIn<C>): Promise<Result<ResponseOf<C>> | null>;
  kill(): Promise<void>;
  stop(): Promise<void>;
  exited: Promise<number | null>;
  child: ChildProcess;
}

/**
 * Starts test/support/core-child.ts on `dataDir` with extra environment (Stripe keys, failpoints). An empty
 * folder first gets a copy of the run's migrated demo database, as `testCore` does; a folder with a database
 * (a restart after a kill) is the child's own.
 */
export async function spawnCore(dataDir: string, env: Record<string, string>): Promise<CoreProcess> {
  fromTemplate(dataDir);
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'core-child.ts'), dataDir], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const first = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', done);
    void exited.then((code) => fail(new Error(`core exited (${code}) before it was ready: ${stderr}`)));
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };

  async function tryCall<C extends ChannelName>(channel: C, request: RequestIn<C>) {
    try {
      const response = await fetch(`${url}/ipc/${channel}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'x-kassa-window': 'till',
          'content-type': 'application/json',
        },
        body: JSON.stringify(request),
      });
      return (await response.json()) as Result<ResponseOf<C>>;
    } catch {
      return null;
    }
  }

  // After a restart Kassa asks an owner for the PIN again (only a recent cashier's session comes back), so the
  // harness types the demo owner's PIN as the person at the till would before taking the next payment.
  const current = await tryCall('session.current', {});
  if (current?.ok && current.value.staff === null) {
    const members = await tryCall('staff.list', {});
    const owner = members?.ok ? members.value.find((m) => m.role === 'owner' && m.active) : undefined;
    if (owner) await tryCall('session.login', { staffId: owner.id, pin: '1234' });
  }

  return {
    child,
    exited,
    tryCall,
    async call(channel, request) {
      const result = await tryCall(channel, request);
      if (!result) throw new Error(`${channel}: the core did not answer`);
      if (!result.ok)
        throw Object.assign(new Error(`${channel}: ${result.error.message}`), { kassa: result.error });
      return result.value;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
