import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import { defaultAccounts } from '../../../shared/ipc/payment-methods.ts';
import { dayOf } from '../../shared/days.ts';
import { TextField } from '../../shared/form-field.tsx';
import { useForm } from '../use-form.ts';
import { Card, Help, NoticeLine, SectionHeader, SectionSplit, type Notice } from '../ui.tsx';
import { kassa } from '../../shared/kassa.ts';

const fields = ['from', 'to'];

/** This month so far: what an accountant usually asks for. */
export function thisMonthSoFar(today: Date): { from: string; to: string } {
  return { from: dayOf(new Date(today.getFullYear(), today.getMonth(), 1)), to: dayOf(today) };
}

/** Hands the file to the browser's downloads, the same way in Electron and in Chromium. */
function download(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns: let it go only once the download has surely begun.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The bookkeeping export (PREF-2): the payments and refunds of chosen days as a CSV file for the accountant,
 * each with the accounts it was booked to.
 */
export function BookkeepingExportSection() {
  const form = useForm(thisMonthSoFar(new Date()), fields);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { values, errorOf } = form;
  const set = (field: 'from' | 'to', value: string) => {
    form.set(field, value);
    setNotice(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const file = await form.submit(() => kassa.exports.payments(values));
    if (!file) return;
    download(file.fileName, file.csv);
    setNotice({
      ok: true,
      text:
        file.rows === 0
          ? t('prefs.export.none', { file: file.fileName })
          : t('prefs.export.done', { count: file.rows, file: file.fileName }),
    });
  };

  return (
    <div className="section">
      <SectionHeader title={t('prefs.export.title')} summary={t('prefs.export.summary')} />
      <SectionSplit
        help={
          <Help title={t('prefs.export.helpTitle')}>
            <p>{t('prefs.export.helpRows')}</p>
            <p>{t('prefs.export.helpColumns')}</p>
            <p>
              {t('prefs.export.helpDefaults', {
                cash: defaultAccounts.outstanding.cash,
                bank: defaultAccounts.outstanding.bank,
                intermediary: defaultAccounts.intermediary,
              })}
            </p>
            <p>{t('prefs.export.helpReconcile')}</p>
          </Help>
        }
      >
        <form noValidate aria-label={t('prefs.export.card')} onSubmit={(e) => void submit(e)}>
          <Card title={t('prefs.export.card')} description={t('prefs.export.cardText')}>
            <div className="form-grid">
              <TextField
                id="export-from"
                label={t('prefs.export.from')}
                error={errorOf('from')}
                type="date"
                value={values.from}
                onChange={(from) => set('from', from)}
              />
              <TextField
                id="export-to"
                label={t('prefs.export.to')}
                hint={t('prefs.export.rangeHint')}
                error={errorOf('to')}
                type="date"
                value={values.to}
                onChange={(to) => set('to', to)}
              />
            </div>
            <div className="save-bar">
              {form.generalError ? (
                <p className="field__error save-bar__error" role="alert">
                  {form.generalError}
                </p>
              ) : null}
              <div className="save-bar__buttons">
                <button type="submit" className="button button--primary" disabled={form.status === 'busy'}>
                  {form.status === 'busy' ? t('prefs.export.preparing') : t('prefs.export.download')}
                </button>
              </div>
            </div>
            <NoticeLine notice={notice} testId="export-result" />
          </Card>
        </form>
      </SectionSplit>
    </div>
  );
}
