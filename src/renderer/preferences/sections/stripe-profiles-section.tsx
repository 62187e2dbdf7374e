import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { StripeProfile } from '../../../shared/ipc/stripe-profiles.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { PlusIcon } from '../../shared/icons.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, Flag, Help, LoadProblem, SectionHeader } from '../ui.tsx';
import { useLoaded } from '../use-loaded.ts';
import { StripeProfileForm } from './stripe-profile-form.tsx';

const load = () => window.kassa.stripeProfiles.list({});

type Editing = { kind: 'new' } | { kind: 'edit'; profile: StripeProfile } | null;

/** What Stripe said about a profile the last time its key was checked, in one sentence. */
export function verdictOf(profile: StripeProfile): string {
  return t('prefs.profiles.verdict', {
    name: profile.name,
    live: profile.live ? t('prefs.yes') : t('prefs.no'),
    active: profile.active ? t('prefs.yes') : t('prefs.no'),
  });
}

/**
 * Stripe profiles (STO-1, STO-2, STT-2): the Stripe accounts this shop takes money with. Every save and every
 * Verify asks Stripe about the key; Live and Active come from that answer, never from the owner.
 */
export function StripeProfilesSection() {
  const { format } = usePrefs();
  const { data, problem, reload } = useLoaded(load);
  const [editing, setEditing] = useState<Editing>(null);
  const [verdict, setVerdict] = useState<{ ok: boolean; text: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<StripeProfile | null>(null);

  const verify = async (profile: StripeProfile) => {
    setBusyId(profile.id);
    setVerdict(null);
    const result = await window.kassa.stripeProfiles.verify({ id: profile.id });
    setBusyId(null);
    setVerdict(
      result.ok ? { ok: true, text: verdictOf(result.value) } : { ok: false, text: result.error.message },
    );
    await reload();
  };

  const remove = async (profile: StripeProfile) => {
    const result = await window.kassa.stripeProfiles.remove({ id: profile.id });
    setRemoving(null);
    setVerdict(
      result.ok
        ? { ok: true, text: t('prefs.profiles.removed', { name: profile.name }) }
        : { ok: false, text: result.error.message },
    );
    await reload();
  };

  return (
    <div className="section">
      <SectionHeader
        title={t('prefs.profiles.title')}
        summary={t('prefs.profiles.summary')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setVerdict(null);
              setEditing({ kind: 'new' });
            }}
          >
            <PlusIcon />
            {t('prefs.profiles.add')}
          </button>
        }
      />
      {problem ? <LoadProblem message={problem} onRetry={() => void reload()} /> : null}
      {verdict ? (
        <p
          className={verdict.ok ? 'notice-line notice-line--ok' : 'field__error'}
          role={verdict.ok ? 'status' : 'alert'}
          data-testid="profile-verdict"
        >
          {verdict.text}
        </p>
      ) : null}

      <div className="section__split">
        <div className="section__column">
          {editing ? (
            <StripeProfileForm
              key={editing.kind === 'edit' ? editing.profile.id : 'new'}
              profile={editing.kind === 'edit' ? editing.profile : null}
              onCancel={() => setEditing(null)}
              onSaved={(saved) => {
                setEditing(null);
                setVerdict({ ok: true, text: verdictOf(saved) });
                void reload();
              }}
            />
          ) : null}

          <Card title={t('prefs.profiles.listTitle')}>
            {data && data.length === 0 ? <p className="field__hint">{t('prefs.profiles.none')}</p> : null}
            {data && data.length > 0 ? (
              <div className="table-wrap">
                <table className="table" data-testid="profiles-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('prefs.profiles.colName')}</th>
                      <th scope="col">{t('prefs.profiles.colKey')}</th>
                      <th scope="col">{t('prefs.profiles.colCurrency')}</th>
                      <th scope="col">{t('prefs.profiles.colLive')}</th>
                      <th scope="col">{t('prefs.profiles.colActive')}</th>
                      <th scope="col">{t('prefs.profiles.colVerified')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('prefs.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.map((p) => (
                      <tr key={p.id} data-testid="profile-row">
                        <td>
                          <span className="table__strong">{p.name}</span>
                          <span className="table__sub">
                            {p.builtIn ? t('prefs.profiles.builtIn') : null}
                            {p.production ? t('prefs.profiles.productionTag') : t('prefs.profiles.testTag')}
                            {p.accountId ? ` · ${p.accountId}` : ''}
                          </span>
                          <span className="table__sub">
                            {p.methodCount === 0
                              ? t('prefs.profiles.methodCountNone')
                              : p.methodCount === 1
                                ? t('prefs.profiles.methodCountOne')
                                : t('prefs.profiles.methodCount', { count: p.methodCount })}
                          </span>
                        </td>
                        <td className="table__mono">{p.secretKeyHint ?? '—'}</td>
                        <td>{p.settlementCurrency}</td>
                        <td>
                          <Flag on={p.live} yes={t('prefs.on')} no={t('prefs.off')} testId="profile-live" />
                        </td>
                        <td>
                          <Flag
                            on={p.active}
                            yes={t('prefs.on')}
                            no={t('prefs.off')}
                            testId="profile-active"
                          />
                        </td>
                        <td>{p.verifiedAt === null ? '—' : format.dateTime(p.verifiedAt)}</td>
                        <td className="table__actions">
                          <button
                            type="button"
                            className="button button--small"
                            disabled={busyId !== null}
                            aria-label={t('prefs.profiles.verifyNamed', { name: p.name })}
                            onClick={() => void verify(p)}
                          >
                            {busyId === p.id ? t('prefs.profiles.verifying') : t('prefs.profiles.verify')}
                          </button>
                          {p.builtIn ? null : (
                            <>
                              <button
                                type="button"
                                className="button button--small"
                                aria-label={t('prefs.editNamed', { name: p.name })}
                                onClick={() => {
                                  setVerdict(null);
                                  setEditing({ kind: 'edit', profile: p });
                                }}
                              >
                                {t('prefs.edit')}
                              </button>
                              <button
                                type="button"
                                className="button button--small button--danger-ghost"
                                aria-label={t('prefs.removeNamed', { name: p.name })}
                                onClick={() => setRemoving(p)}
                              >
                                {t('prefs.remove')}
                              </button>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </Card>
        </div>

        <Help title={t('prefs.profiles.helpTitle')}>
          <p>{t('prefs.profiles.helpKeys')}</p>
          <p>{t('prefs.profiles.helpAccount')}</p>
          <p>{t('prefs.profiles.helpProduction')}</p>
          <p>{t('prefs.profiles.helpTerminal')}</p>
          <p>{t('prefs.profiles.helpFlags')}</p>
        </Help>
      </div>

      {removing ? (
        <Dialog
          title={t('prefs.profiles.removeTitle', { name: removing.name })}
          onClose={() => setRemoving(null)}
        >
          <p className="dialog__text">{t('prefs.profiles.removeText')}</p>
          <div className="entry__actions">
            <button type="button" className="button" autoFocus onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void remove(removing)}>
              {t('prefs.remove')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
