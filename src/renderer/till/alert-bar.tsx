import { useEffect, useState } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import type { Alert } from '../../shared/ipc/system.ts';

/**
 * Alerts from the core (a failed integrity check, a provider result nobody asked for) stay on screen until
 * someone acknowledges them: they are never only a passing message.
 */
export function AlertBar() {
  const [alerts, setAlerts] = useState<Alert[]>([]);
  useEffect(() => {
    let live = true;
    void window.kassa.alerts.list({}).then((result) => {
      if (live && result.ok) setAlerts((shown) => merge(shown, result.value));
    });
    const stop = window.kassa.on('alerts.raised', (alert) => setAlerts((shown) => merge(shown, [alert])));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const open = alerts.filter((a) => !a.acknowledged);
  const first = open[0];
  if (!first) return null;
  const acknowledge = async () => {
    const result = await window.kassa.alerts.acknowledge({ id: first.id });
    if (result.ok) setAlerts((shown) => merge(shown, [result.value]));
  };
  return (
    <div className={`alert-bar alert-bar--${first.severity}`} role="alert">
      <p className="alert-bar__text">
        {first.message}
        {open.length > 1 ? (
          <span className="alert-bar__more">{t('alerts.more', { count: open.length - 1 })}</span>
        ) : null}
      </p>
      <button type="button" className="button button--small" onClick={() => void acknowledge()}>
        {t('alerts.acknowledge')}
      </button>
    </div>
  );
}

function merge(shown: readonly Alert[], incoming: readonly Alert[]): Alert[] {
  const byId = new Map(shown.map((a) => [a.id, a]));
  for (const alert of incoming) byId.set(alert.id, alert);
  return [...byId.values()].sort((a, b) => b.at - a.at);
}
