/**
 * Every point at which the payment crash tests kill Kassa (KASSA_FAILPOINTS) and check, after a restart on the
 * same data folder, that Kassa's books and the provider's agree. Two kinds:
 * - `journal.before_send:<step>` / `journal.after_send:<step>`: between writing a request's idempotency key and
 *   sending it, and between its answer arriving and being recorded (payment-journal.ts);
 * - `payments.*` / `refunds.*`: inside the one transaction of a transition, between two writes that once were
 *   separate commits (the attempt, its payment line and order, the audit entry). A kill there must leave
 *   nothing of the transition on disk.
 *
 * The crash tests (test/integration/payments/*crash*.test.ts) cover each name here, a test checks that they
 * do, and the benchmark reports their number as `payment_crash_points`.
 */
export const transitionCrashPoints = [
  'payments.succeeded:after_attempt',
  'payments.failed:after_attempt',
  'payments.retry:after_line',
  'payments.force_done:after_attempt',
  'payments.force_done:after_line',
  'payments.force_done_confirmed:after_line',
  'refunds.finished:after_refund',
] as const;

export type TransitionCrashPoint = (typeof transitionCrashPoints)[number];

/** The journal's kill points the crash tests use, per provider step. */
export const journalCrashPoints = [
  'journal.before_send:create_intent',
  'journal.after_send:create_intent',
  'journal.after_send:process_1',
  'journal.before_send:capture',
  'journal.after_send:capture',
  'journal.before_send:create_order_1',
  'journal.after_send:create_order_1',
  'journal.after_send:cancel_1',
] as const;

/** Saving a card on file: after each provider call's answer arrived, before it is recorded (cards-on-file.ts). */
export const cardCrashPoints = [
  'cards.customer_created',
  'cards.setup_created',
  'cards.validation_authorized',
  'cards.validation_released',
] as const;

/** A later charge on a card on file: its journal steps (providers/stripe/stripe-off-session.ts). */
export const offSessionCrashPoints = [
  'journal.before_send:charge_on_file',
  'journal.after_send:charge_on_file',
  'journal.before_send:authenticate_1',
  'journal.after_send:authenticate_1',
] as const;

/** Capturing a hold (holds.ts): its key written and not sent, Stripe's answer not recorded, inside the recording. */
export const holdCrashPoints = [
  'holds.before_send:capture',
  'holds.after_send:capture',
  'holds.captured:after_line',
] as const;

/**
 * An autopilot task run (autopilot.ts): its attempt and key claimed and not sent, then the hold capture's own
 * steps, then inside the transaction that records the task's end and its outcome on the order.
 */
export const autopilotCrashPoints = [
  'autopilot.claimed:before_call',
  'holds.before_send:capture',
  'holds.after_send:capture',
  'holds.captured:after_line',
  'autopilot.finished:after_task',
] as const;

/** All distinct kill points the crash tests cover. */
export const paymentCrashPoints: readonly string[] = [
  ...new Set([
    ...journalCrashPoints,
    ...offSessionCrashPoints,
    ...transitionCrashPoints,
    ...cardCrashPoints,
    ...holdCrashPoints,
    ...autopilotCrashPoints,
  ]),
];
