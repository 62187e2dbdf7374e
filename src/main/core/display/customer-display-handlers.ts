import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';
import type { CustomerDisplay } from './customer-display.ts';

type DisplayChannels =
  'customerDisplay.show' | 'customerDisplay.view' | 'customerDisplay.setup' | 'customerDisplay.choose';

/** The customer display's channels: the till says what it shows, the display reads, the owner picks a monitor. */
export function customerDisplayHandlers(
  s: Services,
  display: CustomerDisplay,
): Pick<Handlers, DisplayChannels> {
  const owner = (): string => s.session.requirePreferencesOwner().name;
  return {
    'customerDisplay.show': ({ screen }) => (display.show(screen), {}),
    'customerDisplay.view': () => display.view(),
    'customerDisplay.setup': () => (owner(), display.setup()),
    'customerDisplay.choose': ({ screenId }) => (owner(), display.choose(screenId)),
  };
}
