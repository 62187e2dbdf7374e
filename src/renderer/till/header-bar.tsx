import { useEffect, useState } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import { CartIcon, HistoryIcon } from '../shared/icons.tsx';
import { useTillSetup } from './till-context.tsx';

export type Place = 'sell' | 'history' | 'readers';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

interface HeaderBarProps {
  place: Place;
  onNavigate: (place: Place) => void;
  /** Navigation waits while a payment is being taken. */
  navigationLocked: boolean;
}

export function HeaderBar({ place, onNavigate, navigationLocked }: HeaderBarProps) {
  const { store, format } = useTillSetup();
  const now = useNow(10_000);
  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo" aria-hidden="true">
          K
        </span>
        <div className="header__store">
          <span className="header__store-name">{store.name}</span>
          <span className="header__till">{store.till.name}</span>
        </div>
      </div>
      {store.demo ? (
        <p className="header__demo" role="note">
          <strong>{t('header.demo')}</strong> {t('header.demoDetail')}
        </p>
      ) : (
        <span />
      )}
      <nav className="header__nav" aria-label={t('header.navigation')}>
        <button
          type="button"
          className={`header__tab${place === 'sell' ? ' header__tab--current' : ''}`}
          aria-current={place === 'sell' ? 'page' : undefined}
          disabled={navigationLocked}
          onClick={() => onNavigate('sell')}
        >
          <CartIcon />
          {t('header.sell')}
        </button>
        <button
          type="button"
          className={`header__tab${place === 'history' ? ' header__tab--current' : ''}`}
          aria-current={place === 'history' ? 'page' : undefined}
          disabled={navigationLocked}
          aria-keyshortcuts="F8"
          onClick={() => onNavigate('history')}
        >
          <HistoryIcon />
          {t('header.history')}
          <kbd>F8</kbd>
        </button>
        <button
          type="button"
          className={`header__tab${place === 'readers' ? ' header__tab--current' : ''}`}
          aria-current={place === 'readers' ? 'page' : undefined}
          disabled={navigationLocked}
          onClick={() => onNavigate('readers')}
        >
          {t('header.readers')}
        </button>
      </nav>
      <time className="header__clock" dateTime={new Date(now).toISOString()}>
        <span className="header__time">{format.time(now)}</span>
        <span className="header__date">{format.date(now)}</span>
      </time>
    </header>
  );
}
