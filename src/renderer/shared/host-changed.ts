/*
 * The headless host's bridge raises this window event when the host no longer accepts the tab's token (it was
 * restarted with a new one): the till listens for it and shows how to open the till again instead of its screens.
 */
export const hostChangedEvent = 'kassa:host-restarted';
