import { t } from '../../../shared/i18n/translate.ts';
import { ReadersPanel } from '../../shared/readers/readers-panel.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Help, SectionHeader } from '../ui.tsx';

/** Stripe readers and locations (STT-6): the same panel as the till's Card readers screen, at its final home. */
export function ReadersSection() {
  const { format, store } = usePrefs();
  return (
    <div className="section">
      <SectionHeader title={t('prefs.readers.title')} summary={t('prefs.readers.summary')} />
      <div className="section__split">
        <div className="section__column readers readers--embedded">
          <ReadersPanel dateTime={format.dateTime} storeCountry={store.country} />
        </div>
        <Help title={t('prefs.readers.helpTitle')}>
          <p>{t('prefs.readers.helpCode')}</p>
          <p>{t('prefs.readers.helpSerial')}</p>
          <p>{t('prefs.readers.helpNetwork')}</p>
          <p>{t('prefs.readers.helpDashboard')}</p>
        </Help>
      </div>
    </div>
  );
}
