/*
 * Keyboard-wedge barcode scanners pretend to be a keyboard: they "type" the code and press Enter, all within a
 * few milliseconds. This listener tells such a burst from a person typing and hands the code to the till,
 * whichever element has focus, without the digits ever staying in a text box.
 *
 * How: the first key of any burst lands normally (nobody can know yet that it starts a scan), and a snapshot
 * of the focused field is taken before it does. Every following key that comes faster than a person types is
 * held back. If Enter ends the burst and it is long enough, it was a scan: the field is put back as it was
 * and the code is reported. If the burst ends any other way, the held-back keys are typed into the field after
 * all, so a fast typist loses nothing.
 *
 * Whether a key continues a burst is decided only by the keys' own timestamps (when the keyboard or scanner sent
 * them, which the operating system records), never by when the window got round to them: a window busy for a
 * moment (a long render, a garbage collection, a loaded machine) receives the queued keys late, all at once,
 * and they are still one scan. The timer that types held-back keys into the field for a fast typist is only
 * cosmetic: it does not end the burst, so a key that arrives after it — late, but sent right after the others —
 * still joins the scan, and the field is put back when the scan ends.
 */

/**
 * Longest gap between two keys of a scan. Scanners send a key every 1–15 ms (USB HID polls at 1–8 ms); even
 * fast typists leave 50 ms or more between keys (rollover of two keys can be faster, but never four in a row).
 */
export const maxScanKeyGapMs = 35;

/**
 * Shortest scan: the IPC contract's shortest barcode. Shorter bursts ending in Enter are a person confirming
 * something they typed quickly.
 */
export const minScanLength = 4;

/**
 * Once a burst has started with `minScanLength` keys this fast, no person typed it. A later pause up to this
 * long is the computer being busy (the keys queue up and arrive late), not a person taking over, so the scan
 * is not cut in two.
 */
export const maxScanHiccupMs = 150;

/**
 * How long held-back keys wait for the rest of the burst before they are shown in the field after all (a fast
 * typist sees them appear); the burst goes on if the next key's timestamp says so.
 */
const flushDelayMs = maxScanKeyGapMs * 2;

type TextField = HTMLInputElement | HTMLTextAreaElement;

interface Snapshot {
  field: TextField;
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

const textInputTypes = new Set(['text', 'search', 'tel', 'number', 'email', 'url', 'password', '']);

function focusedTextField(): TextField | null {
  const element = document.activeElement;
  if (element instanceof HTMLTextAreaElement) return element;
  if (element instanceof HTMLInputElement && textInputTypes.has(element.type)) return element;
  return null;
}

/** Sets a field's value the way typing would, so React's onChange sees it. */
function setFieldValue(field: TextField, value: string, caret: number | null): void {
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  if (caret !== null) field.setSelectionRange(caret, caret);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function insertIntoField(field: TextField, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  const value = field.value.slice(0, start) + text + field.value.slice(end);
  setFieldValue(field, value, start + text.length);
}

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);

function isCharacterKey(event: KeyboardEvent): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey;
}

/** Starts listening on `target` (the window); returns the function that stops it. */
export function listenForScans(target: Window, onScan: (code: string) => void): () => void {
  let burst = '';
  let held = '';
  let lastKeyAt = Number.NEGATIVE_INFINITY;
  let snapshot: Snapshot | null = null;
  let flushTimer: number | undefined;

  /** A machine is typing: the burst's first keys all came faster than a person can type. */
  const proven = () => burst.length >= minScanLength;
  const continues = (gap: number) =>
    burst !== '' && (gap < maxScanKeyGapMs || (proven() && gap < maxScanHiccupMs));

  const reset = () => {
    burst = '';
    held = '';
    snapshot = null;
    window.clearTimeout(flushTimer);
  };

  /**
   * The burst looks like a person after all: type what was held back into the field it was meant for. The
   * burst itself goes on (a scan whose next keys were only delivered late still ends as a scan, and `scanned`
   * then puts the field back as it was before the burst).
   */
  const showHeld = () => {
    const field = snapshot?.field;
    if (held !== '' && field && field.isConnected && document.activeElement === field)
      insertIntoField(field, held);
    held = '';
  };

  /** The burst is over and was not a scan: what was held back is typed, and the next key starts afresh. */
  const flush = () => {
    showHeld();
    reset();
  };

  const scanned = () => {
    const code = burst;
    const before = snapshot;
    reset();
    if (before && before.field.isConnected && before.field.value !== before.value) {
      setFieldValue(before.field, before.value, before.selectionStart);
      before.field.setSelectionRange(before.selectionStart, before.selectionEnd);
    }
    onScan(code);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Scanners press Shift for capital letters (Code 128); it is part of the burst, not its end.
    if (event.isComposing || modifierKeys.has(event.key)) return;
    const gap = event.timeStamp - lastKeyAt;
    lastKeyAt = event.timeStamp;

    if (event.key === 'Enter') {
      if (proven() && continues(gap)) {
        event.preventDefault();
        event.stopImmediatePropagation();
        scanned();
      } else {
        flush();
      }
      return;
    }

    if (!isCharacterKey(event)) {
      flush();
      lastKeyAt = Number.NEGATIVE_INFINITY;
      return;
    }

    if (continues(gap)) {
      // Part of a burst: hold it back until we know whether it is a scan.
      event.preventDefault();
      event.stopImmediatePropagation();
      burst += event.key;
      held += event.key;
      window.clearTimeout(flushTimer);
      flushTimer = window.setTimeout(showHeld, proven() ? maxScanHiccupMs : flushDelayMs);
      return;
    }

    // A new burst starts with this key, which lands where it would anyway.
    flush();
    const field = focusedTextField();
    snapshot = field
      ? { field, value: field.value, selectionStart: field.selectionStart, selectionEnd: field.selectionEnd }
      : null;
    burst = event.key;
  };

  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => {
    reset();
    target.removeEventListener('keydown', onKeyDown, { capture: true });
  };
}
