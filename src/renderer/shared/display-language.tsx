/*
 * The display language: what the screens speak, chosen by whoever works the till, apart from the store locale
 * (money, dates and the receipt). It is remembered on this till, per staff member and for the till as a whole
 * (the sign-in screen speaks the last one used), in the window's local storage, which Electron keeps per till.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { loadTranslator } from '../../shared/i18n/catalogs.ts';
import { isLanguage, type Language } from '../../shared/i18n/languages.ts';
import { currentLanguage, setTranslator } from '../../shared/i18n/translate.ts';
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
  /** Loads the catalog (once), then the whole window re-renders in it. */
  choose(language: Language): Promise<void>;
  /** Where Chromium's date inputs stand after the last switch (main remembers it for the next start). */
  dates: DisplayLanguageStatus | null;
}

/**
 * Holds a window's display language. `t` is module-wide, so the state change re-renders the window from its
 * root; `<html lang>` follows, so Chromium's date inputs, hyphenation and CJK font choice follow too.
 */
export function useDisplayLanguageState(): DisplayLanguage {
  const [language, setLanguage] = useState<Language>(currentLanguage);
  const [dates, setDates] = useState<DisplayLanguageStatus | null>(null);
  // The last choice wins when two loads overlap (a quick second tap while a catalog downloads).
  const latest = useRef<Language>(language);
  const choose = useCallback(async (next: Language) => {
    latest.current = next;
    const translator = await loadTranslator(next);
    if (latest.current !== next) return;
    setTranslator(translator);
    document.documentElement.lang = next;
    setLanguage(next);
    // Main remembers it for the next start, where Chromium's own controls (date inputs) take it too.
    const remembered = await kassa.displayLanguage.remember({ language: next });
    if (remembered.ok && latest.current === next) setDates(remembered.value);
  }, []);
  return { language, choose, dates };
}

export const DisplayLanguageContext = createContext<DisplayLanguage | null>(null);

export function useDisplayLanguage(): DisplayLanguage {
  const value = useContext(DisplayLanguageContext);
  if (!value) throw new Error('useDisplayLanguage is used outside a window that holds a display language');
  return value;
}
