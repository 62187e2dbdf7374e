import { useState, type FormEvent } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { PrinterInput, PrinterView } from '../../../shared/ipc/printing.ts';
import { serialBaudRates } from '../../../shared/ipc/printing.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { CheckField, SelectField, TextField } from '../../shared/form-field.tsx';
import { kassa } from '../../shared/kassa.ts';
import { EditButton, ListSection, RemoveButton, RowActions, SectionTable } from '../list-section.tsx';
import { Card, EditorForm, Flag } from '../ui.tsx';
import { useEditing } from '../use-editing.ts';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';
import { ReceiptSettingsForm } from './receipt-settings-form.tsx';
import {
  codepages,
  columnChoices,
  conditionWords,
  paperWidths,
  paperWords,
  printerFormProblem,
} from './printer-form-rules.ts';

const load = () => kassa.printing.status({});
const fields = ['name', 'kind', 'address', 'baud', 'paperMm', 'columns', 'codepage', 'drawerPin', 'receipts'];

/**
 * Preferences → Printers and receipt (PREF-1, TILL-7): the printers of this till with what each does and how
 * it is, a test page, the form to add or change one, and what every receipt says.
 */
export function PrintersSection() {
  const list = useLoaded(load);
  const { data, reload } = list;
  const editor = useEditing<PrinterView>();
  const [removing, setRemoving] = useState<PrinterView | null>(null);
  const printers = data?.printers ?? [];

  const testPage = async (printer: PrinterView) => {
    const result = await kassa.printers.testPage({ id: printer.id });
    editor.setNotice(
      result.ok
        ? { ok: true, text: t('prefs.printers.testSent', { name: printer.name }) }
        : { ok: false, text: errorText(result.error) },
    );
  };

  return (
    <ListSection
      title={t('prefs.printers.title')}
      summary={t('prefs.printers.summary')}
      addLabel={t('prefs.printers.add')}
      list={list}
      editor={editor}
      noticeTestId="printers-notice"
      helpTitle={t('prefs.printers.helpTitle')}
      help={[t('prefs.printers.help1'), t('prefs.printers.help2'), t('prefs.printers.help3')]}
      after={
        removing ? (
          <RemovePrinter
            printer={removing}
            onClose={() => setRemoving(null)}
            onRemoved={() => {
              setRemoving(null);
              editor.setNotice({ ok: true, text: t('prefs.printers.removedNamed', { name: removing.name }) });
              void reload();
            }}
          />
        ) : null
      }
    >
      {editor.editing ? (
        <PrinterForm
          key={editor.editing.item?.id ?? 'new'}
          printer={editor.editing.item}
          first={printers.length === 0}
          onCancel={editor.close}
          onSaved={(saved) => {
            editor.saved(t('prefs.printers.savedNamed', { name: saved.name }));
            void reload();
          }}
        />
      ) : null}
      <Card title={t('prefs.printers.listTitle')}>
        {/* Where the search leads for "printers" and "cash drawer". */}
        <div id="printers-list" tabIndex={-1} />
        {data && printers.length === 0 ? <p className="field__hint">{t('prefs.printers.none')}</p> : null}
        {printers.length > 0 ? (
          <SectionTable
            testId="printers-table"
            columns={[
              t('prefs.printers.colName'),
              t('prefs.printers.colAddress'),
              t('prefs.printers.colPaper'),
              t('prefs.printers.colJobs'),
              t('prefs.printers.colStatus'),
            ]}
          >
            {printers.map((p) => (
              <tr key={p.id} data-testid="printer-row">
                <td>
                  <span className="table__strong">{p.name}</span>
                </td>
                <td className="table__mono">{p.address}</td>
                <td>
                  {t('prefs.printers.paperLine', {
                    paper: t(paperWords[p.paperMm]),
                    columns: p.columns,
                  })}
                </td>
                <td>
                  <PrinterDuties printer={p} />
                </td>
                <td>
                  <Flag
                    on={p.condition === 'ready'}
                    yes={t(conditionWords.ready)}
                    no={t(conditionWords[p.condition])}
                    testId="printer-condition"
                  />
                </td>
                <RowActions>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('prefs.printers.testPageNamed', { name: p.name })}
                    onClick={() => void testPage(p)}
                  >
                    {t('prefs.printers.testPage')}
                  </button>
                  <EditButton name={p.name} onClick={() => editor.open(p)} />
                  <RemoveButton name={p.name} onClick={() => setRemoving(p)} />
                </RowActions>
              </tr>
            ))}
          </SectionTable>
        ) : null}
      </Card>
      <ReceiptSettingsForm />
    </ListSection>
  );
}

/** What a printer is used for, in a word or two each. */
function PrinterDuties({ printer }: { printer: PrinterView }) {
  const duties = [
    printer.receipts ? t('prefs.printers.doesReceipts') : null,
    printer.drawerPin !== null ? t('prefs.printers.doesDrawer', { pin: printer.drawerPin }) : null,
  ].filter((d): d is string => d !== null);
  return <span data-testid="printer-duties">{duties.join(' · ') || t('prefs.printers.doesNothing')}</span>;
}

interface PrinterValues {
  name: string;
  kind: PrinterInput['kind'];
  address: string;
  paperMm: PrinterInput['paperMm'];
  columns: PrinterInput['columns'];
  codepage: PrinterInput['codepage'];
  drawerPin: '' | '2' | '5';
  receipts: boolean;
  /** A serial printer's speed. */
  baud: number;
}

function PrinterForm({
  printer,
  first,
  onSaved,
  onCancel,
}: {
  printer: PrinterView | null;
  /** No printer is set up yet. */
  first: boolean;
  onSaved: (printer: PrinterView) => void;
  onCancel: () => void;
}) {
  const form = useForm<PrinterValues>(
    {
      name: printer?.name ?? '',
      kind: printer?.kind ?? 'network',
      address: printer?.address ?? '',
      paperMm: printer?.paperMm ?? 80,
      columns: printer?.columns ?? 48,
      codepage: printer?.codepage ?? 'auto',
      drawerPin: printer?.drawerPin ? (String(printer.drawerPin) as '2' | '5') : '',
      // The first printer of a till is its receipt printer unless the owner says otherwise.
      receipts: printer?.receipts ?? first,
      baud: printer?.baud ?? 9600,
    },
    fields,
  );
  const { values, set, errorOf } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = printerFormProblem(values);
    if (problem) {
      form.setProblem(problem);
      return;
    }
    const saved = await form.submit(() =>
      kassa.printers.save({
        id: printer?.id ?? crypto.randomUUID(),
        name: values.name.trim(),
        kind: values.kind,
        address: values.address.trim(),
        columns: values.columns,
        paperMm: values.paperMm,
        codepage: values.codepage,
        drawerPin: values.drawerPin === '' ? null : (Number(values.drawerPin) as 2 | 5),
        receipts: values.receipts,
        baud: values.kind === 'serial' ? values.baud : null,
      }),
    );
    if (saved) onSaved(saved);
  };
  const network = values.kind === 'network';
  const serial = values.kind === 'serial';
  const title = printer
    ? t('prefs.printers.editTitle', { name: printer.name })
    : t('prefs.printers.newTitle');
  return (
    <EditorForm title={title} form={form} onSubmit={submit} onCancel={onCancel}>
      <div className="form-grid">
        <TextField
          id="printer-name"
          label={t('prefs.printers.name')}
          hint={t('prefs.printers.nameHint')}
          error={errorOf('name')}
          autoFocus
          value={values.name}
          onChange={(v) => set('name', v)}
        />
        <SelectField
          id="printer-kind"
          label={t('prefs.printers.kind')}
          error={errorOf('kind')}
          value={values.kind}
          onChange={(v) => set('kind', v as PrinterValues['kind'])}
        >
          <option value="network">{t('prefs.printers.kind.network')}</option>
          <option value="system">{t('prefs.printers.kind.system')}</option>
          <option value="serial">{t('prefs.printers.kind.serial')}</option>
        </SelectField>
        <TextField
          id="printer-address"
          label={
            network
              ? t('prefs.printers.address')
              : serial
                ? t('hardware.serial.port')
                : t('prefs.printers.systemName')
          }
          hint={
            network
              ? t('prefs.printers.addressHint')
              : serial
                ? t('hardware.serial.portHint')
                : t('prefs.printers.systemNameHint')
          }
          error={errorOf('address')}
          code={network || serial}
          spellCheck={false}
          autoComplete="off"
          value={values.address}
          onChange={(v) => set('address', v)}
        />
        {serial ? (
          <SelectField
            id="printer-baud"
            label={t('hardware.serial.baud')}
            hint={t('hardware.serial.baudHint')}
            error={errorOf('baud')}
            value={String(values.baud)}
            onChange={(v) => set('baud', Number(v))}
          >
            {serialBaudRates.map((rate) => (
              <option key={rate} value={rate}>
                {rate}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          id="printer-paperMm"
          label={t('prefs.printers.paper')}
          error={errorOf('paperMm')}
          value={String(values.paperMm)}
          onChange={(v) => set('paperMm', Number(v) as PrinterValues['paperMm'])}
        >
          {paperWidths.map((mm) => (
            <option key={mm} value={mm}>
              {t(paperWords[mm])}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="printer-columns"
          label={t('prefs.printers.columns')}
          hint={t('prefs.printers.columnsHint')}
          error={errorOf('columns')}
          value={String(values.columns)}
          onChange={(v) => set('columns', Number(v) as PrinterValues['columns'])}
        >
          {columnChoices.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        {network ? (
          <SelectField
            id="printer-codepage"
            label={t('prefs.printers.codepage')}
            hint={t('prefs.printers.codepageHint')}
            error={errorOf('codepage')}
            value={values.codepage}
            onChange={(v) => set('codepage', v as PrinterValues['codepage'])}
          >
            {codepages.map((cp) => (
              // Code page names are the printer manual's own (CP858, Windows-1252): the same in every language.
              <option key={cp.value} value={cp.value}>
                {cp.value === 'auto' ? t('prefs.printers.codepage.auto') : cp.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        {network ? (
          <SelectField
            id="printer-drawerPin"
            label={t('prefs.printers.drawer')}
            hint={t('prefs.printers.drawerHint')}
            error={errorOf('drawerPin')}
            value={values.drawerPin}
            onChange={(v) => set('drawerPin', v as PrinterValues['drawerPin'])}
          >
            <option value="">{t('prefs.printers.drawer.none')}</option>
            <option value="2">{t('prefs.printers.drawer.pin', { pin: 2 })}</option>
            <option value="5">{t('prefs.printers.drawer.pin', { pin: 5 })}</option>
          </SelectField>
        ) : null}
        <CheckField
          id="printer-receipts"
          label={t('prefs.printers.receipts')}
          hint={t('prefs.printers.receiptsHint')}
          checked={values.receipts}
          error={errorOf('receipts')}
          onChange={(on) => set('receipts', on)}
        />
      </div>
    </EditorForm>
  );
}

function RemovePrinter({
  printer,
  onClose,
  onRemoved,
}: {
  printer: PrinterView;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    const result = await kassa.printers.remove({ id: printer.id });
    if (result.ok) onRemoved();
    else setError(errorText(result.error));
  };
  return (
    <Dialog title={t('prefs.printers.removeTitle', { name: printer.name })} onClose={onClose}>
      <p className="dialog__text">{t('prefs.printers.removeText')}</p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="save-bar__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void remove()}>
          {t('prefs.printers.removeConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
