import { appendFileSync } from 'node:fs';

/**
 * Failpoints for crash testing (in the spirit of FoundationDB's and TiKV's): with
 * KASSA_FAILPOINTS=journal.before_send:capture the process kills itself at exactly that point, so the
 * crash-recovery tests can stop Kassa between writing the journal and sending a request, or between an
 * answer arriving and being recorded. Unset (always, in production) it costs one Set lookup.
 */
const armed = new Set(
  (process.env.KASSA_FAILPOINTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

/**
 * With KASSA_FAILPOINTS_LOG set, each failpoint that fires appends its name to that file first, so the
 * benchmark can count the kill points the crash tests really reached (payment_crash_points), whatever
 * points later code adds.
 */
const firedLog = process.env.KASSA_FAILPOINTS_LOG;

export function failpoint(name: string): void {
  if (armed.size > 0 && armed.has(name)) {
    process.stderr.write(`failpoint ${name}: killing the process\n`);
    if (firedLog) appendFileSync(firedLog, name + '\n');
    process.kill(process.pid, 'SIGKILL');
  }
}
