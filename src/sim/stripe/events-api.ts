import type Stripe from 'stripe';
import { invalidParam, noSuch } from './errors.ts';
import { listParams, paginate } from './list.ts';
import { inRange, type Params } from './params.ts';
import type { ModeState } from './state.ts';

export const eventListParams = [...listParams, 'type', 'types', 'created', 'delivery_success'];

/** Stripe only keeps events for 30 days. */
const retentionSeconds = 30 * 24 * 60 * 60;

function typeMatcher(pattern: string): (type: string) => boolean {
  if (!pattern.includes('*')) return (type) => type === pattern;
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (type) => regex.test(type);
}

export function listEvents(state: ModeState, params: Params): Stripe.ApiList<Stripe.Event> {
  const type = params.string('type');
  const types = params.stringArray('types', { maxItems: 20 });
  if (type !== undefined && types !== undefined) {
    throw invalidParam(
      'You may only specify one of these parameters: type, types.',
      'types',
      'parameters_exclusive',
    );
  }
  const created = params.range('created');
  params.boolean('delivery_success');
  params.expand();
  const matchers = (types ?? (type === undefined ? [] : [type])).map(typeMatcher);
  const oldest = state.clock.nowSeconds() - retentionSeconds;
  const items = [...state.events]
    .reverse()
    .filter(
      (event) =>
        event.created >= oldest &&
        inRange(event.created, created) &&
        (matchers.length === 0 || matchers.some((matches) => matches(event.type))),
    );
  return paginate(items, params, '/v1/events', 'event');
}

export function retrieveEvent(state: ModeState, id: string): Stripe.Event {
  const event = state.events.find((e) => e.id === id);
  if (event === undefined) throw noSuch('event', id);
  return event;
}
