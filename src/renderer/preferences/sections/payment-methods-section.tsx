import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { PaymentMethodConfig } from '../../../shared/ipc/payment-methods.ts';
import { DownIcon, PlusIcon, UpIcon } from '../../shared/icons.tsx';
import { Card, Flag, Help, LoadProblem, SectionHeader } from '../ui.tsx';
import { useLoaded } from '../use-loaded.ts';
import { PaymentMethodForm } from './payment-method-form.tsx';

const load = () => window.kassa.paymentMethods.all({});
const loadTerminals = () => window.kassa.terminalSettings.get({});
const loadProfiles = () => window.kassa.stripeProfiles.list({});

type Editing = { kind: 'new' } | { kind: 'edit'; method: PaymentMethodConfig } | null;

/** The ids in their new order after moving one method up (-1) or down (+1). */
export function moved(ids: readonly string[], id: string, by: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/**
 * Payment methods (PREF-2): what the till's payment screen offers, in its order. Create, change, move up or
 * down, switch off; a terminal method names its reader or terminal, a Stripe one its profile.
 */
export function PaymentMethodsSection() {
  const { data, problem, reload, setData } = useLoaded(load);
  const terminals = useLoaded(loadTerminals);
  const profiles = useLoaded(loadProfiles);
  const profileName = (id: string) => profiles.data?.find((p) => p.id === id)?.name ?? id;
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [moving, setMoving] = useState(false);

  const move = async (method: PaymentMethodConfig, by: -1 | 1) => {
    if (!data) return;
    setMoving(true);
    const ids = moved(
      data.map((m) => m.id),
      method.id,
      by,
    );
    const result = await window.kassa.paymentMethods.reorder({ ids });
    setMoving(false);
    if (result.ok) {
      setData(result.value);
      setMessage(null);
    } else setMessage({ ok: false, text: result.error.message });
  };

  const terminalOff = (m: PaymentMethodConfig) =>
    (m.terminal === 'stripe' && terminals.data?.stripeEnabled === false) ||
    (m.terminal === 'mercadopago' && terminals.data?.mercadoPagoEnabled === false);

  return (
    <div className="section">
      <SectionHeader
        title={t('prefs.methods.title')}
        summary={t('prefs.methods.summary')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setMessage(null);
              setEditing({ kind: 'new' });
            }}
          >
            <PlusIcon />
            {t('prefs.methods.add')}
          </button>
        }
      />
      {problem ? <LoadProblem message={problem} onRetry={() => void reload()} /> : null}
      {message ? (
        <p
          className={message.ok ? 'notice-line notice-line--ok' : 'field__error'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </p>
      ) : null}

      <div className="section__split">
        <div className="section__column">
          {editing ? (
            <PaymentMethodForm
              key={editing.kind === 'edit' ? editing.method.id : 'new'}
              method={editing.kind === 'edit' ? editing.method : null}
              terminals={terminals.data}
              onCancel={() => setEditing(null)}
              onSaved={(saved) => {
                setEditing(null);
                setMessage({ ok: true, text: t('prefs.methods.savedNamed', { name: saved.name }) });
                void reload();
              }}
            />
          ) : null}

          <Card title={t('prefs.methods.listTitle')} description={t('prefs.methods.listText')}>
            {data ? (
              <div className="table-wrap">
                <table className="table" data-testid="methods-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('prefs.methods.colOrder')}</th>
                      <th scope="col">{t('prefs.methods.colName')}</th>
                      <th scope="col">{t('prefs.methods.colTerminal')}</th>
                      <th scope="col">{t('prefs.methods.colCustomer')}</th>
                      <th scope="col">{t('prefs.methods.colAccounts')}</th>
                      <th scope="col">{t('prefs.methods.colActive')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('prefs.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.map((m, index) => (
                      <tr
                        key={m.id}
                        data-testid="method-row"
                        className={m.active ? undefined : 'table__row--off'}
                      >
                        <td className="table__order">
                          <button
                            type="button"
                            className="order-button"
                            disabled={moving || index === 0}
                            aria-label={t('prefs.methods.moveUp', { name: m.name })}
                            onClick={() => void move(m, -1)}
                          >
                            <UpIcon />
                          </button>
                          <button
                            type="button"
                            className="order-button"
                            disabled={moving || index === data.length - 1}
                            aria-label={t('prefs.methods.moveDown', { name: m.name })}
                            onClick={() => void move(m, 1)}
                          >
                            <DownIcon />
                          </button>
                        </td>
                        <td>
                          <span className="table__strong" data-testid="method-name">
                            {m.name}
                          </span>
                          <span className="table__sub">{t(`prefs.methods.journal.${m.journal}`)}</span>
                        </td>
                        <td>
                          <span>{t(`prefs.methods.terminal.${m.terminal}`)}</span>
                          {m.terminalRef ? (
                            <span className="table__sub table__mono">{m.terminalRef}</span>
                          ) : null}
                          {m.terminal === 'stripe' && m.profileId ? (
                            <span className="table__sub">
                              {t('prefs.methods.usesProfile', { name: profileName(m.profileId) })}
                            </span>
                          ) : null}
                          {terminalOff(m) ? (
                            <span className="table__warn">{t('prefs.methods.terminalOff')}</span>
                          ) : null}
                        </td>
                        <td>
                          <Flag
                            on={m.identifyCustomer}
                            yes={t('prefs.methods.required')}
                            no={t('prefs.methods.notRequired')}
                          />
                        </td>
                        <td className="table__accounts">
                          <span>
                            {t('prefs.methods.outstandingShort')} {m.accounts.outstanding.code}
                            {m.accounts.outstanding.isDefault ? ` ${t('prefs.methods.default')}` : ''}
                          </span>
                          <span>
                            {t('prefs.methods.intermediaryShort')} {m.accounts.intermediary.code}
                            {m.accounts.intermediary.isDefault ? ` ${t('prefs.methods.default')}` : ''}
                          </span>
                        </td>
                        <td>
                          <Flag on={m.active} yes={t('prefs.on')} no={t('prefs.off')} />
                        </td>
                        <td className="table__actions">
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t('prefs.editNamed', { name: m.name })}
                            onClick={() => {
                              setMessage(null);
                              setEditing({ kind: 'edit', method: m });
                            }}
                          >
                            {t('prefs.edit')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </Card>
        </div>
        <Help title={t('prefs.methods.helpTitle')}>
          <p>{t('prefs.methods.helpTerminal')}</p>
          <p>{t('prefs.methods.helpSerial')}</p>
          <p>{t('prefs.methods.helpCustomer')}</p>
          <p>{t('prefs.methods.helpAccounts')}</p>
          <p>{t('prefs.methods.helpOrder')}</p>
        </Help>
      </div>
    </div>
  );
}
