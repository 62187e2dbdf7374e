import type Stripe from 'stripe';
import { invalidParam, missingParam, noSuch } from './errors.ts';
import { newId } from './ids.ts';
import { listParams, newestFirst, paginate } from './list.ts';
import { mergeMetadata, type Params } from './params.ts';
import type { ModeState } from './state.ts';

export const locationCreateParams = [
  'display_name',
  'address',
  'metadata',
  'configuration_overrides',
  'phone',
  'display_name_kana',
  'display_name_kanji',
  'address_kana',
  'address_kanji',
  'expand',
];
export const locationUpdateParams = locationCreateParams;
export const locationListParams = [...listParams];

// Stripe asks for a state in these countries and for no city in these; everywhere else line1, city, postal code.
const stateRequired = ['AU', 'CA', 'ES', 'IT', 'US'];
const cityOptional = ['IE', 'SG'];

function readAddress(params: Params): Stripe.Address {
  const address = params.object('address', ['line1', 'line2', 'city', 'state', 'postal_code', 'country']);
  if (address === undefined) throw missingParam('address');
  const country = address.requiredString('country').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw invalidParam(
      `Country '${country}' is unknown. Use a two-letter ISO code such as DE.`,
      'address[country]',
    );
  }
  const line1 = address.requiredString('line1');
  const city = cityOptional.includes(country) ? address.string('city') : address.requiredString('city');
  const postal = address.requiredString('postal_code');
  const state = stateRequired.includes(country) ? address.requiredString('state') : address.string('state');
  return {
    city: city ?? null,
    country,
    line1,
    line2: address.string('line2') ?? null,
    postal_code: postal,
    state: state ?? null,
  };
}

export function createLocation(state: ModeState, params: Params): Stripe.Terminal.Location {
  const displayName = params.requiredString('display_name', 1000);
  const address = readAddress(params);
  const metadata = mergeMetadata({}, params.metadata());
  const overrides = params.string('configuration_overrides');
  const phone = params.string('phone');
  params.expand();
  const location: Stripe.Terminal.Location = {
    id: newId('tml'),
    object: 'terminal.location',
    address,
    display_name: displayName,
    livemode: state.livemode,
    metadata,
  };
  if (overrides !== undefined) location.configuration_overrides = overrides;
  if (phone !== undefined) location.phone = phone;
  state.locations.set(location.id, location);
  return location;
}

export function locationOrThrow(state: ModeState, id: string, param = 'location'): Stripe.Terminal.Location {
  const location = state.locations.get(id);
  if (location === undefined) throw noSuch('location', id, param);
  return location;
}

export function updateLocation(state: ModeState, id: string, params: Params): Stripe.Terminal.Location {
  const location = locationOrThrow(state, id, 'location');
  const displayName = params.string('display_name', { maxLength: 1000 });
  const address = params.has('address') ? readAddress(params) : undefined;
  const metadata = params.metadata();
  params.string('configuration_overrides');
  params.string('phone');
  params.expand();
  if (displayName !== undefined) location.display_name = displayName;
  if (address !== undefined) location.address = address;
  location.metadata = mergeMetadata(location.metadata, metadata);
  return location;
}

export function listLocations(state: ModeState, params: Params): Stripe.ApiList<Stripe.Terminal.Location> {
  params.expand();
  return paginate(newestFirst(state.locations.values()), params, '/v1/terminal/locations', 'location');
}
