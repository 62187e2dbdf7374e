import { errorText } from '../../../shared/i18n/errors.ts';
import { useEffect, useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { ShiftCount, ShiftReport, ShiftState, ZReportEntry } from '../../../shared/ipc/shifts.ts';
import { BackIcon } from '../../shared/icons.tsx';
import { useShortcuts } from '../../shared/use-shortcuts.ts';
import { AmountField, ConfirmActions, ReasonField, useApprovedRequest, withPin } from '../entry-fields.tsx';
import { NoSaleButton } from '../printing/no-sale.tsx';
import { useTillSetup } from '../till-context.tsx';
import { readAmount } from './amount-input.ts';
import { DenominationCount, piecesOf, type PiecesText } from './denomination-count.tsx';
import { CountTable, ReportView } from './report-view.tsx';
import { useShift } from './use-shift.ts';
import './shift.css';
import { ErrorLine } from '../../shared/error-line.tsx';

interface ShiftScreenProps {
  onBack: () => void;
  onNotice: (text: string, kind: 'success' | 'error') => void;
}

/**
 * The shift at this till (TILL-8): open it with the counted float, pay cash in and out with a reason, read the
 * X report, count the drawer blind and close with the Z report. Main decides everything; this only asks.
 */
export function ShiftScreen({ onBack, onNotice }: ShiftScreenProps) {
  const { state, error, reload } = useShift();
  const [closedZ, setClosedZ] = useState<{ entry: ZReportEntry; report: ShiftReport } | null>(null);
  useShortcuts((event) => {
    if (event.key === 'Escape') {
      onBack();
      return true;
    }
    return false;
  });
  return (
    <div className="shift">
      <div className="shift__head">
        <button type="button" className="button button--ghost" onClick={onBack}>
          <BackIcon />
          {t('shift.back')}
          <kbd>Esc</kbd>
        </button>
        <h1 className="shift__title">{t('shift.title')}</h1>
        <NoSaleButton onOpened={(text) => onNotice(text, 'success')} />
      </div>
      <ErrorLine text={error} />
      {closedZ ? (
        <ZWritten z={closedZ} onDone={() => setClosedZ(null)} />
      ) : !state ? (
        <p>{t('shift.loading')}</p>
      ) : !state.shift ? (
        <OpenShift state={state} onOpened={reload} />
      ) : state.shift.status === 'open' ? (
        <OpenShiftActions state={state} onNotice={onNotice} onChanged={reload} />
      ) : (
        <CloseShift onClosed={setClosedZ} />
      )}
      {!closedZ ? <RecentZ onShow={setClosedZ} /> : null}
    </div>
  );
}

function OpenShift({ state, onOpened }: { state: ShiftState; onOpened: () => Promise<void> }) {
  const { store, format } = useTillSetup();
  const [shiftId] = useState(() => crypto.randomUUID());
  const [byPieces, setByPieces] = useState(false);
  const [floatText, setFloatText] = useState('');
  const [pieces, setPieces] = useState<PiecesText>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let request: { shiftId: string; openingFloat: number; denominations?: [number, number][] };
    if (byPieces) {
      const read = piecesOf(pieces);
      if ('error' in read) return setError(read.error);
      const total = read.count.reduce((sum, [v, n]) => sum + v * n, 0);
      request = { shiftId, openingFloat: total, denominations: read.count };
    } else {
      const read = readAmount(floatText, store.currency, store.locale);
      if ('error' in read) return setError(read.error);
      request = { shiftId, openingFloat: read.amount };
    }
    setBusy(true);
    const result = await window.kassa.shifts.open(request);
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    await onOpened();
  };

  return (
    <form className="shift__card" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('shift.openTitle')}</h2>
      <p className="shift__hint">{t('shift.openHint')}</p>
      {byPieces ? (
        <DenominationCount
          denominations={state.denominations}
          value={pieces}
          onChange={(next) => {
            setPieces(next);
            setError(null);
          }}
          idPrefix="float"
        />
      ) : (
        <AmountField
          id="shift-float"
          label={t('shift.float')}
          invalid={error !== null}
          autoFocus
          placeholder={format.amountInput(0)}
          testId="float-input"
          value={floatText}
          onChange={(text) => {
            setFloatText(text);
            setError(null);
          }}
        />
      )}
      {state.denominations.length > 0 ? (
        <button type="button" className="button button--ghost" onClick={() => setByPieces(!byPieces)}>
          {byPieces ? t('shift.byTotal') : t('shift.byDenomination')}
        </button>
      ) : null}
      <ErrorLine text={error} />
      <ConfirmActions confirmLabel={t('shift.openAction')} busy={busy} testId="open-shift" />
    </form>
  );
}

function OpenShiftActions({
  state,
  onNotice,
  onChanged,
}: {
  state: ShiftState;
  onNotice: ShiftScreenProps['onNotice'];
  onChanged: () => Promise<void>;
}) {
  const { format } = useTillSetup();
  const shift = state.shift!;
  const [view, setView] = useState<'none' | 'pay_in' | 'pay_out' | 'x' | 'count'>('none');
  const [x, setX] = useState<ShiftReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const showX = async () => {
    const result = await window.kassa.shifts.xReport({});
    if (!result.ok) return setError(errorText(result.error));
    setX(result.value);
    setView('x');
  };
  // An X on screen follows the till: a sale or a return from any window reads it again.
  useEffect(() => {
    if (view !== 'x') return;
    let live = true;
    const reread = () =>
      void window.kassa.shifts.xReport({}).then((result) => {
        if (live && result.ok) setX(result.value);
      });
    const offReturns = window.kassa.on('returns.given', reread);
    const offOrders = window.kassa.on('orders.changed', reread);
    return () => {
      live = false;
      offReturns();
      offOrders();
    };
  }, [view]);

  const params = { time: format.dateTime(shift.openedAt), amount: format.money(shift.openingFloat) };
  return (
    <div className="shift__card">
      <p data-testid="shift-summary">
        {shift.openedBy
          ? t('shift.opened', { ...params, name: shift.openedBy })
          : t('shift.openedNoName', params)}
      </p>
      <div className="shift__actions">
        <button type="button" className="button" onClick={() => setView('pay_in')}>
          {t('shift.payIn')}
        </button>
        <button type="button" className="button" onClick={() => setView('pay_out')}>
          {t('shift.payOut')}
        </button>
        <button type="button" className="button" onClick={() => void showX()} data-testid="show-x">
          {t('shift.xReport')}
        </button>
        <button type="button" className="button button--primary" onClick={() => setView('count')}>
          {t('shift.close')}
        </button>
      </div>
      <ErrorLine text={error} />
      {view === 'pay_in' || view === 'pay_out' ? (
        <CashMovement
          key={view}
          kind={view}
          onCancel={() => setView('none')}
          onDone={(text) => {
            onNotice(text, 'success');
            setView('none');
            void onChanged();
          }}
        />
      ) : null}
      {view === 'x' && x ? <ReportView report={x} /> : null}
      {view === 'count' ? <BlindCount state={state} onCounted={onChanged} /> : null}
    </div>
  );
}

function CashMovement({
  kind,
  onCancel,
  onDone,
}: {
  kind: 'pay_in' | 'pay_out';
  onCancel: () => void;
  onDone: (text: string) => void;
}) {
  const { store, format } = useTillSetup();
  const [id] = useState(() => crypto.randomUUID());
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: string | undefined; text: string } | null>(null);
  const { busy, send, approvalDialog } = useApprovedRequest();
  const read = readAmount(amountText, store.currency, store.locale);
  const shown = 'amount' in read ? format.money(read.amount) : '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ('error' in read) return setError({ field: 'amount', text: read.error });
    const result = await send((managerPin) =>
      window.kassa.shifts.moveCash({ id, kind, amount: read.amount, reason, ...withPin(managerPin) }),
    );
    if (!result.ok) return setError({ field: result.error.field, text: errorText(result.error) });
    onDone(
      t('shift.movementDone', {
        kind: kind === 'pay_in' ? t('report.payInRow') : t('report.payOutRow'),
        amount: format.money(read.amount),
      }),
    );
  };
  const edit = (set: (text: string) => void) => (text: string) => {
    set(text);
    setError(null);
  };

  return (
    <form
      className="shift__form"
      noValidate
      onSubmit={(event) => void submit(event)}
      data-testid="cash-movement"
    >
      <h3>{kind === 'pay_in' ? t('shift.movementTitleIn') : t('shift.movementTitleOut')}</h3>
      <AmountField
        id="movement-amount"
        label={t('shift.amount')}
        invalid={error?.field === 'amount'}
        autoFocus
        value={amountText}
        onChange={edit(setAmountText)}
      />
      <ReasonField
        id="movement-reason"
        label={t('shift.reason')}
        invalid={error?.field === 'reason'}
        placeholder={t('shift.reasonPlaceholder')}
        value={reason}
        onChange={edit(setReason)}
      />
      <ErrorLine text={error?.text} />
      <ConfirmActions
        cancelLabel={t('shift.cancel')}
        onCancel={onCancel}
        confirmLabel={
          kind === 'pay_in'
            ? t('shift.confirmIn', { amount: shown })
            : t('shift.confirmOut', { amount: shown })
        }
        busy={busy}
        testId="confirm-movement"
      />
      {approvalDialog}
    </form>
  );
}

/** The blind count: amounts per method, cash by notes and coins if wanted; nothing expected is shown yet. */
function BlindCount({ state, onCounted }: { state: ShiftState; onCounted: () => Promise<void> }) {
  const { store } = useTillSetup();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [pieces, setPieces] = useState<PiecesText>({});
  const [byPieces, setByPieces] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const drawer = state.methodsToCount.find((m) => m.journal === 'cash')?.methodId ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const counts = [];
    for (const m of state.methodsToCount) {
      if (m.methodId === drawer && byPieces) {
        const read = piecesOf(pieces);
        if ('error' in read) return setError(read.error);
        counts.push({
          methodId: m.methodId,
          counted: read.count.reduce((sum, [v, n]) => sum + v * n, 0),
          denominations: read.count,
        });
        continue;
      }
      const read = readAmount(texts[m.methodId] ?? '', store.currency, store.locale);
      if ('error' in read) return setError(`${m.methodName}: ${read.error}`);
      counts.push({ methodId: m.methodId, counted: read.amount });
    }
    setBusy(true);
    const result = await window.kassa.shifts.count({ counts });
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    await onCounted();
  };

  return (
    <form
      className="shift__form"
      noValidate
      onSubmit={(event) => void submit(event)}
      data-testid="blind-count"
    >
      <h3>{t('shift.countTitle')}</h3>
      <p className="shift__hint">{t('shift.countHint')}</p>
      {state.methodsToCount.map((m) =>
        m.methodId === drawer && byPieces ? (
          <DenominationCount
            key={m.methodId}
            denominations={state.denominations}
            value={pieces}
            onChange={(next) => {
              setPieces(next);
              setError(null);
            }}
            idPrefix="count"
          />
        ) : (
          <AmountField
            key={m.methodId}
            id={`count-${m.methodId}`}
            label={t('shift.counted', { method: m.methodName })}
            testId={`count-${m.methodId}`}
            value={texts[m.methodId] ?? ''}
            onChange={(text) => {
              setTexts({ ...texts, [m.methodId]: text });
              setError(null);
            }}
          />
        ),
      )}
      {drawer && state.denominations.length > 0 ? (
        <button type="button" className="button button--ghost" onClick={() => setByPieces(!byPieces)}>
          {byPieces ? t('shift.byTotal') : t('shift.byDenomination')}
        </button>
      ) : null}
      <ErrorLine text={error} />
      <ConfirmActions confirmLabel={t('shift.recordCount')} busy={busy} testId="record-count" />
    </form>
  );
}

/** After the count: what was expected, the differences with their reasons, and the close. */
function CloseShift({ onClosed }: { onClosed: (z: { entry: ZReportEntry; report: ShiftReport }) => void }) {
  const [counts, setCounts] = useState<ShiftCount[] | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const { busy, send, approvalDialog } = useApprovedRequest();

  useEffect(() => {
    void window.kassa.shifts.xReport({}).then((result) => {
      if (result.ok) setCounts(result.value.counts);
      else setError(errorText(result.error));
    });
  }, []);

  const differing = (counts ?? []).filter((c) => c.difference !== 0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await send((managerPin) =>
      window.kassa.shifts.close({
        reasons: differing
          .filter((c) => (reasons[c.methodId] ?? '').trim() !== '')
          .map((c) => ({ methodId: c.methodId, reason: reasons[c.methodId]! })),
        ...withPin(managerPin),
      }),
    );
    if (!result.ok) return setError(errorText(result.error));
    onClosed(result.value);
  };

  return (
    <form
      className="shift__card"
      noValidate
      onSubmit={(event) => void submit(event)}
      data-testid="close-shift"
    >
      <h2>{t('shift.differencesTitle')}</h2>
      {counts ? <CountTable counts={counts} /> : <p>{t('shift.loading')}</p>}
      {counts && differing.length === 0 ? <p>{t('shift.noDifferences')}</p> : null}
      {differing.map((c) => (
        <ReasonField
          key={c.methodId}
          id={`reason-${c.methodId}`}
          label={t('shift.differenceReason', { method: c.methodName })}
          testId={`reason-${c.methodId}`}
          value={reasons[c.methodId] ?? ''}
          onChange={(text) => {
            setReasons({ ...reasons, [c.methodId]: text });
            setError(null);
          }}
        />
      ))}
      <ErrorLine text={error} />
      <ConfirmActions confirmLabel={t('shift.closeAction')} busy={busy || !counts} testId="close-with-z" />
      {approvalDialog}
    </form>
  );
}

function ZWritten({ z, onDone }: { z: { entry: ZReportEntry; report: ShiftReport }; onDone: () => void }) {
  return (
    <div className="shift__card">
      <h2 data-testid="z-number">{t('shift.zTitle', { number: z.entry.number })}</h2>
      <p>{t('shift.zWritten', { number: z.entry.number })}</p>
      <p className="shift__hash">{t('shift.zHash', { hash: z.entry.hash })}</p>
      <p className="shift__hint">{t('shift.zFiles')}</p>
      <ReportView report={z.report} />
      <div className="entry__actions">
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('shift.done')}
        </button>
      </div>
    </div>
  );
}

function RecentZ({ onShow }: { onShow: (z: { entry: ZReportEntry; report: ShiftReport }) => void }) {
  const { format } = useTillSetup();
  const [list, setList] = useState<ZReportEntry[] | null>(null);
  useEffect(() => {
    const load = () =>
      void window.kassa.shifts.zReports({ limit: 10 }).then((result) => {
        if (result.ok) setList(result.value);
      });
    load();
    return window.kassa.on('shifts.changed', load);
  }, []);
  const show = async (number: number) => {
    const result = await window.kassa.shifts.zReport({ number });
    if (result.ok) onShow(result.value);
  };
  return (
    <section className="shift__card" aria-label={t('shift.recentZ')}>
      <h2>{t('shift.recentZ')}</h2>
      {list && list.length === 0 ? <p>{t('shift.noZ')}</p> : null}
      <ul className="shift__z-list">
        {(list ?? []).map((z) => (
          <li key={z.number} data-testid="z-row">
            <span>{t('shift.zTitle', { number: z.number })}</span>
            <span>{format.dateTime(z.createdAt)}</span>
            <button type="button" className="button button--small" onClick={() => void show(z.number)}>
              {t('shift.showZ')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
