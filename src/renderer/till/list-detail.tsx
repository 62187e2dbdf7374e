import type { ReactNode } from 'react';
import type { KassaErrorShape } from '../../shared/errors.ts';
import { errorText } from '../../shared/i18n/errors.ts';
import { t } from '../../shared/i18n/translate.ts';
import './remote/remote-orders.css';

/** A column of the list: its heading, and what a row shows in it. */
export interface ListColumn<T> {
  heading: string;
  cell: (row: T) => ReactNode;
  /** Amounts: right-aligned. */
  numeric?: boolean;
}

interface ListDetailProps<T> {
  title: string;
  onBack: () => void;
  /** Why the list could not be read, if it could not. */
  error: KassaErrorShape | null;
  columns: readonly ListColumn<T>[];
  rows: readonly T[];
  /** The list was read at least once: an empty one says `emptyText`. */
  loaded: boolean;
  emptyText: string;
  rowKey: (row: T) => string;
  selectedKey: string | null;
  onPick: (row: T) => void;
  /** `data-*` attributes of a row (its state, for tests and styles). */
  rowData?: (row: T) => Record<`data-${string}`, string>;
  testIds: { screen: string; table: string; row: string };
  /** The picked row's detail and actions, on the right. */
  children: ReactNode;
}

/**
 * A till screen of things to look after one by one (remote orders, card holds): the list on the left with a back
 * button and the title, the picked one's detail on the right. The first column's text is the row's button.
 */
export function ListDetail<T>(props: ListDetailProps<T>) {
  const { columns, rows, testIds } = props;
  return (
    <div className="remote" data-testid={testIds.screen}>
      <section className="remote__list" aria-label={props.title}>
        <div className="history__head">
          <button type="button" className="button button--ghost" onClick={props.onBack}>
            {t('history.back')}
          </button>
          <h1 className="history__title">{props.title}</h1>
        </div>
        {props.error ? (
          <p className="field__error" role="alert">
            {errorText(props.error)}
          </p>
        ) : null}
        <table className="history__table" data-testid={testIds.table}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.heading} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = props.rowKey(row);
              return (
                <tr
                  key={key}
                  className={
                    key === props.selectedKey ? 'history__row history__row--selected' : 'history__row'
                  }
                  data-testid={testIds.row}
                  {...props.rowData?.(row)}
                  onClick={() => props.onPick(row)}
                >
                  {columns.map((column, index) => (
                    <td key={column.heading} className={column.numeric ? 'num' : undefined}>
                      {index === 0 ? (
                        <button type="button" className="history__open">
                          {column.cell(row)}
                        </button>
                      ) : (
                        column.cell(row)
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {props.loaded && rows.length === 0 ? <p className="history__empty">{props.emptyText}</p> : null}
      </section>

      <section className="remote__detail" aria-label={t('history.detail')}>
        {props.children}
      </section>
    </div>
  );
}
