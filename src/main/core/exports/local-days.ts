/**
 * The shop's days are the till's own calendar days: an export "from 1 to 22 November" means from local
 * midnight on the 1st to local midnight after the 22nd, whatever the clocks did in between (summer time).
 */

function localMidnight(day: string, plusDays = 0): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  // setFullYear, unlike the Date constructor, does not read years below 100 as 19xx.
  at.setFullYear(year, month - 1, date + plusDays);
  at.setHours(0, 0, 0, 0);
  return at.getTime();
}

/** The instants of the days `from` to `to` (YYYY-MM-DD, both included): `start` included, `end` not. */
export function localDays(from: string, to: string): { start: number; end: number } {
  return { start: localMidnight(from), end: localMidnight(to, 1) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 in the till's time zone with its offset, such as 2026-11-02T14:05:09+01:00. */
export function localDateTime(ms: number): string {
  const at = new Date(ms);
  const east = -at.getTimezoneOffset();
  const offset = `${east >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(east) / 60))}:${pad(Math.abs(east) % 60)}`;
  const date = `${String(at.getFullYear()).padStart(4, '0')}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${date}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}${offset}`;
}
