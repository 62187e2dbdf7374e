import { useCallback, useEffect, useState } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import { createFormatters } from '../shared/formatters.ts';
import { LoginScreen } from './staff/login-screen.tsx';
import { OwnerSetup } from './staff/owner-setup.tsx';
import { useSession } from './staff/use-session.ts';
import { TillSetupContext, type TillSetup } from './till-context.tsx';
import { Till } from './till.tsx';

type Boot =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; setup: TillSetup };

async function loadSetup(): Promise<TillSetup> {
  const [store, methods] = await Promise.all([
    window.kassa.store.info({}),
    window.kassa.paymentMethods.list({}),
  ]);
  if (!store.ok) throw new Error(store.error.message);
  if (!methods.ok) throw new Error(methods.error.message);
  const info: StoreInfo = store.value;
  document.documentElement.lang = info.locale;
  return {
    store: info,
    methods: [...methods.value].sort((a, b) => a.position - b.position),
    format: createFormatters(info),
  };
}

/**
 * Loads the store and its payment methods, asks who is working, then shows the till; says plainly when Kassa
 * cannot be reached. Saved preferences (store, methods, an imported store file) reload what the till shows.
 */
export function TillApp() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const session = useSession();
  const load = useCallback(() => {
    loadSetup().then(
      (setup) => setBoot({ state: 'ready', setup }),
      (error: unknown) =>
        setBoot({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  useEffect(load, [load]);
  useEffect(
    () =>
      window.kassa.on('settings.changed', ({ section }) => {
        if (section !== 'staff' && section !== 'exchangeRates') load();
      }),
    [load],
  );
  const retry = () => {
    setBoot({ state: 'loading' });
    load();
    session.reload();
  };
  const value = boot.state === 'ready' ? boot.setup : null;
  const problem =
    boot.state === 'failed'
      ? boot.message
      : session.current.state === 'failed'
        ? session.current.message
        : null;

  if (problem !== null) {
    return (
      <main className="boot">
        <div className="boot__card" role="alert">
          <h1 className="boot__title">{t('boot.failedTitle')}</h1>
          <p>{problem}</p>
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
