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

export function failpoint(name: string): void {
  if (armed.size > 0 && armed.has(name)) {
    process.stderr.write(`failpoint ${name}: killing the process\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
