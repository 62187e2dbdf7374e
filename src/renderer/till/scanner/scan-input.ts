import { listenForScans } from './wedge-scanner.ts';

/*
 * The till's one scanner listener, started when the window's script starts — before React draws anything — and
 * never taken down while the window lives. A listener tied to the till's component came and went with its
 * renders (a burst in progress was dropped each time) and missed every scan made before the till's first paint:
 * on a busy till, the first scan of the day after opening. Codes scanned while no screen takes them wait here
 * for the till, a short while.
 */

/** How long a code scanned before the till was on screen is kept for it. */
const keptForMs = 10_000;

let started = false;
let pending: { code: string; at: number }[] = [];
let handler: ((code: string) => void) | null = null;

/** Starts listening for scans on the window (once; later calls do nothing). */
export function startScanInput(target: Window): void {
  if (started) return;
  started = true;
  listenForScans(target, (code) => {
    if (handler) handler(code);
    else pending.push({ code, at: performance.now() });
  });
}

/** The till takes the scans from now on, first those made while it was not yet listening; returns the stop. */
export function takeScans(next: (code: string) => void): () => void {
  handler = next;
  const now = performance.now();
  const waiting = pending.filter((p) => now - p.at <= keptForMs);
  pending = [];
  for (const p of waiting) next(p.code);
  return () => {
    if (handler === next) handler = null;
  };
}
