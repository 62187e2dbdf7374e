import { errorText } from '../../shared/i18n/errors.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { languageForLocale } from '../../shared/i18n/languages.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { SignedIn } from '../../shared/ipc/staff.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import {
  chooseLanguage,
  rememberedLanguage,
  useLanguage,
  useFollowRememberedLanguage,
  type DisplayLanguage,
} from '../shared/display-language.tsx';
import { createFormatters } from '../shared/formatters.ts';
import { LockIcon } from '../shared/icons.tsx';
import { PrefsContext, type PrefsSetup } from './prefs-context.tsx';
import { SectionNav } from './section-nav.tsx';
import { sectionIds, type SectionId } from './sections.ts';
import { SectionView } from './section-view.tsx';
import { SecretsNotice } from './secrets-notice.tsx';
import { kassa } from '../shared/kassa.ts';

type Boot =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'locked' }
  | { state: 'ready'; store: StoreInfo; owner: SignedIn };

async function unlockState(choose: DisplayLanguage['choose']): Promise<Boot> {
  const [session, store] = await Promise.all([kassa.session.current({}), kassa.store.info({})]);
  if (!session.ok) return { state: 'failed', message: errorText(session.error) };
  if (!store.ok) return { state: 'failed', message: errorText(store.error) };
  // The owner who unlocked them reads the preferences in their own language, as at the till.
  const owner = session.value.staff;
  await choose(
    (owner && rememberedLanguage(owner.id)) ?? rememberedLanguage() ?? languageForLocale(store.value.locale),
  );
  return session.value.staff === null
    ? { state: 'locked' }
    : { state: 'ready', store: store.value, owner: session.value.staff };
}

const sectionFromHash = (): SectionId => {
  const hash = location.hash.slice(1);
  return (sectionIds as readonly string[]).includes(hash) ? (hash as SectionId) : 'store';
};

/**
 * The preferences window (PREF-1): open only while an owner has unlocked it from the till. It locks itself
 * after a while without use, and when it is closed; then it says how to open it again.
 */
export function PreferencesApp() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  const [focusAnchor, setFocusAnchor] = useState<string | null>(null);
  // The root reads the language, so a switch re-renders the window's words (`t` is module-wide).
  useLanguage();
  const choose = chooseLanguage;

  const check = useCallback(() => {
    void unlockState(choose).then(setBoot);
  }, [choose]);
  useEffect(check, [check]);
  useFollowRememberedLanguage(boot.state === 'ready' ? boot.owner.id : undefined, choose);

  // Locked by the idle timer, by another window, or unlocked again from the till: follow the session.
  useEffect(
    () =>
      kassa.on('session.changed', ({ preferencesOpen }) => {
        if (!preferencesOpen) setBoot({ state: 'locked' });
        else check();
      }),
    [check],
  );

  // Closing the window locks the preferences, as the contract asks; the tab may be gone before the answer.
  useEffect(() => {
    const lock = () => void kassa.preferences.close({});
    window.addEventListener('pagehide', lock);
    return () => window.removeEventListener('pagehide', lock);
  }, []);

  const go = useCallback((next: SectionId, anchor: string | null = null) => {
    setSection(next);
    setFocusAnchor(anchor);
    history.replaceState(null, '', `#${next}`);
  }, []);

  const focused = useCallback(() => setFocusAnchor(null), []);

  const reloadStore = useCallback(() => {
    void kassa.store.info({}).then((result) => {
      if (!result.ok) return;
      setBoot((current) => (current.state === 'ready' ? { ...current, store: result.value } : current));
    });
  }, []);

  const setup = useMemo<PrefsSetup | null>(
    () =>
      boot.state === 'ready'
        ? {
            store: boot.store,
            format: createFormatters(boot.store),
            owner: boot.owner,
            go: (next) => go(next),
            reloadStore,
          }
        : null,
    [boot, go, reloadStore],
  );

  const lockNow = async () => {
    await kassa.preferences.close({});
    setBoot({ state: 'locked' });
  };

  if (boot.state === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <p className="boot__text">{t('prefs.loading')}</p>
      </main>
    );
  }
  if (boot.state === 'failed') {
    return (
      <main className="boot">
        <div className="boot__card" role="alert">
          <h1 className="boot__title">{t('prefs.failedTitle')}</h1>
          <p>{boot.message}</p>
          <button type="button" className="button button--primary" onClick={check}>
            {t('boot.retry')}
          </button>
        </div>
      </main>
    );
  }
  if (boot.state === 'locked' || !setup) {
    return (
      <main className="boot">
        <div className="boot__card" role="alert" data-testid="preferences-locked">
          <LockIcon className="boot__icon" />
          <h1 className="boot__title">{t('prefs.lockedTitle')}</h1>
          <p>{t('prefs.lockedText')}</p>
          <button type="button" className="button" onClick={check}>
            {t('prefs.checkAgain')}
          </button>
        </div>
      </main>
    );
  }

  return (
    <PrefsContext.Provider value={setup}>
      <div className="prefs">
        <SectionNav
          current={section}
          storeName={setup.store.name}
          owner={setup.owner}
          onGo={go}
          onLock={() => void lockNow()}
        />
        <main className="prefs__main" id="prefs-main">
          <SecretsNotice />
          <SectionView key={section} section={section} focusAnchor={focusAnchor} onFocused={focused} />
        </main>
      </div>
    </PrefsContext.Provider>
  );
}
