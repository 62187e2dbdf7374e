import { errorText } from '../../shared/i18n/errors.ts';
import { useCallback, useEffect, useState } from 'react';
import { loadTranslator } from '../../shared/i18n/catalogs.ts';
import { languageForLocale } from '../../shared/i18n/languages.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import {
  chooseLanguage,
  rememberedLanguage,
  useLanguage,
  useFollowRememberedLanguage,
  type DisplayLanguage,
} from '../shared/display-language.tsx';
import { createFormatters } from '../shared/formatters.ts';
import { LoginScreen } from './staff/login-screen.tsx';
import { OwnerSetup } from './staff/owner-setup.tsx';
import { useSession } from './staff/use-session.ts';
import { TillSetupContext, type TillSetup } from './till-context.tsx';
import { Till } from './till.tsx';
import { kassa } from '../shared/kassa.ts';
import { hostChangedEvent } from '../shared/host-changed.ts';

type Boot =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; setup: TillSetup };

/** While the till cannot reach Kassa it asks again this often: a host that comes back is found by itself. */
const retryEveryMs = 3_000;

/** The host was restarted with a new token (headless host only): nothing this tab does can reconnect it. */
function useHostRestarted(): boolean {
  const [restarted, setRestarted] = useState(false);
  useEffect(() => {
    const heard = () => setRestarted(true);
    window.addEventListener(hostChangedEvent, heard);
    return () => window.removeEventListener(hostChangedEvent, heard);
  }, []);
  return restarted;
}

async function loadSetup(choose: DisplayLanguage['choose']): Promise<TillSetup> {
  const [store, methods] = await Promise.all([kassa.store.info({}), kassa.paymentMethods.list({})]);
  if (!store.ok) throw new Error(errorText(store.error));
  if (!methods.ok) throw new Error(errorText(methods.error));
  const info: StoreInfo = store.value;
  // The receipt speaks the store's language; the screens the one last chosen here, else the store's too.
  const storeLanguage = languageForLocale(info.locale);
  const [receipt] = await Promise.all([
    loadTranslator(storeLanguage),
    choose(rememberedLanguage() ?? storeLanguage),
  ]);
  return {
    store: info,
    methods: [...methods.value].sort((a, b) => a.position - b.position),
    format: createFormatters(info),
    receipt,
  };
}

/**
 * Loads the store and its payment methods, asks who is working, then shows the till; says plainly when Kassa
 * cannot be reached. Saved preferences (store, methods, an imported store file) reload what the till shows.
 */
export function TillApp() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const session = useSession();
  // The root reads the language, so a switch re-renders the window's words (`t` is module-wide).
  useLanguage();
  const choose = chooseLanguage;
  const load = useCallback(() => {
    loadSetup(choose).then(
      (setup) => setBoot({ state: 'ready', setup }),
      (error: unknown) =>
        setBoot({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [choose]);
  useEffect(load, [load]);
  const staffId = session.current.state === 'ready' ? session.current.session.staff?.id : undefined;
  useEffect(() => {
    // Whoever signs in gets back the language they chose on this till before.
    const own = staffId === undefined ? null : rememberedLanguage(staffId);
    if (own !== null) void choose(own);
  }, [staffId, choose]);
  useFollowRememberedLanguage(staffId, choose);
  useEffect(
    () =>
      kassa.on('settings.changed', ({ section }) => {
        if (section !== 'staff' && section !== 'exchangeRates') load();
      }),
    [load],
  );
  const restarted = useHostRestarted();
  const { reload: reloadSession } = session;
  const retry = useCallback(() => {
    setBoot({ state: 'loading' });
    load();
    reloadSession();
  }, [load, reloadSession]);
  const value = boot.state === 'ready' ? boot.setup : null;
  const problem =
    boot.state === 'failed'
      ? boot.message
      : session.current.state === 'failed'
        ? session.current.message
        : null;

  // Reading the store again is harmless: while Kassa does not answer, the till keeps asking by itself.
  const waiting = problem !== null && !restarted;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(retry, retryEveryMs);
    return () => window.clearInterval(timer);
  }, [waiting, retry]);

  if (restarted) {
    return (
      <main className="boot">
        <div className="boot__card" role="alert" data-testid="host-restarted">
          <h1 className="boot__title">{t('host.restartedTitle')}</h1>
          <p>{t('host.restarted')}</p>
        </div>
      </main>
    );
  }
  if (problem !== null) {
    return (
      <main className="boot">
        <div className="boot__card" role="alert">
          <h1 className="boot__title">{t('boot.failedTitle')}</h1>
          <p>{problem}</p>
          <p>{t('boot.retrying')}</p>
          <button type="button" className="button button--primary" onClick={retry}>
            {t('boot.retry')}
          </button>
        </div>
      </main>
    );
  }
  if (!value || session.current.state !== 'ready') {
    return (
      <main className="boot" aria-busy="true">
        <p className="boot__text">{t('boot.loading')}</p>
      </main>
    );
  }
  const { session: current } = session.current;
  return (
    <TillSetupContext.Provider value={value}>
      {current.needsOwnerSetup ? (
        <OwnerSetup onDone={session.show} />
      ) : current.staff === null ? (
        <LoginScreen session={current} onSignedIn={session.show} />
      ) : (
        <Till
          staff={current.staff}
          // The banner asks the owner to change the published PIN: only an owner can (issue 15.6).
          usingDemoPin={current.usingDemoPin && current.staff.role === 'owner'}
          onSession={session.show}
        />
      )}
    </TillSetupContext.Provider>
  );
}
