import { t } from '../../../shared/i18n/translate.ts';

/** Someone with an owner's or manager's rights still uses the published demo PIN: ask to change it. */
export function DemoPinBanner({ onChange }: { onChange: () => void }) {
  return (
    <div className="pin-banner" role="note" data-testid="demo-pin-banner">
      <p className="pin-banner__text">{t('pinBanner.text')}</p>
      <button type="button" className="button button--small" onClick={onChange}>
        {t('pinBanner.action')}
      </button>
    </div>
  );
}
