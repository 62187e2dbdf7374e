import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { PaymentMethodConfig } from '../../../shared/ipc/payment-methods.ts';
import { DownIcon, UpIcon } from '../../shared/icons.tsx';
import { EditButton, ListSection, OnOffCell, RowActions, SectionTable } from '../list-section.tsx';
import { Card, Flag } from '../ui.tsx';
import { useEditing } from '../use-editing.ts';
import { useLoaded } from '../use-loaded.ts';
import { PaymentMethodForm } from './payment-method-form.tsx';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.paymentMethods.all({});
const loadTerminals = () => kassa.terminalSettings.get({});
const loadProfiles = () => kassa.stripeProfiles.list({});

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
  const list = useLoaded(load);
  const { data, reload, setData } = list;
  const terminals = useLoaded(loadTerminals);
  const profiles = useLoaded(loadProfiles);
  const profileName = (id: string) => profiles.data?.find((p) => p.id === id)?.name ?? id;
  const editor = useEditing<PaymentMethodConfig>();
  const [moving, setMoving] = useState(false);

  const move = async (method: PaymentMethodConfig, by: -1 | 1) => {
    if (!data) return;
    setMoving(true);
    const ids = moved(
      data.map((m) => m.id),
      method.id,
      by,
    );
    const result = await kassa.paymentMethods.reorder({ ids });
    setMoving(false);
    if (result.ok) {
      setData(result.value);
      editor.setNotice(null);
    } else editor.setNotice({ ok: false, text: errorText(result.error) });
  };

  const terminalOff = (m: PaymentMethodConfig) =>
    (m.terminal === 'stripe' && terminals.data?.stripeEnabled === false) ||
    (m.terminal === 'mercadopago' && terminals.data?.mercadoPagoEnabled === false);

  return (
    <ListSection
      title={t('prefs.methods.title')}
      summary={t('prefs.methods.summary')}
      addLabel={t('prefs.methods.add')}
      list={list}
      editor={editor}
      helpTitle={t('prefs.methods.helpTitle')}
      help={[
        t('prefs.methods.helpTerminal'),
        t('prefs.methods.helpSerial'),
        t('prefs.methods.helpCustomer'),
        t('prefs.methods.helpAccounts'),
        t('prefs.methods.helpOrder'),
      ]}
    >
      {editor.editing ? (
        <PaymentMethodForm
          key={editor.editing.item?.id ?? 'new'}
          method={editor.editing.item}
          terminals={terminals.data}
          onCancel={editor.close}
          onSaved={(saved) => {
            editor.saved(t('prefs.methods.savedNamed', { name: saved.name }));
            void reload();
          }}
        />
      ) : null}

      <Card title={t('prefs.methods.listTitle')} description={t('prefs.methods.listText')}>
        {data ? (
          <SectionTable
            testId="methods-table"
            columns={[
              t('prefs.methods.colOrder'),
              t('prefs.methods.colName'),
              t('prefs.methods.colTerminal'),
              t('prefs.methods.colCustomer'),
              t('prefs.methods.colAccounts'),
              t('prefs.methods.colActive'),
            ]}
          >
            {data.map((m, index) => (
              <tr key={m.id} data-testid="method-row" className={m.active ? undefined : 'table__row--off'}>
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
                  {m.terminalRef ? <span className="table__sub table__mono">{m.terminalRef}</span> : null}
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
                <OnOffCell on={m.active} />
                <RowActions>
                  <EditButton name={m.name} onClick={() => editor.open(m)} />
                </RowActions>
              </tr>
            ))}
          </SectionTable>
        ) : null}
      </Card>
    </ListSection>
  );
}
