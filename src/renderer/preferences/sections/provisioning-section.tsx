import { errorText } from '../../../shared/i18n/errors.ts';
import { useState, type ChangeEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { RequestIn, ResponseOf } from '../../../shared/ipc/contract.ts';
import { Card, Help, SectionHeader } from '../ui.tsx';
import { kassa } from '../../shared/kassa.ts';

type Summary = ResponseOf<'provisioning.import'>;

type Outcome =
  | { kind: 'imported'; file: string; summary: Summary }
  | { kind: 'refused'; file: string; message: string; where: string | null };

/** Where in the file a problem is, as IT reads it: "paymentMethods[2].journal". */
export function pathInFile(field: string | undefined): string | null {
  if (!field) return null;
  const path = field
    .split('.')
    .filter((part, index) => !(index === 0 && part === 'config'))
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  return path === '' ? null : path;
}

/**
 * Store provisioning (PREF-5): IT's store configuration file, imported all or nothing. It carries no secrets and
 * no PINs; the first problem found is named with its place in the file, and nothing is changed then.
 */
export function ProvisioningSection() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    let config: unknown;
    try {
      config = JSON.parse(await file.text());
    } catch (error) {
      setBusy(false);
      setOutcome({
        kind: 'refused',
        file: file.name,
        message: t('prefs.provisioning.notJson', {
          reason: error instanceof Error ? error.message : String(error),
        }),
        where: null,
      });
      return;
    }
    // Whatever the file holds goes to main, which checks it against the published schema.
    const result = await kassa.provisioning.import({
      config: config as RequestIn<'provisioning.import'>['config'],
    });
    setBusy(false);
    setOutcome(
      result.ok
        ? { kind: 'imported', file: file.name, summary: result.value }
        : {
            kind: 'refused',
            file: file.name,
            message: errorText(result.error).replace(` (${result.error.field ?? ''})`, ''),
            where: pathInFile(result.error.field),
          },
    );
  };

  return (
    <div className="section">
      <SectionHeader title={t('prefs.provisioning.title')} summary={t('prefs.provisioning.summary')} />
      <div className="section__split">
        <div className="section__column">
          <Card title={t('prefs.provisioning.importCard')} description={t('prefs.provisioning.importText')}>
            <div className="file-pick">
              <label className="button button--primary file-pick__button" htmlFor="provisioning-file">
                {busy ? t('prefs.provisioning.importing') : t('prefs.provisioning.choose')}
              </label>
              <input
                id="provisioning-file"
                className="file-pick__input"
                type="file"
                accept=".json,application/json"
                disabled={busy}
                onChange={(e) => void importFile(e)}
              />
              <span className="field__hint">{t('prefs.provisioning.file')}</span>
            </div>
            {outcome?.kind === 'imported' ? (
              <div className="notice-line notice-line--ok" role="status" data-testid="provisioning-result">
                <p className="table__strong">{t('prefs.provisioning.imported', { file: outcome.file })}</p>
                <ul className="plain-list">
                  <li>{t('prefs.provisioning.countMethods', { count: outcome.summary.paymentMethods })}</li>
                  <li>{t('prefs.provisioning.countTaxRates', { count: outcome.summary.taxRates })}</li>
                  <li>{t('prefs.provisioning.countStaff', { count: outcome.summary.staffAdded })}</li>
                  <li>{t('prefs.provisioning.countCategories', { count: outcome.summary.categories })}</li>
                  <li>{t('prefs.provisioning.countProducts', { count: outcome.summary.products })}</li>
                </ul>
                {outcome.summary.staffAdded > 0 ? <p>{t('prefs.provisioning.staffPins')}</p> : null}
              </div>
            ) : null}
            {outcome?.kind === 'refused' ? (
              <div className="field__error" role="alert" data-testid="provisioning-error">
                <p>{t('prefs.provisioning.refused', { file: outcome.file })}</p>
                {outcome.where ? (
                  <p className="table__mono">{t('prefs.provisioning.where', { where: outcome.where })}</p>
                ) : null}
                <p>{outcome.message}</p>
              </div>
            ) : null}
          </Card>
        </div>
        <Help title={t('prefs.provisioning.helpTitle')}>
          <p>{t('prefs.provisioning.helpWhat')}</p>
          <p>{t('prefs.provisioning.helpSchema')}</p>
          <p>{t('prefs.provisioning.helpSecrets')}</p>
          <p>{t('prefs.provisioning.helpBuild')}</p>
        </Help>
      </div>
    </div>
  );
}
