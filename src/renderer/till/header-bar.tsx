import { UpdateNotice } from './update-notice.tsx';
import { t } from '../../shared/i18n/translate.ts';
import type { SignedIn } from '../../shared/ipc/staff.ts';
import { CartIcon, HistoryIcon, SettingsIcon, SwitchUserIcon } from '../shared/icons.tsx';
import { useNow } from '../shared/use-now.ts';
import { kassa } from '../shared/kassa.ts';
import { useData } from '../shared/use-data.ts';
import { LanguageMenu } from './language-menu.tsx';
import { WaitingReceipts } from './printing/waiting-receipts.tsx';
import { useTillSetup } from './till-context.tsx';

export type Place = 'sell' | 'history' | 'readers' | 'shift' | 'remote' | 'holds';

interface HeaderBarProps {
  place: Place;
  onNavigate: (place: Place) => void;
  /** Navigation waits while a payment is being taken. */
  navigationLocked: boolean;
  /** Who is working the till: shown, with the way to hand over to the next person (fast switching). */
  staff: SignedIn;
  onSwitch: () => void;
  /** Asks an owner's PIN and opens the preferences window. */
  onPreferences: () => void;
}

export function HeaderBar({
  place,
  onNavigate,
  navigationLocked,
  staff,
  onSwitch,
  onPreferences,
}: HeaderBarProps) {
  const { store, format } = useTillSetup();
  const now = useNow(10_000);
  // Remote orders get their tab once the till has one: a shop that never takes them keeps the header it had,
  // which at 1024 pixels has no room to spare for a tab it would not use.
  const remote = useData(() => kassa.paylinks.remoteOrders({}), 'header-remote', {
    refreshOn: ['orders.changed', 'paylinks.updated', 'paylinks.remotePaid'],
  });
  const showRemote = place === 'remote' || (remote.data?.length ?? 0) > 0;
  // Card holds get their tab the same way: once the till has one open.
  const holds = useData(() => kassa.holds.list({}), 'header-holds', { refreshOn: ['holds.updated'] });
  const showHolds = place === 'holds' || (holds.data?.length ?? 0) > 0;
  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo" aria-hidden="true">
          K
        </span>
        <div className="header__store">
          <span className="header__store-name" title={store.name}>
            {store.name}
          </span>
          <span className="header__till">{store.till.name}</span>
        </div>
      </div>
      {store.demo ? (
        <p className="header__demo" role="note" title={t('header.demoDetail')}>
          <strong>{t('header.demo')}</strong>
          <span className="header__demo-detail">{t('header.demoDetail')}</span>
        </p>
      ) : (
        <UpdateNotice />
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
          className={`header__tab${place === 'shift' ? ' header__tab--current' : ''}`}
          aria-current={place === 'shift' ? 'page' : undefined}
          disabled={navigationLocked}
          data-testid="shift-tab"
          onClick={() => onNavigate('shift')}
        >
          {t('header.shift')}
        </button>
        {showRemote ? (
          <button
            type="button"
            className={`header__tab${place === 'remote' ? ' header__tab--current' : ''}`}
            aria-current={place === 'remote' ? 'page' : undefined}
            disabled={navigationLocked}
            data-testid="remote-tab"
            onClick={() => onNavigate('remote')}
          >
            {t('remote.tab')}
          </button>
        ) : null}
        {showHolds ? (
          <button
            type="button"
            className={`header__tab${place === 'holds' ? ' header__tab--current' : ''}`}
            aria-current={place === 'holds' ? 'page' : undefined}
            disabled={navigationLocked}
            data-testid="holds-tab"
            onClick={() => onNavigate('holds')}
          >
            {t('holds.title')}
          </button>
        ) : null}
        <button
          type="button"
          className={`header__tab${place === 'readers' ? ' header__tab--current' : ''}`}
          aria-current={place === 'readers' ? 'page' : undefined}
          disabled={navigationLocked}
          onClick={() => onNavigate('readers')}
        >
          {t('header.readers')}
        </button>
        <button type="button" className="header__tab" disabled={navigationLocked} onClick={onPreferences}>
          <SettingsIcon />
          {t('header.preferences')}
        </button>
      </nav>
      <WaitingReceipts />
      <LanguageMenu staffId={staff.id} />
      <button
        type="button"
        className="header__staff"
        data-testid="current-staff"
        aria-label={t('header.switchLabel', { name: staff.name })}
        onClick={onSwitch}
      >
        <span className="header__staff-text">
          <span className="header__staff-name">{staff.name}</span>
          <span className="header__staff-role">{t(`role.${staff.role}`)}</span>
        </span>
        <span className="header__staff-switch">
          <SwitchUserIcon />
          {t('header.switch')}
        </span>
      </button>
      <time className="header__clock" dateTime={new Date(now).toISOString()}>
        <span className="header__time">{format.time(now)}</span>
        <span className="header__date">{format.date(now)}</span>
      </time>
    </header>
  );
}
