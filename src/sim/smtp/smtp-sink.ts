import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** One message as the sink received it: the envelope and the raw RFC 5322 text (parse it with mailparser). */
export interface ReceivedMail {
  from: string;
  to: string[];
  /** Who signed in with AUTH, if anyone. */
  user: string | null;
  /** Whether the conversation was encrypted when the message came (TLS from the start, or after STARTTLS). */
  encrypted: boolean;
  raw: Buffer;
  receivedAt: number;
}

export interface SmtpSink {
  port: number;
  /** Everything received so far, oldest first. */
  messages(): ReceivedMail[];
  /** Resolves with the first message (already received or to come) that `match` accepts. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** While on, the sink answers MAIL FROM with a temporary refusal (451), as a busy or throttling server does. */
  refuse(on: boolean): void;
  /** Stops listening (the server is down) / listens again on the same port (it is back). */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  port?: number;
  /** When given, AUTH must use exactly these; otherwise any user and password are accepted. */
  credentials?: { user: string; password: string };
  /**
   * Encryption: `implicit` speaks TLS from the first byte (port 465 style), `starttls` upgrades a plain
   * connection on request (587 style). Without it the sink speaks plain SMTP and offers no STARTTLS.
   */
  tls?: { mode: 'implicit' | 'starttls'; key: string; cert: string };
}

/**
 * A local SMTP server for tests and demo mode (built on `smtp-server` from the nodemailer project): it accepts
 * mail on loopback, plain or over TLS / STARTTLS with a certificate the test made (see test-certificate.ts), keeps every message in memory, and can refuse or go down on command so the
 * outbox's retries can be watched. Never reachable from the network: it listens on 127.0.0.1 only.
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<{ match: (m: ReceivedMail) => boolean; done: (m: ReceivedMail) => void }>();
  let refusing = false;

  const create = () =>
    new SMTPServer({
      secure: options.tls?.mode === 'implicit',
      ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
      disabledCommands: options.tls ? [] : ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        const expected = options.credentials;
        if (expected && (auth.username !== expected.user || auth.password !== expected.password)) {
          callback(new Error('Invalid username or password'));
          return;
        }
        callback(null, { user: auth.username ?? '' });
      },
      onMailFrom(_address: SMTPServerAddress, _session: SMTPServerSession, callback) {
        if (refusing) {
          const error = Object.assign(new Error('Try again later: the sink is refusing mail'), {
            responseCode: 451,
          });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const mail: ReceivedMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: typeof session.user === 'string' ? session.user : null,
            encrypted: session.secure,
            raw: Buffer.concat(chunks),
            receivedAt: Date.now(),
          };
          received.push(mail);
          for (const waiter of waiters) if (waiter.match(mail)) waiter.done(mail);
          callback();
        });
      },
    });

  // A client that hangs up in the middle of a TLS handshake (it refused the certificate) is an error event on
  // the server; a real server logs it and keeps serving, and so does the sink.
  const serve = () => {
    const created = create();
    created.on('error', () => {});
    return created;
  };
  let server = serve();
  const listen = (port: number) =>
    new Promise<number>((ready, failed) => {
      server.once('error', failed);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', failed);
        ready((server.server.address() as AddressInfo).port);
      });
    });
  const stop = () => new Promise<void>((done) => server.close(() => done()));
  const port = await listen(options.port ?? 0);

  return {
    port,
    messages: () => [...received],
    waitFor(match, timeoutMs = 15_000) {
      const already = received.find(match);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          done: (m: ReceivedMail) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching e-mail reached the SMTP sink within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    refuse(on) {
      refusing = on;
    },
    down: stop,
    async up() {
      server = serve();
      await listen(port);
    },
    close: stop,
  };
}
