const pad = (n: number) => String(n).padStart(2, '0');

/** A day as the contract writes it (YYYY-MM-DD), in the till's own calendar (not UTC's). */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
