import { errorText } from '../../../shared/i18n/errors.ts';
import { useCallback, useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { AuditEntry } from '../../../shared/ipc/preferences.ts';
import { usePrefs } from '../prefs-context.tsx';
import { Card, LoadProblem, SectionHeader } from '../ui.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useAnswers } from '../../shared/use-data.ts';

const pageSize = 50;

/** One value as the log shows it: text as is, anything else as compact JSON. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * What a change did, line by line: for { old, new } details the fields that changed ("name: Card → Card 2"),
 * otherwise each detail. Secrets arrive masked from main (`[masked]` or a hint such as sk_live_…abcd).
 */
export function describeDetails(details: Record<string, unknown> | null): string[] {
  if (!details) return [];
  const { old: before, new: after, ...rest } = details;
  const lines: string[] = [];
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isRecord(after) || isRecord(before)) {
    const o = isRecord(before) ? before : {};
    const n = isRecord(after) ? after : {};
    for (const key of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const from = shown(o[key]);
      const to = shown(n[key]);
      if (!isRecord(before)) lines.push(`${key}: ${to}`);
      else if (from !== to) lines.push(`${key}: ${from} → ${to}`);
    }
  } else if (before !== undefined || after !== undefined) {
    lines.push(`${shown(before)} → ${shown(after)}`);
  }
  for (const [key, value] of Object.entries(rest)) lines.push(`${key}: ${shown(value)}`);
  return lines;
}

/** The audit log (PREF-4): who changed what and when, newest first, a page at a time. */
export function AuditSection() {
  const { format } = usePrefs();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = useCallback((result: Awaited<ReturnType<typeof kassa.audit.list>>, append: boolean) => {
    if (!result.ok) {
      setProblem(errorText(result.error));
      return;
    }
    setProblem(null);
    setEntries((current) => (append ? [...current, ...result.value.entries] : result.value.entries));
    setNext(result.value.nextBefore);
  }, []);

  useAnswers(
    () => kassa.audit.list({ limit: pageSize }),
    'audit',
    (result) => show(result, false),
  );

  const more = async () => {
    if (next === null) return;
    setBusy(true);
    show(await kassa.audit.list({ limit: pageSize, before: next }), true);
    setBusy(false);
  };
  const refresh = async () => {
    setBusy(true);
    show(await kassa.audit.list({ limit: pageSize }), false);
    setBusy(false);
  };

  return (
    <div className="section">
      <SectionHeader
        title={t('prefs.audit.title')}
        summary={t('prefs.audit.summary')}
        actions={
          <button type="button" className="button" disabled={busy} onClick={() => void refresh()}>
            {t('prefs.audit.refresh')}
          </button>
        }
      />
      <LoadProblem message={problem} onRetry={() => void refresh()} />
      <Card label={t('prefs.audit.title')}>
        <div className="table-wrap">
          <table className="table table--audit" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('prefs.audit.colWhen')}</th>
                <th scope="col">{t('prefs.audit.colWho')}</th>
                <th scope="col">{t('prefs.audit.colWhat')}</th>
                <th scope="col">{t('prefs.audit.colDetails')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-testid="audit-row">
                  <td className="table__nowrap">{format.dateTime(e.at)}</td>
                  <td>{e.actor ?? t('prefs.audit.system')}</td>
                  <td>
                    <span className="table__strong table__mono">{e.action}</span>
                    {e.subject ? <span className="table__sub">{e.subject}</span> : null}
                  </td>
                  <td>
                    <ul className="audit-details">
                      {describeDetails(e.details).map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {entries.length === 0 && !problem ? <p className="field__hint">{t('prefs.audit.none')}</p> : null}
        {next !== null ? (
          <button type="button" className="button" disabled={busy} onClick={() => void more()}>
            {t('prefs.audit.older')}
          </button>
        ) : null}
      </Card>
    </div>
  );
}
