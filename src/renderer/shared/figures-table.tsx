import type { ReactNode } from 'react';

/** One row of figures: what it is (the row's header), then its numbers, right-aligned. */
export interface FiguresRow {
  key: string | number;
  label: ReactNode;
  figures: readonly ReactNode[];
  testId?: string | undefined;
  /** A test id per figure, where a test reads that one figure. */
  figureTestIds?: readonly (string | undefined)[];
}

/**
 * The table every report is made of (the X and Z reports, the count, the sales reports): a header column naming
 * each row and columns of figures. Without `columns` it has no header row (a list of named amounts).
 */
export function FiguresTable({
  className,
  testId,
  columns,
  rows,
}: {
  className: string;
  testId?: string;
  /** The header row: the first names the row headers' column, the rest the figures'. */
  columns?: readonly [string, ...string[]];
  rows: readonly (FiguresRow | null)[];
}) {
  return (
    <table className={className} data-testid={testId}>
      {columns ? (
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={i === 0 ? undefined : 'num'}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>
        {rows.map((r) =>
          r ? (
            <tr key={r.key} data-testid={r.testId}>
              <th scope="row">{r.label}</th>
              {r.figures.map((f, i) => (
                <td key={i} className="num" data-testid={r.figureTestIds?.[i]}>
                  {f}
                </td>
              ))}
            </tr>
          ) : null,
        )}
      </tbody>
    </table>
  );
}
