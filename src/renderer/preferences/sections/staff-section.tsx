import type { FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { StaffRole } from '../../../shared/ipc/fields.ts';
import type { StaffMember } from '../../../shared/ipc/staff.ts';
import { CheckField, SelectField, TextField } from '../../shared/form-field.tsx';
import { EditButton, ListSection, OnOffCell, RowActions, SectionTable } from '../list-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, EditorForm, Flag } from '../ui.tsx';
import { useEditing } from '../use-editing.ts';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.staff.list({});
const fields = ['name', 'role', 'pin', 'active'];
const roles: readonly StaffRole[] = ['cashier', 'manager', 'owner'];

/** Staff (TILL-9, SEC-2): who may work the till, in which role, with which PIN. */
export function StaffSection() {
  const { format } = usePrefs();
  const list = useLoaded(load);
  const { data, reload } = list;
  const editor = useEditing<StaffMember>();

  return (
    <ListSection
      title={t('prefs.staff.title')}
      summary={t('prefs.staff.summary')}
      addLabel={t('prefs.staff.add')}
      list={list}
      editor={editor}
      helpTitle={t('prefs.staff.helpTitle')}
      help={[t('prefs.staff.helpRoles'), t('prefs.staff.helpPin'), t('prefs.staff.helpLock')]}
    >
      {editor.editing ? (
        <StaffForm
          key={editor.editing.item?.id ?? 'new'}
          member={editor.editing.item}
          onCancel={editor.close}
          onSaved={(saved) => {
            editor.saved(t('prefs.staff.savedNamed', { name: saved.name }));
            void reload();
          }}
        />
      ) : null}
      <Card title={t('prefs.staff.listTitle')}>
        {data ? (
          <SectionTable
            testId="staff-table"
            columns={[
              t('prefs.staff.name'),
              t('prefs.staff.role'),
              t('prefs.staff.colPin'),
              t('prefs.staff.active'),
            ]}
          >
            {data.map((m) => (
              <tr key={m.id} data-testid="staff-row" className={m.active ? undefined : 'table__row--off'}>
                <td>
                  <span className="table__strong">{m.name}</span>
                </td>
                <td>{t(`role.${m.role}`)}</td>
                <td>
                  <Flag on={m.hasPin} yes={t('prefs.staff.pinSet')} no={t('prefs.staff.pinMissing')} />
                  {m.lockedUntil !== null ? (
                    <span className="table__warn">
                      {t('prefs.staff.lockedUntil', { time: format.time(m.lockedUntil) })}
                    </span>
                  ) : null}
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
      kassa.staff.save({
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
    <EditorForm title={title} form={form} onSubmit={submit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField
          id="staff-name"
          label={t('prefs.staff.name')}
          error={errorOf('name')}
          autoFocus
          value={values.name}
          onChange={(name) => set('name', name)}
        />
        <SelectField
          id="staff-role"
          label={t('prefs.staff.role')}
          hint={t(`prefs.staff.roleHint.${values.role}`)}
          error={errorOf('role')}
          value={values.role}
          onChange={(role) => set('role', role as StaffRole)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="staff-pin"
          label={member ? t('prefs.staff.newPin') : t('prefs.staff.pin')}
          hint={member?.hasPin ? t('prefs.staff.pinKeep') : t('prefs.staff.pinHint')}
          error={errorOf('pin')}
          code
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          value={values.pin}
          onChange={(pin) => set('pin', pin.replace(/\D/g, ''))}
        />
        <CheckField
          id="staff-active"
          label={t('prefs.staff.active')}
          hint={t('prefs.staff.activeHint')}
          checked={values.active}
          error={errorOf('active')}
          onChange={(on) => set('active', on)}
        />
      </div>
    </EditorForm>
  );
}
