import { t } from '../../../shared/i18n/translate.ts';
import { BackIcon } from '../../shared/icons.tsx';
import { ReadersPanel } from '../../shared/readers/readers-panel.tsx';
import { useShortcuts } from '../../shared/use-shortcuts.ts';
import { useTillSetup } from '../till-context.tsx';

/** The till's Card readers screen: the readers panel with a way back to the sale. */
export function ReadersScreen({ onBack }: { onBack: () => void }) {
  const { format, store } = useTillSetup();
  useShortcuts((event) => {
    if (event.key === 'Escape') {
      onBack();
      return true;
    }
    return false;
  });
  return (
    <div className="readers">
      <div className="readers__head">
        <button type="button" className="button button--ghost" onClick={onBack}>
          <BackIcon />
          {t('readers.back')}
          <kbd>Esc</kbd>
        </button>
        <h1 className="readers__title">{t('readers.title')}</h1>
      </div>
      <ReadersPanel dateTime={format.dateTime} storeCountry={store.country} />
    </div>
  );
}
