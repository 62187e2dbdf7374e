import type { ReactNode } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import { PlusIcon } from '../shared/icons.tsx';
import { Flag, Help, LoadProblem, NoticeLine, SectionHeader, SectionSplit, type Notice } from './ui.tsx';

/** The "Add …" button in the header of a section that keeps a list (methods, profiles, staff). */
export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--primary" onClick={onClick}>
      <PlusIcon />
      {label}
    </button>
  );
}

/**
 * A section's list as a table: one header per column, then a last column for the row's buttons, named only for
 * screen readers because the buttons say what they do.
 */
export function SectionTable({
  testId,
  columns,
  children,
}: {
  testId: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('prefs.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A button in a row of a section's table; its accessible name says which row, since every row has one. */
function RowButton({
  text,
  named,
  danger,
  onClick,
}: {
  text: string;
  named: string;
  danger?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={danger ? 'button button--small button--danger-ghost' : 'button button--small'}
      aria-label={named}
      onClick={onClick}
    >
      {text}
    </button>
  );
}

export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  return <RowButton text={t('prefs.edit')} named={t('prefs.editNamed', { name })} onClick={onClick} />;
}

export function RemoveButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <RowButton text={t('prefs.remove')} named={t('prefs.removeNamed', { name })} danger onClick={onClick} />
  );
}

/**
 * A section that keeps a list the owner adds to and edits (payment methods, Stripe profiles, staff): the header
 * with its Add button, why the list could not be read, what became of the last action, then the list beside
 * its help.
 */
export function ListSection({
  title,
  summary,
  addLabel,
  list,
  editor,
  noticeTestId,
  helpTitle,
  help,
  children,
  after,
}: {
  title: string;
  summary: string;
  addLabel: string;
  /** The list as read from main (useLoaded). */
  list: { problem: string | null; reload: () => Promise<void> };
  /** The open form and the last notice (useEditing). */
  editor: { open: (item: null) => void; notice: Notice | null };
  noticeTestId?: string;
  helpTitle: string;
  /** The help beside the list, one paragraph each. */
  help: readonly string[];
  children: ReactNode;
  /** Dialogs the section opens over itself, such as a confirmation before removing. */
  after?: ReactNode;
}) {
  return (
    <div className="section">
      <SectionHeader
        title={title}
        summary={summary}
        actions={<AddButton label={addLabel} onClick={() => editor.open(null)} />}
      />
      <LoadProblem message={list.problem} onRetry={() => void list.reload()} />
      <NoticeLine notice={editor.notice} testId={noticeTestId} />
      <SectionSplit
        help={
          <Help title={helpTitle}>
            {help.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </Help>
        }
      >
        {children}
      </SectionSplit>
      {after}
    </div>
  );
}

/** A table cell saying whether a switch (Active, Live) is on, in the same words in every list. */
export function OnOffCell({ on, testId }: { on: boolean; testId?: string | undefined }) {
  return (
    <td>
      <Flag on={on} yes={t('prefs.on')} no={t('prefs.off')} testId={testId} />
    </td>
  );
}

/** The last cell of a row: its buttons. */
export function RowActions({ children }: { children: ReactNode }) {
  return <td className="table__actions">{children}</td>;
}
