/**
 * Structured log lines (one JSON object per line) so IT can grep and parse them. Secrets never reach a
 * logger: fields whose names look like secrets are masked here as a last line of defence.
 */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

const secretField = /(secret|token|password|pin|api_?key|authorization)/i;

export function maskFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = secretField.test(key) ? '[masked]' : value;
  return out;
}

export function createLogger(write: (line: string) => void, now: () => number = Date.now): Logger {
  const emit =
    (level: string) =>
    (event: string, fields: Record<string, unknown> = {}) =>
      write(JSON.stringify({ at: new Date(now()).toISOString(), level, event, ...maskFields(fields) }));
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
