import { useEffect, useRef, useState } from 'react';
import { loadTranslator } from '../../shared/i18n/catalogs.ts';
import { languageForLocale } from '../../shared/i18n/languages.ts';
import { setTranslator, t } from '../../shared/i18n/translate.ts';
import type { CustomerDisplayView, DisplayPaymentStatus } from '../../shared/ipc/customer-display.ts';
import { formatMoney } from '../../shared/money/money.ts';
import { kassa } from '../shared/kassa.ts';
import { QrCode } from '../shared/qr-code.tsx';

/** While the display cannot read its view it asks again this often, so a till that comes back is found. */
const retryEveryMs = 3_000;

/**
 * Follows the view main pushes: the first read, then every `customerDisplay.changed`. The display speaks the
 * store's language (the customer is the shop's customer, whoever works the till), so the catalog follows the
 * store's locale, not a staff member's choice.
 */
function useCustomerView(): { view: CustomerDisplayView | null; lost: boolean } {
  const [view, setView] = useState<CustomerDisplayView | null>(null);
  const [lost, setLost] = useState(false);
  const [language, setLanguage] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const read = async () => {
      const result = await kassa.customerDisplay.view({});
      if (stopped) return;
      if (result.ok) {
        setLost(false);
        setView((current) => current ?? result.value);
      } else {
        setLost(true);
        timer = window.setTimeout(() => void read(), retryEveryMs);
      }
    };
    const off = kassa.on('customerDisplay.changed', (next) => {
      setLost(false);
      setView(next);
    });
    void read();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      off();
    };
  }, []);

  // Shows a view only once its language is loaded, so the customer never sees English flash up first.
  const wanted = view ? languageForLocale(view.locale) : null;
  useEffect(() => {
    if (wanted === null || wanted === language) return;
    let current = true;
    void loadTranslator(wanted).then((translator) => {
      if (!current) return;
      setTranslator(translator);
      document.documentElement.lang = wanted;
      setLanguage(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted, language]);

  return { view: wanted !== null && wanted === language ? view : null, lost };
}

export function CustomerDisplayApp() {
  const { view, lost } = useCustomerView();
  if (!view) {
    return (
      <div className="cd cd--waiting" data-testid="customer-display">
        <p className="cd__connecting">{lost ? t('display.lost') : t('display.connecting')}</p>
      </div>
    );
  }
  const money = (minor: number) => formatMoney(minor, view.currency, view.locale);
  return (
    <div className={`cd cd--${view.stage}`} data-testid="customer-display" data-stage={view.stage}>
      <header className="cd__header">
        <h1 className="cd__shop" data-testid="display-shop">
          {view.shopName}
        </h1>
        {view.cashier ? <p className="cd__cashier">{t('display.servedBy', { name: view.cashier })}</p> : null}
      </header>
      {lost ? (
        <p className="cd__lost" role="status">
          {t('display.lost')}
        </p>
      ) : null}
      {view.stage === 'welcome' ? <Welcome shop={view.shopName} /> : null}
      {view.stage === 'thanks' ? <Thanks view={view} money={money} /> : null}
      {view.stage === 'cart' || view.stage === 'payment' ? <Sale view={view} money={money} /> : null}
    </div>
  );
}

function Welcome({ shop }: { shop: string }) {
  return (
    <main className="cd__welcome">
      <p className="cd__welcome-title">{t('display.welcome', { shop })}</p>
      <p className="cd__welcome-hint">{t('display.welcomeHint')}</p>
    </main>
  );
}

function Thanks({ view, money }: { view: CustomerDisplayView; money: (minor: number) => string }) {
  const change = view.payment?.change ?? 0;
  return (
    <main className="cd__thanks" data-testid="display-thanks">
      <p className="cd__thanks-title">{t('display.thanks', { shop: view.shopName })}</p>
      <p className="cd__thanks-total">
        {t('display.paid')}{' '}
        <strong data-testid="display-paid">{money(view.payment?.paid ?? view.total)}</strong>
      </p>
      {change > 0 ? (
        <p className="cd__change" data-testid="display-change">
          {t('display.thanksChange', { amount: money(change) })}
        </p>
      ) : null}
    </main>
  );
}

const statusKey = {
  due: 'display.status.due',
  waiting_for_card: 'display.status.waitingForCard',
  processing: 'display.status.processing',
  declined: 'display.status.declined',
  paid: 'display.status.paid',
} as const satisfies Record<DisplayPaymentStatus, string>;

function Sale({ view, money }: { view: CustomerDisplayView; money: (minor: number) => string }) {
  const payment = view.payment;
  // The newest line is at the bottom: keep it in sight however long the order grows.
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [view.lines]);
  return (
    <main className="cd__sale">
      <section className="cd__lines" aria-label={t('display.title')} ref={list}>
        <ol className="cd__list" data-testid="display-lines">
          {view.lines.map((line, i) => (
            <li key={i} className="cd__line" data-testid="display-line">
              <span className="cd__line-qty">{t('display.quantity', { count: line.quantity })}</span>
              <span className="cd__line-name">
                {line.name}
                {line.discount > 0 ? (
                  <small className="cd__line-discount">
                    {t('display.discount')} {money(-line.discount)}
                  </small>
                ) : null}
              </span>
              <span className="cd__line-total">{money(line.total)}</span>
            </li>
          ))}
        </ol>
      </section>
      <aside className="cd__summary">
        <p className="cd__count">{t('display.items', { count: view.itemCount })}</p>
        {view.discount > 0 ? (
          <p className="cd__row">
            <span>{t('display.discount')}</span>
            <span>{money(-view.discount)}</span>
          </p>
        ) : null}
        <p className="cd__total">
          <span>{payment ? t('display.toPay') : t('display.total')}</span>
          <strong data-testid="display-total">{money(view.total)}</strong>
        </p>
        {payment ? (
          <div
            className={`cd__status cd__status--${payment.status}`}
            data-testid="display-status"
            data-status={payment.status}
          >
            <p>{t(statusKey[payment.status])}</p>
            {payment.paid > 0 && payment.remaining > 0 ? (
              <p className="cd__row">
                <span>{t('display.remaining')}</span>
                <strong data-testid="display-remaining">{money(payment.remaining)}</strong>
              </p>
            ) : null}
          </div>
        ) : null}
        {view.payByLink ? (
          <figure className="cd-qr" data-testid="display-qr">
            <QrCode text={view.payByLink.url} label={t('display.scanToPay')} className="cd-qr__code" />
            <figcaption>{t('display.scanToPay')}</figcaption>
          </figure>
        ) : null}
      </aside>
    </main>
  );
}
