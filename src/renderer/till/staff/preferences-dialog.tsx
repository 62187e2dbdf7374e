import { errorText } from '../../../shared/i18n/errors.ts';
import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { PinEntry } from '../../shared/pin-entry.tsx';
import { kassa } from '../../shared/kassa.ts';

type Stage = { kind: 'pin' } | { kind: 'blocked'; url: string };

/**
 * The way into the preferences (PREF-1): an owner's PIN. In the app the window opens by itself; the headless
 * host answers an address, which is opened in a window of its own (or offered as a link when the browser
 * blocks it).
 */
export function PreferencesDialog({ onClose, onOpened }: { onClose: () => void; onOpened: () => void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: 'pin' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (pin.length < 4) {
      setError(t('login.pinFormat'));
      return;
    }
    setBusy(true);
    const result = await kassa.preferences.open({ pin });
    setBusy(false);
    setPin('');
    if (!result.ok) {
      setError(errorText(result.error));
      return;
    }
    const { url } = result.value;
    if (url === null) {
      onOpened();
      return;
    }
    // A window of its own, as in the app: the till stays on screen beside it, and opening it again reuses it.
    const tab = window.open(url, 'kassa-preferences', 'popup');
    if (tab) {
      tab.opener = null;
      onOpened();
    } else setStage({ kind: 'blocked', url });
  };

  return (
    <Dialog title={t('prefsOpen.title')} onClose={onClose} className="dialog--pin">
      {stage.kind === 'blocked' ? (
        <>
          <p className="dialog__text">{t('prefsOpen.blocked')}</p>
          <a
            className="button button--primary"
            href={stage.url}
            target="_blank"
            rel="noreferrer"
            onClick={onOpened}
          >
            {t('prefsOpen.link')}
          </a>
        </>
      ) : (
        <form noValidate className="entry" onSubmit={(event) => void submit(event)}>
          <p className="dialog__text">{t('prefsOpen.text')}</p>
          <PinEntry
            id="preferences-pin"
            label={t('prefsOpen.pin')}
            value={pin}
            autoFocus
            error={error}
            onChange={(next) => {
              setPin(next);
              setError(null);
            }}
          />
          <div className="entry__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')} <kbd>Esc</kbd>
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('prefsOpen.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
