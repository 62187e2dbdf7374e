import { t } from '../../../shared/i18n/translate.ts';
import type { ShiftState } from '../../../shared/ipc/shifts.ts';

/**
 * Says on the sell screen when the till is outside a shift: where the owner asks for shifts no sale can be
 * taken until one is opened, so the way there is one tap away; a counted drawer waits for its Z report.
 */
export function ShiftBanner({ state, onOpenShift }: { state: ShiftState | null; onOpenShift: () => void }) {
  if (!state) return null;
  const { shift, settings } = state;
  if (shift?.status === 'open') return null;
  const text =
    shift?.status === 'counted'
      ? t('shiftBanner.counted')
      : settings.requireOpenShift
        ? t('shiftBanner.required')
        : t('shiftBanner.optional');
  const strong = shift?.status === 'counted' || settings.requireOpenShift;
  return (
    <div
      className={`shift-banner${strong ? ' shift-banner--strong' : ''}`}
      role="status"
      data-testid="shift-banner"
    >
      <span>{text}</span>
      <button type="button" className="button button--small button--primary" onClick={onOpenShift}>
        {shift?.status === 'counted' ? t('shiftBanner.close') : t('shiftBanner.open')}
      </button>
    </div>
  );
}
