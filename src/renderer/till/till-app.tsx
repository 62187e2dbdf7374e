import { useCallback, useEffect, useState } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import type { StoreInfo } from '../../shared/ipc/store.ts';
import { createFormatters } from './formatters.ts';
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

/** Loads the store and its payment methods, then shows the till; says plainly when Kassa cannot be reached. */
export function TillApp() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const load = useCallback(() => {
    loadSetup().then(
      (setup) => setBoot({ state: 'ready', setup }),
      (error: unknown) =>
        setBoot({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  useEffect(load, [load]);
  const retry = () => {
    setBoot({ state: 'loading' });
    load();
  };
  const value = boot.state === 'ready' ? boot.setup : null;

  if (boot.state === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <p className="boot__text">{t('boot.loading')}</p>
      </main>
    );
  }
  if (boot.state === 'failed' || !value) {
    return (
      <main className="boot">
        <div className="boot__card" role="alert">
          <h1 className="boot__title">{t('boot.failedTitle')}</h1>
          <p>{boot.state === 'failed' ? boot.message : ''}</p>
          <button type="button" className="button button--primary" onClick={retry}>
            {t('boot.retry')}
          </button>
        </div>
      </main>
    );
  }
  return (
    <TillSetupContext.Provider value={value}>
      <Till />
    </TillSetupContext.Provider>
  );
}
