/*
 * The display language: what the screens speak, chosen by whoever works the till, apart from the store locale
 * (money, dates and the receipt). It is remembered on this till, per staff member and for the till as a whole
 * (the sign-in screen speaks the last one used), in the window's local storage, which Electron keeps per till.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { loadTranslator, readyTranslator } from '../../shared/i18n/catalogs.ts';
import { isLanguage, type Language } from '../../shared/i18n/languages.ts';
import {
  currentLanguage,
  currentTranslator,
  onLanguageChange,
  setTranslator,
  type MessageKey,
  type Translator,
} from '../../shared/i18n/translate.ts';
import type { DisplayLanguageStatus } from '../../shared/ipc/system.ts';
import { kassa } from './kassa.ts';

const tillKey = 'kassa.language';
const staffKey = (staffId: string) => `kassa.language.${staffId}`;

function read(key: string): Language | null {
  try {
    const value = localStorage.getItem(key);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function write(key: string, language: Language): void {
  try {
    localStorage.setItem(key, language);
  } catch {
    // Storage that refuses (private mode, full disk) only costs remembering the choice next time.
  }
}

/** The language last used on this till, or the one a staff member chose here before. */
export function rememberedLanguage(staffId?: string): Language | null {
  return staffId === undefined ? read(tillKey) : read(staffKey(staffId));
}

export function rememberLanguage(language: Language, staffId?: string): void {
  write(tillKey, language);
  if (staffId !== undefined) write(staffKey(staffId), language);
}

/**
 * Follows a language chosen in another window of this till (the storage event fires only in the others):
 * the preferences follow the till's header, and the till follows its staff member's choice in the preferences.
 */
export function useFollowRememberedLanguage(staffId: string | undefined, choose: DisplayLanguage['choose']) {
  useEffect(() => {
    if (staffId === undefined) return;
    const follow = (event: StorageEvent) => {
      if (event.key !== staffKey(staffId)) return;
      const language = rememberedLanguage(staffId);
      if (language !== null) void choose(language);
    };
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, [staffId, choose]);
}

export interface DisplayLanguage {
  language: Language;
  /**
   * Loads the catalog (once), then everything that shows words re-renders in it; with `rememberFor`, this till
   * remembers the choice for that staff member once the new words are painted.
   */
  choose(language: Language, rememberFor?: string): Promise<void>;
  /** Where Chromium's date inputs stand after the last switch (main remembers it for the next start). */
  dates: DisplayLanguageStatus | null;
}

/** The language the window speaks now: a component that reads it re-renders at each switch, and only then. */
export function useLanguage(): Language {
  return useSyncExternalStore(onLanguageChange, currentLanguage);
}

/** Resolves once the next frame has been painted: what a switch does besides showing the words waits for it. */
function afterPaint(): Promise<void> {
  return new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}

// Where the date inputs stand is news to the language menu only, so it is a store of its own: hearing main's
// answer re-renders the menu, not the window.
let dates: DisplayLanguageStatus | null = null;
const datesListeners = new Set<() => void>();
const onDatesChange = (listener: () => void) => {
  datesListeners.add(listener);
  return () => {
    datesListeners.delete(listener);
  };
};
const datesNow = () => dates;

// From a switch's tap to its painted frame, getting other languages ready waits (see `whileIdle`).
let switching = false;

// The last choice wins when two loads overlap (a quick second tap while a catalog downloads).
let latest: Language = currentLanguage();

/**
 * Switches the window's display language. A catalog already loaded (the language menu fetches them all when it
 * opens) is applied at once, inside the tap that chose it, so React paints the menu closing and the new words in
 * one frame; `<html lang>` follows, so Chromium's date inputs, hyphenation and CJK font choice follow too.
 */
export async function chooseLanguage(next: Language, rememberFor?: string): Promise<void> {
  latest = next;
  const translator = readyTranslator(next) ?? (await loadTranslator(next));
  if (latest !== next) return;
  switching = true;
  document.documentElement.lang = next;
  setTranslator(translator);
  await afterPaint();
  switching = false;
  if (rememberFor !== undefined) rememberLanguage(next, rememberFor);
  if (latest !== next) return;
  // Main remembers it for the next start, where Chromium's own controls (date inputs) take it too.
  const remembered = await kassa.displayLanguage.remember({ language: next });
  if (remembered.ok && latest === next) {
    dates = remembered.value;
    for (const listener of [...datesListeners]) listener();
  }
}

/**
 * Runs `step` in the window's idle time until it says it is done (a timer where idle callbacks are missing),
 * at least one step per callback. A till that keeps painting (a clock, a pulsing status) may have no idle time
 * at all: a trace of the till under load saw no idle callback in three seconds with the menu open, so each
 * waits at most 100 ms.
 */
function whileIdle(step: () => boolean): void {
  const next = () => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(
        (deadline) => {
          // A switch painting its first frame goes first: a waited-for callback would run in between.
          if (switching) return next();
          do if (step()) return;
          while (deadline.timeRemaining() > 1);
          next();
        },
        { timeout: 100 },
      );
    else setTimeout(() => (step() ? undefined : next()), 0);
  };
  next();
}

/** The languages whose fonts this window has laid out once (see `rehearseFonts`). */
const rehearsed = new Set<Language>([currentLanguage()]);

/**
 * Lays out, once and out of sight, a few of a language's messages in each font the window shows text in now,
 * with that language's `lang`: Chromium then finds the faces for its script (Noto Sans CJK for Chinese, 20 MB
 * read from disk), asks the system how to render each size and weight of them (on Linux a round trip to
 * fontconfig per size, some 20 of them in the till) and shapes its letters. A trace of a first switch to
 * Chinese spent 400–700 ms there, inside the switch; done here, while the menu is open, it is not paid at the tap.
 */
function rehearseFonts(translator: Translator, keys: readonly MessageKey[]): void {
  const language = translator.language;
  if (rehearsed.has(language) || document.body === null) return;
  rehearsed.add(language);
  const fonts = new Set<string>();
  for (const element of document.body.querySelectorAll<HTMLElement>('body *')) {
    if (![...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
      continue;
    const style = getComputedStyle(element);
    fonts.add(`${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`);
  }
  const sample = keys
    .slice(0, 12)
    .map((key) => translator.t(key))
    .join(' ');
  const stage = document.createElement('div');
  stage.lang = language;
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText =
    'position:fixed;left:-10000px;top:0;width:20rem;visibility:hidden;contain:strict;hyphens:auto;pointer-events:none';
  for (const font of fonts) {
    const line = document.createElement('p');
    line.style.font = font;
    line.textContent = sample;
    stage.append(line);
  }
  document.body.append(stage);
  void stage.offsetHeight; // lays it out now, in this idle slot
  stage.remove();
}

/**
 * Gets a language ready to be chosen: its catalog loads, and the messages the window shows now are compiled in
 * it while the window is idle, then laid out once in its fonts (`rehearseFonts`), so the switch itself only
 * renders and paints. Compiling them at the switch was most of a first switch to a language (more than the
 * catalog's download); a first switch to Chinese was mostly finding and measuring its fonts.
 */
export function prepareLanguage(language: Language): void {
  void loadTranslator(language)
    .then((next) => {
      if (next === currentTranslator()) return;
      const keys: MessageKey[] = currentTranslator().usedKeys();
      let at = 0;
      whileIdle(() => {
        if (at >= keys.length) {
          rehearseFonts(next, keys);
          return true;
        }
        next.prepare(keys.slice(at, at + 20));
        at += 20;
        return false;
      });
    })
    .catch(() => undefined); // a catalog that did not load is loaded again when chosen
}

/**
 * A window's display language. `t` is module-wide; the switch is an external store (translate.ts) that the
 * window's root reads through `useLanguage`, so a switch re-renders the window once, inside the tap; where the
 * date inputs stand is a store of its own, read by the language menu only.
 */
export function useDisplayLanguage(): DisplayLanguage {
  const language = useLanguage();
  const datesStatus = useSyncExternalStore(onDatesChange, datesNow);
  return { language, choose: chooseLanguage, dates: datesStatus };
}
