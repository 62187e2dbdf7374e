/**
 * Orders kept open for a customer (issue 13.3, STO-8): a tab that grows while the customer stays, or an order
 * taken now and picked up later. Pure rules shared by the core (which decides) and the till (which explains):
 * the kept order's state machine, and what an owner's guarantee policy asks of an order before it may be kept.
 */

export const keptKinds = ['tab', 'pickup'] as const;
export type KeptKind = (typeof keptKinds)[number];

/**
 * `none`: an order nobody kept (a sale in progress); `kept`: open for later, lines may be added and it may be
 * paid in any way; `settled`: paid (its number taken); `voided`: given up. The last two are final.
 */
export type KeptState = 'none' | 'kept' | 'settled' | 'voided';

export type KeptEvent = { type: 'keep' } | { type: 'addLines' } | { type: 'paid' } | { type: 'voided' };

/** Why a step is refused, as the catalog key the window says it with. */
export type KeptRefusal = 'err.tabs.alreadyKept' | 'err.tabs.notKept' | 'err.tabs.closed';

export type KeptStep = { ok: true; state: KeptState } | { ok: false; refusal: KeptRefusal };

/** The state of an order as the tables hold it: whether it was kept, and its order status. */
export function keptStateOf(kept: boolean, orderStatus: 'open' | 'paid' | 'voided'): KeptState {
  if (orderStatus === 'paid') return kept ? 'settled' : 'none';
  if (orderStatus === 'voided') return kept ? 'voided' : 'none';
  return kept ? 'kept' : 'none';
}

/** The one transition function: where an event takes a kept order, or why it may not happen. */
export function keptStep(state: KeptState, event: KeptEvent): KeptStep {
  if (state === 'settled' || state === 'voided') return { ok: false, refusal: 'err.tabs.closed' };
  switch (event.type) {
    case 'keep':
      return state === 'none' ? { ok: true, state: 'kept' } : { ok: false, refusal: 'err.tabs.alreadyKept' };
    case 'addLines':
      return state === 'kept' ? { ok: true, state: 'kept' } : { ok: false, refusal: 'err.tabs.notKept' };
    case 'paid':
      return state === 'kept' ? { ok: true, state: 'settled' } : { ok: false, refusal: 'err.tabs.notKept' };
    case 'voided':
      return state === 'kept' ? { ok: true, state: 'voided' } : { ok: false, refusal: 'err.tabs.notKept' };
  }
}

/**
 * An owner's guarantee rule for one kind of kept order. Each part that is set is one way to meet it (any one is
 * enough): a card hold of at least `holdAtLeast` (minor units), a card on file of the customer, or a prepayment
 * of `prepaymentPercent` % of the order's total. A rule with no part set asks for nothing.
 */
export interface GuaranteeRule {
  holdAtLeast: number | null;
  cardOnFile: boolean;
  prepaymentPercent: number | null;
}

export type GuaranteePolicies = Record<KeptKind, GuaranteeRule>;

export const noGuarantee: GuaranteeRule = { holdAtLeast: null, cardOnFile: false, prepaymentPercent: null };
export const defaultGuaranteePolicies: GuaranteePolicies = { tab: noGuarantee, pickup: noGuarantee };

/** What the order has now that a rule can count. */
export interface GuaranteeFacts {
  total: number;
  /** Money authorized on the order's open card holds. */
  held: number;
  /** Money already paid on the order. */
  paid: number;
  /** The customer's saved cards (0 without a customer). */
  cardsOnFile: number;
}

export type GuaranteeWay = 'hold' | 'card' | 'prepay';

/** The prepayment a rule asks for on a total, rounded up to the minor unit. */
export const prepaymentDue = (rule: GuaranteeRule, total: number): number =>
  rule.prepaymentPercent === null ? 0 : Math.ceil((total * rule.prepaymentPercent) / 100);

/** The ways a rule can be met, in a fixed order (hold, card, prepayment). */
export function guaranteeWays(rule: GuaranteeRule): GuaranteeWay[] {
  const ways: GuaranteeWay[] = [];
  if (rule.holdAtLeast !== null) ways.push('hold');
  if (rule.cardOnFile) ways.push('card');
  if (rule.prepaymentPercent !== null) ways.push('prepay');
  return ways;
}

/** Which of the rule's ways the order meets now. */
export function waysMet(rule: GuaranteeRule, facts: GuaranteeFacts): GuaranteeWay[] {
  return guaranteeWays(rule).filter((way) =>
    way === 'hold'
      ? facts.held >= (rule.holdAtLeast ?? 0)
      : way === 'card'
        ? facts.cardsOnFile > 0
        : facts.paid >= prepaymentDue(rule, facts.total),
  );
}

/** Met when the rule asks for nothing, or when the order meets one of its ways. */
export const guaranteeMet = (rule: GuaranteeRule, facts: GuaranteeFacts): boolean =>
  guaranteeWays(rule).length === 0 || waysMet(rule, facts).length > 0;

const wayKeys = {
  hold: 'tabs.need.hold',
  card: 'tabs.need.card',
  prepay: 'tabs.need.prepay',
  'hold+card': 'tabs.need.holdCard',
  'hold+prepay': 'tabs.need.holdPrepay',
  'card+prepay': 'tabs.need.cardPrepay',
  'hold+card+prepay': 'tabs.need.holdCardPrepay',
} as const;
export type WaysKey = (typeof wayKeys)[keyof typeof wayKeys];

/** The catalog key that says a rule's ways as one phrase ("a card hold of at least {hold} or a card on file"). */
export function waysKey(ways: readonly GuaranteeWay[]): WaysKey | null {
  if (ways.length === 0) return null;
  return wayKeys[ways.join('+') as keyof typeof wayKeys];
}
