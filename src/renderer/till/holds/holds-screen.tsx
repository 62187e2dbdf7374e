import { useState } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t, type MessageKey } from '../../../shared/i18n/translate.ts';
import type { HoldView } from '../../../shared/ipc/holds.ts';
import { brandName } from '../../shared/card-brands.ts';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { readAmount } from '../shift/amount-input.ts';
import { useTillSetup } from '../till-context.tsx';
import { holdStateText } from './hold-words.ts';
import { ListDetail, type ListColumn } from '../list-detail.tsx';

const stateText = holdStateText;

interface HoldsScreenProps {
  onBack: () => void;
}

/**
 * The till's card holds (STO-5): amount, card, customer, order and expiry, a hold close to its expiry flagged; for
 * the one picked, capture all or part onto its order (the rest is released), increase, or release.
 */
export function HoldsScreen({ onBack }: HoldsScreenProps) {
  const { store, format } = useTillSetup();
  const { data, reload, error } = useData(() => kassa.holds.list({}), 'holds', {
    refreshOn: ['holds.updated', 'orders.changed'],
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [amountText, setAmountText] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = data ?? [];
  const selected = rows.find((h) => h.id === selectedId) ?? null;

  const pick = (hold: HoldView) => {
    setSelectedId(hold.id);
    setAmountText(format.amountInput(Math.min(hold.amount, hold.orderRemaining)));
    setMessage(null);
  };

  /** Runs one action on the picked hold and says what came of it. */
  const act = async (
    run: () => Promise<{ ok: true; value: HoldView } | { ok: false; error: Parameters<typeof errorText>[0] }>,
    done: (hold: HoldView) => string,
  ) => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    setMessage(
      result.ok ? { text: done(result.value), error: false } : { text: errorText(result.error), error: true },
    );
    reload();
  };

  const typed = (hold: HoldView, then: (amount: number) => void) => {
    const read = readAmount(amountText, hold.currency, store.locale);
    if ('error' in read) setMessage({ text: read.error, error: true });
    else then(read.amount);
  };

  const money = (hold: HoldView, amount: number) => format.money(amount, hold.currency);
  /** What a capture took, and what went back to the card. */
  const capturedText = (h: HoldView) => {
    const taken = h.captured ?? h.amount;
    return taken < h.amount
      ? t('holdtill.capturedRest', { amount: money(h, taken), rest: money(h, h.amount - taken) })
      : t('holds.capturedDone', { amount: money(h, taken) });
  };

  const columns: ListColumn<HoldView>[] = [
    { heading: t('holds.colCustomer'), cell: (h) => h.customer?.name ?? t('holds.noCustomer') },
    {
      heading: t('holds.colOrder'),
      cell: (h) =>
        h.orderNumber !== null
          ? t('holds.orderNumber', { number: h.orderNumber })
          : t('holds.orderOpen', { remaining: money(h, h.orderRemaining) }),
    },
    {
      heading: t('holds.colCard'),
      cell: (h) =>
        h.cardLast4 ? `${brandName(h.cardBrand ?? '')} •••• ${h.cardLast4}` : t('holds.cardUnknown'),
    },
    {
      heading: t('holds.colExpires'),
      cell: (h) => (
        <>
          {h.expiresAt !== null ? format.dateTime(h.expiresAt) : stateText(h)}
          {h.expiresSoon ? (
            <strong className="field__error" data-testid="hold-expires-soon">
              {' '}
              {t('holds.expiresSoon')}
            </strong>
          ) : null}
        </>
      ),
    },
    { heading: t('holds.colAmount'), cell: (h) => money(h, h.amount), numeric: true },
  ];

  return (
    <ListDetail
      title={t('holds.title')}
      onBack={onBack}
      error={error}
      columns={columns}
      rows={rows}
      loaded={data !== null}
      emptyText={t('holds.empty')}
      rowKey={(h) => h.id}
      selectedKey={selectedId}
      onPick={pick}
      rowData={(h) => ({ 'data-state': h.state })}
      testIds={{ screen: 'holds', table: 'holds-table', row: 'hold-row' }}
    >
      {message ? (
        <p
          className={message.error ? 'field__error' : 'remote__sent'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
      {selected ? (
        <>
          <h2 className="remote__name">{selected.customer?.name ?? t('holds.noCustomer')}</h2>
          <p className="remote__state" data-testid="hold-state">
            {t('holds.colState')}: {stateText(selected)} · {money(selected, selected.amount)}
          </p>
          {selected.state === 'held' ? (
            <>
              <label className="field">
                <span className="field__label">{t('holds.captureAmount')}</span>
                <input
                  className="field__input"
                  inputMode="decimal"
                  value={amountText}
                  data-testid="hold-amount"
                  onChange={(e) => setAmountText(e.target.value)}
                />
                <span className="field__hint">
                  {t('holds.captureHint', { amount: money(selected, selected.amount) })}
                </span>
              </label>
              <div className="entry__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={() =>
                    typed(
                      selected,
                      (amount) =>
                        void act(() => kassa.holds.capture({ holdId: selected.id, amount }), capturedText),
                    )
                  }
                >
                  {t('holds.capture')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void act(() => kassa.holds.capture({ holdId: selected.id }), capturedText)}
                >
                  {t('holds.captureAll')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  title={
                    selected.increaseBlocked
                      ? t(selected.increaseBlocked as MessageKey)
                      : t('holds.increaseTo')
                  }
                  onClick={() =>
                    typed(
                      selected,
                      (amount) =>
                        void act(
                          () => kassa.holds.increase({ holdId: selected.id, amount }),
                          (h) => t('holds.increasedDone', { amount: money(h, h.amount) }),
                        ),
                    )
                  }
                >
                  {t('holds.increase')}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    void act(
                      () => kassa.holds.release({ holdId: selected.id }),
                      () => t('holds.releasedDone'),
                    )
                  }
                >
                  {t('holds.release')}
                </button>
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </ListDetail>
  );
}
