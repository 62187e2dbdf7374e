import { useEffect, useState } from 'react';
import { errorText } from '../../shared/i18n/errors.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Alert } from '../../shared/ipc/system.ts';

/** The alerts about how this till keeps payment provider keys (no keyring; keys to enter again). */
const secretKinds = new Set(['secrets_no_keyring', 'secrets_unreadable']);

/**
 * Shown above every section while main reports a problem with the keychain: the owner reads it where the
 * keys are entered, not only in the log or the till's alert bar.
 */
export function SecretsNotice() {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  useEffect(() => {
    let live = true;
    void window.kassa.alerts.list({}).then((result) => {
      if (live && result.ok) setAlerts(result.value.filter((a) => secretKinds.has(a.kind)));
    });
    const stop = window.kassa.on('alerts.raised', (alert) => {
      if (secretKinds.has(alert.kind))
        setAlerts((shown) => [...shown.filter((a) => a.id !== alert.id), alert]);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (alerts.length === 0) return null;
  return (
    <section
      className="notice-line"
      role="note"
      aria-label={t('prefs.secretsNotice')}
      data-testid="secrets-notice"
    >
      <strong>{t('prefs.secretsNotice')}</strong>
      {alerts.map((alert) => (
        <p key={alert.id}>{errorText(alert)}</p>
      ))}
    </section>
  );
}
