import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { StripeProfile } from '../../../shared/ipc/stripe-profiles.ts';
import { Dialog } from '../../shared/dialog.tsx';
import {
  EditButton,
  ListSection,
  OnOffCell,
  RemoveButton,
  RowActions,
  SectionTable,
} from '../list-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card } from '../ui.tsx';
import { useEditing } from '../use-editing.ts';
import { useLoaded } from '../use-loaded.ts';
import { StripeProfileForm } from './stripe-profile-form.tsx';
import { LinkSettingsCard, payoutsText } from './link-settings-card.tsx';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.stripeProfiles.list({});

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
  const list = useLoaded(load);
  const { data, reload } = list;
  const editor = useEditing<StripeProfile>();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<StripeProfile | null>(null);
  const [links, setLinks] = useState<StripeProfile | null>(null);

  const verify = async (profile: StripeProfile) => {
    setBusyId(profile.id);
    editor.setNotice(null);
    const result = await kassa.stripeProfiles.verify({ id: profile.id });
    // Seed 004: verifying also says whether Stripe pays the money out, and what to fix if not.
    const payouts = result.ok ? await kassa.paylinks.payouts({ account: profile.id }) : null;
    setBusyId(null);
    editor.setNotice(
      result.ok
        ? { ok: true, text: `${verdictOf(result.value)} ${payoutsText(payouts?.ok ? payouts.value : null)}` }
        : { ok: false, text: errorText(result.error) },
    );
    await reload();
  };

  const remove = async (profile: StripeProfile) => {
    const result = await kassa.stripeProfiles.remove({ id: profile.id });
    setRemoving(null);
    editor.setNotice(
      result.ok
        ? { ok: true, text: t('prefs.profiles.removed', { name: profile.name }) }
        : { ok: false, text: errorText(result.error) },
    );
    await reload();
  };

  return (
    <ListSection
      title={t('prefs.profiles.title')}
      summary={t('prefs.profiles.summary')}
      addLabel={t('prefs.profiles.add')}
      list={list}
      editor={editor}
      noticeTestId="profile-verdict"
      helpTitle={t('prefs.profiles.helpTitle')}
      help={[
        t('prefs.profiles.helpKeys'),
        t('prefs.profiles.helpAccount'),
        t('prefs.profiles.helpProduction'),
        t('prefs.profiles.helpTerminal'),
        t('prefs.profiles.helpFlags'),
      ]}
      after={
        removing ? (
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
        ) : null
      }
    >
      {editor.editing ? (
        <StripeProfileForm
          key={editor.editing.item?.id ?? 'new'}
          profile={editor.editing.item}
          onCancel={editor.close}
          onSaved={(saved) => {
            editor.saved(verdictOf(saved));
            void reload();
          }}
        />
      ) : null}

      {links ? (
        <LinkSettingsCard
          key={links.id}
          account={links.id}
          name={links.name}
          onClose={() => setLinks(null)}
        />
      ) : null}

      <Card title={t('prefs.profiles.listTitle')}>
        {data && data.length === 0 ? <p className="field__hint">{t('prefs.profiles.none')}</p> : null}
        {data && data.length > 0 ? (
          <SectionTable
            testId="profiles-table"
            columns={[
              t('prefs.profiles.colName'),
              t('prefs.profiles.colKey'),
              t('prefs.profiles.colCurrency'),
              t('prefs.profiles.colLive'),
              t('prefs.profiles.colActive'),
              t('prefs.profiles.colVerified'),
            ]}
          >
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
                    {t('prefs.profiles.methodCount', { count: p.methodCount })}
                  </span>
                </td>
                <td className="table__mono">{p.secretKeyHint ?? '—'}</td>
                <td>{p.settlementCurrency}</td>
                <OnOffCell on={p.live} testId="profile-live" />
                <OnOffCell on={p.active} testId="profile-active" />
                <td>{p.verifiedAt === null ? '—' : format.dateTime(p.verifiedAt)}</td>
                <RowActions>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busyId !== null}
                    aria-label={t('prefs.profiles.verifyNamed', { name: p.name })}
                    onClick={() => void verify(p)}
                  >
                    {busyId === p.id ? t('prefs.profiles.verifying') : t('prefs.profiles.verify')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('prefs.paylinks.openNamed', { name: p.name })}
                    onClick={() => setLinks(p)}
                  >
                    {t('prefs.paylinks.open')}
                  </button>
                  {p.builtIn ? null : (
                    <>
                      <EditButton name={p.name} onClick={() => editor.open(p)} />
                      <RemoveButton name={p.name} onClick={() => setRemoving(p)} />
                    </>
                  )}
                </RowActions>
              </tr>
            ))}
          </SectionTable>
        ) : null}
      </Card>
    </ListSection>
  );
}
