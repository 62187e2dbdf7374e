import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { StaffRole } from '../../../shared/ipc/fields.ts';
import type { StaffMember } from '../../../shared/ipc/staff.ts';
import { CheckField, FormField } from '../../shared/form-field.tsx';
import { PlusIcon } from '../../shared/icons.tsx';
import { maxPinLength } from '../../shared/pin-entry.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, Flag, Help, LoadProblem, SaveBar, SectionHeader } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';

const load = () => window.kassa.staff.list({});
const fields = ['name', 'role', 'pin', 'active'];
const roles: readonly StaffRole[] = ['cashier', 'manager', 'owner'];

type Editing = { kind: 'new' } | { kind: 'edit'; member: StaffMember } | null;

/** Staff (TILL-9, SEC-2): who may work the till, in which role, with which PIN. */
export function StaffSection() {
  const { format } = usePrefs();
  const { data, problem, reload } = useLoaded(load);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);

  return (
    <div className="section">
      <SectionHeader
        title={t('prefs.staff.title')}
        summary={t('prefs.staff.summary')}
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
            {t('prefs.staff.add')}
          </button>
        }
      />
      {problem ? <LoadProblem message={problem} onRetry={() => void reload()} /> : null}
      {message ? (
        <p className="notice-line notice-line--ok" role="status">
          {message}
        </p>
      ) : null}
      <div className="section__split">
        <div className="section__column">
          {editing ? (
            <StaffForm
              key={editing.kind === 'edit' ? editing.member.id : 'new'}
              member={editing.kind === 'edit' ? editing.member : null}
              onCancel={() => setEditing(null)}
              onSaved={(saved) => {
                setEditing(null);
                setMessage(t('prefs.staff.savedNamed', { name: saved.name }));
                void reload();
              }}
            />
          ) : null}
          <Card title={t('prefs.staff.listTitle')}>
            {data ? (
              <div className="table-wrap">
                <table className="table" data-testid="staff-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('prefs.staff.name')}</th>
                      <th scope="col">{t('prefs.staff.role')}</th>
                      <th scope="col">{t('prefs.staff.colPin')}</th>
                      <th scope="col">{t('prefs.staff.active')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('prefs.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.map((m) => (
                      <tr
                        key={m.id}
                        data-testid="staff-row"
                        className={m.active ? undefined : 'table__row--off'}
                      >
                        <td className="table__strong">{m.name}</td>
                        <td>{t(`role.${m.role}`)}</td>
                        <td>
                          <Flag
                            on={m.hasPin}
                            yes={t('prefs.staff.pinSet')}
                            no={t('prefs.staff.pinMissing')}
                          />
                          {m.lockedUntil !== null ? (
                            <span className="table__warn">
                              {t('prefs.staff.lockedUntil', { time: format.time(m.lockedUntil) })}
                            </span>
                          ) : null}
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
                              setEditing({ kind: 'edit', member: m });
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
        <Help title={t('prefs.staff.helpTitle')}>
          <p>{t('prefs.staff.helpRoles')}</p>
          <p>{t('prefs.staff.helpPin')}</p>
          <p>{t('prefs.staff.helpLock')}</p>
        </Help>
      </div>
    </div>
  );
}

interface StaffValues {
  name: string;
  role: StaffRole;
  pin: string;
  active: boolean;
}

function StaffForm({
  member,
  onSaved,
  onCancel,
}: {
  member: StaffMember | null;
  onSaved: (member: StaffMember) => void;
  onCancel: () => void;
}) {
  const form = useForm<StaffValues>(
    { name: member?.name ?? '', role: member?.role ?? 'cashier', pin: '', active: member?.active ?? true },
    fields,
  );
  const { values, set, errorOf } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() =>
      window.kassa.staff.save({
        ...(member ? { id: member.id } : {}),
        name: values.name,
        role: values.role,
        ...(values.pin !== '' ? { pin: values.pin } : {}),
        active: values.active,
      }),
    );
    if (saved) onSaved(saved);
  };
  const title = member ? t('prefs.staff.editTitle', { name: member.name }) : t('prefs.staff.newTitle');
  return (
    <form noValidate aria-label={title} onSubmit={(e) => void submit(e)}>
      <Card title={title} className="card--editor">
        <div className="form-grid">
          <FormField id="staff-name" label={t('prefs.staff.name')} error={errorOf('name')}>
            {(control) => (
              <input
                {...control}
                autoFocus
                value={values.name}
                onChange={(e) => set('name', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="staff-role"
            label={t('prefs.staff.role')}
            hint={t(`prefs.staff.roleHint.${values.role}`)}
            error={errorOf('role')}
          >
            {(control) => (
              <select
                {...control}
                value={values.role}
                onChange={(e) => set('role', e.target.value as StaffRole)}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id="staff-pin"
            label={member ? t('prefs.staff.newPin') : t('prefs.staff.pin')}
            hint={member?.hasPin ? t('prefs.staff.pinKeep') : t('prefs.staff.pinHint')}
            error={errorOf('pin')}
          >
            {(control) => (
              <input
                {...control}
                className={`${control.className} field__input--code`}
                type="password"
                inputMode="numeric"
                autoComplete="new-password"
                maxLength={maxPinLength}
                value={values.pin}
                onChange={(e) => set('pin', e.target.value.replace(/\D/g, ''))}
              />
            )}
          </FormField>
          <CheckField
            id="staff-active"
            label={t('prefs.staff.active')}
            hint={t('prefs.staff.activeHint')}
            checked={values.active}
            error={errorOf('active')}
            onChange={(on) => set('active', on)}
          />
        </div>
        <SaveBar status={form.status} error={form.generalError}>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </SaveBar>
      </Card>
    </form>
  );
}
