import { errorText } from '../../shared/i18n/errors.ts';
import { t } from '../../shared/i18n/translate.ts';
import { withStripeWords } from '../../shared/payments/stripe-words.ts';
import { kassa } from '../shared/kassa.ts';
import { useData } from '../shared/use-data.ts';

/**
 * Alerts from the core (a failed integrity check, a provider result nobody asked for) stay on screen until
 * someone acknowledges them: they are never only a passing message.
 */
export function AlertBar() {
  // A raised alert reads the list again: the list is the truth, and nothing raised meanwhile is missed.
  const { data, reload } = useData(() => kassa.alerts.list({}), 'alerts', { refreshOn: ['alerts.raised'] });
  const open = (data ?? []).filter((a) => !a.acknowledged).sort((a, b) => b.at - a.at);
  const first = open[0];
  if (!first) return null;
  const acknowledge = async () => {
    const result = await kassa.alerts.acknowledge({ id: first.id });
    if (result.ok) reload();
  };
  return (
    <div className={`alert-bar alert-bar--${first.severity}`} role="alert">
      <p className="alert-bar__text">
        {/* An alert raised before Kassa had words for its Stripe code is said by its code (stripe-words.ts). */}
        {errorText({ ...first, params: withStripeWords(first.messageKey, first.params) })}
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
