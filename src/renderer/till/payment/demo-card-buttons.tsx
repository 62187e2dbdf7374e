import { t, type MessageKey } from '../../../shared/i18n/translate.ts';

/**
 * Demo mode's reader: one button per Stripe test card, which presents it on the simulated reader (a sale, a card
 * being saved, a hold).
 */
export function DemoCardButtons<C extends string>({
  cards,
  busy,
  onPresent,
  testIdPrefix,
}: {
  cards: readonly { card: C; label: MessageKey }[];
  busy: boolean;
  onPresent: (card: C) => void;
  /** With it, each button has the test id `<prefix>-<card>`. */
  testIdPrefix?: string;
}) {
  return (
    <div className="card-status__demo" role="group" aria-label={t('card.demo')}>
      <span className="card-status__demo-label">{t('card.demo')}</span>
      {cards.map(({ card, label }) => (
        <button
          key={card}
          type="button"
          className="button"
          disabled={busy}
          data-testid={testIdPrefix ? `${testIdPrefix}-${card}` : undefined}
          onClick={() => onPresent(card)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
