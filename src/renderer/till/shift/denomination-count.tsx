import { t } from '../../../shared/i18n/translate.ts';
import { useTillSetup } from '../till-context.tsx';

/** How many of each note and coin, as typed: an empty box is none, anything else must be a whole number. */
export type PiecesText = Record<number, string>;

export function piecesOf(text: PiecesText): { count: [number, number][] } | { error: string } {
  const count: [number, number][] = [];
  for (const [value, typed] of Object.entries(text)) {
    const trimmed = typed.trim();
    if (trimmed === '') continue;
    if (!/^\d{1,6}$/.test(trimmed)) return { error: t('bad.pieces', { text: trimmed }) };
    const pieces = Number(trimmed);
    if (pieces > 0) count.push([Number(value), pieces]);
  }
  return { count };
}

/** A grid of the currency's notes and coins with the running total: the drawer counted piece by piece. */
export function DenominationCount({
  denominations,
  value,
  onChange,
  idPrefix,
}: {
  denominations: readonly number[];
  value: PiecesText;
  onChange: (next: PiecesText) => void;
  idPrefix: string;
}) {
  const { format } = useTillSetup();
  const read = piecesOf(value);
  const total = 'count' in read ? read.count.reduce((sum, [v, n]) => sum + v * n, 0) : null;
  return (
    <div className="denominations">
      <div className="denominations__grid">
        {denominations.map((d) => (
          <label key={d} className="denominations__cell" htmlFor={`${idPrefix}-${d}`}>
            <span className="denominations__value">{format.money(d)}</span>
            <input
              id={`${idPrefix}-${d}`}
              className="field__input denominations__input"
              inputMode="numeric"
              autoComplete="off"
              aria-label={t('shift.pieces', { value: format.money(d) })}
              data-testid={`pieces-${d}`}
              value={value[d] ?? ''}
              onChange={(event) => onChange({ ...value, [d]: event.target.value })}
            />
          </label>
        ))}
      </div>
      <p className="denominations__total" data-testid="denomination-total">
        {'error' in read ? read.error : t('shift.denominationTotal', { amount: format.money(total ?? 0) })}
      </p>
    </div>
  );
}
