import { errorText } from '../../../shared/i18n/errors.ts';
import { useEffect, useState, type FormEvent } from 'react';
import { KassaError } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import {
  chainProblemWords,
  type ChainCheck,
  type ShiftSettings,
  type ZReportEntry,
} from '../../../shared/ipc/shifts.ts';
import { parseAmount } from '../../../shared/money/parse-amount.ts';
import { TextField } from '../../shared/form-field.tsx';
import { LoadedSection } from '../loaded-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, Help, SaveBar, SectionSplit } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { downloadBase64 } from './download.ts';

/** File formats are named the same in every language (like the key caps), so they are not in the catalogs. */
const fileFormatName = { pdf: 'PDF', csv: 'CSV' } as const;

const load = () => window.kassa.shifts.getSettings({});
const fields = ['requireOpenShift', 'cashMovementLimit', 'differenceLimit'];

/** Shifts and Z reports (TILL-8): whether the till sells only in a shift, the limits, and the chain of Z reports. */
export function ShiftsSection() {
  return (
    <LoadedSection title={t('prefs.shifts.title')} summary={t('prefs.shifts.summary')} load={load}>
      {(settings, onSaved) => (
        <>
          <ShiftSettingsForm settings={settings} onSaved={onSaved} />
          <ZReports />
        </>
      )}
    </LoadedSection>
  );
}

function ShiftSettingsForm({
  settings,
  onSaved,
}: {
  settings: ShiftSettings;
  onSaved: (settings: ShiftSettings) => void;
}) {
  const { store, format } = usePrefs();
  const [required, setRequired] = useState(settings.requireOpenShift);
  const form = useForm(
    {
      requireOpenShift: '',
      cashMovementLimit: format.amountInput(settings.cashMovementLimit),
      differenceLimit: format.amountInput(settings.differenceLimit),
    },
    fields,
  );
  const amount = (field: 'cashMovementLimit' | 'differenceLimit'): number | null => {
    try {
      const text = form.values[field].trim();
      return text === '' ? 0 : parseAmount(text, store.currency, store.locale);
    } catch (error) {
      if (!(error instanceof KassaError)) throw error;
      form.setProblem({ field, message: errorText(error) });
      return null;
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cashMovementLimit = amount('cashMovementLimit');
    const differenceLimit = amount('differenceLimit');
    if (cashMovementLimit === null || differenceLimit === null) return;
    const saved = await form.submit(() =>
      window.kassa.shifts.saveSettings({ requireOpenShift: required, cashMovementLimit, differenceLimit }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <SectionSplit
      help={
        <Help title={t('prefs.shifts.helpTitle')}>
          <p>{t('prefs.shifts.help1')}</p>
          <p>{t('prefs.shifts.help2')}</p>
        </Help>
      }
    >
      <form
        noValidate
        className="section__form"
        aria-label={t('prefs.shifts.card')}
        onSubmit={(e) => void submit(e)}
      >
        <Card title={t('prefs.shifts.card')}>
          <label className="checkbox" htmlFor="shifts-required">
            <input
              id="shifts-required"
              type="checkbox"
              checked={required}
              onChange={(event) => setRequired(event.target.checked)}
            />
            {t('prefs.shifts.required')}
          </label>
          <div className="form-grid">
            <TextField
              id="shifts-cashMovementLimit"
              label={t('prefs.shifts.movementLimit', { currency: store.currency })}
              hint={t('prefs.shifts.movementHint')}
              error={form.errorOf('cashMovementLimit')}
              inputMode="decimal"
              autoComplete="off"
              value={form.values.cashMovementLimit}
              onChange={(value) => form.set('cashMovementLimit', value)}
            />
            <TextField
              id="shifts-differenceLimit"
              label={t('prefs.shifts.differenceLimit', { currency: store.currency })}
              hint={t('prefs.shifts.differenceHint')}
              error={form.errorOf('differenceLimit')}
              inputMode="decimal"
              autoComplete="off"
              value={form.values.differenceLimit}
              onChange={(value) => form.set('differenceLimit', value)}
            />
          </div>
        </Card>
        <SaveBar status={form.status} error={form.generalError} />
      </form>
    </SectionSplit>
  );
}

/** The till's Z reports, their files, and whether the hash chain that links them is intact. */
function ZReports() {
  const { format } = usePrefs();
  const [list, setList] = useState<ZReportEntry[] | null>(null);
  const [chain, setChain] = useState<ChainCheck | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void window.kassa.shifts
      .zReports({ limit: 200 })
      .then((r) => (r.ok ? setList(r.value) : setProblem(errorText(r.error))));
    void window.kassa.shifts
      .verifyChain({})
      .then((r) => (r.ok ? setChain(r.value) : setProblem(errorText(r.error))));
  }, []);
  const save = async (number: number, format: 'pdf' | 'csv') => {
    const result = await window.kassa.shifts.zFile({ number, format });
    if (!result.ok) return setProblem(errorText(result.error));
    downloadBase64(result.value.fileName, result.value.base64, result.value.mimeType);
  };
  return (
    <Card title={t('prefs.shifts.zTitle')}>
      {chain ? (
        <p
          className={chain.intact ? 'notice notice--ok' : 'field__error'}
          role="status"
          data-testid="z-chain"
        >
          {chain.intact
            ? t('prefs.shifts.chainIntact', { count: chain.checked })
            : t('prefs.shifts.chainBroken', {
                problems: chain.problems
                  .map((p) => chainProblemWords(p))
                  .map((w) => t(w.key, w.params))
                  .join(' '),
              })}
        </p>
      ) : null}
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      {list && list.length === 0 ? <p>{t('prefs.shifts.noZ')}</p> : null}
      <table className="table">
        <tbody>
          {(list ?? []).map((z) => (
            <tr key={z.number} data-testid="prefs-z-row">
              <th scope="row">{t('prefs.shifts.zNumber', { number: z.number })}</th>
              <td>{format.dateTime(z.createdAt)}</td>
              <td className="mono">{z.hash.slice(0, 16)}…</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void save(z.number, 'pdf')}
                >
                  {fileFormatName.pdf}
                </button>{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void save(z.number, 'csv')}
                >
                  {fileFormatName.csv}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
