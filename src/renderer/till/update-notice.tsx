import { useEffect, useState } from 'react';
import { currentLanguage, t } from '../../shared/i18n/translate.ts';
import type { UpdateStatus } from '../../shared/ipc/system.ts';

/**
 * A downloaded Kassa update, in the till's header: it installs when Kassa closes, or waits for what is
 * under way (a card payment; later a shift) and says so. Nothing while there is no update.
 */
export function UpdateNotice() {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  useEffect(() => {
    let live = true;
    void window.kassa.updates.status({}).then((result) => {
      if (live && result.ok) setStatus(result.value);
    });
    const stop = window.kassa.on('updates.changed', setStatus);
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!status || status.state !== 'ready' || !status.version) return <span />;
  const text =
    status.waitingFor.length === 0
      ? t('header.updateReady', { version: status.version })
      : t('header.updateWaiting', {
          version: status.version,
          // Each blocker is a code, worded here in the display language and listed as the language lists.
          reason: new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(
            status.waitingFor.map((code) => t(`update.waitingFor.${code}`)),
          ),
        });
  return (
    <p className="header__update" role="status" title={text} data-testid="update-notice">
      {text}
    </p>
  );
}
