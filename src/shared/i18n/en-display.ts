/** The customer display (TILL-10): the screen facing the customer, and where the owner puts it. */
export const enDisplay = {
  'display.title': 'Customer display',
  'display.welcome': 'Welcome to {shop}',
  'display.welcomeHint': 'Your items appear here as they are scanned.',
  'display.servedBy': 'Served by {name}',
  'display.items': '{count, plural, one {# item} other {# items}}',
  'display.quantity': '{count} ×',
  'display.discount': 'Discount',
  'display.total': 'Total',
  'display.toPay': 'To pay',
  'display.paid': 'Paid',
  'display.remaining': 'Still to pay',
  'display.status.due': 'The cashier is taking your payment.',
  'display.status.waitingForCard': 'Please insert, tap or swipe your card on the reader.',
  'display.status.processing': 'Processing your payment, one moment…',
  'display.status.declined': 'Your card was not accepted. The cashier will help you pay another way.',
  'display.status.paid': 'Payment received.',
  'display.thanks': 'Thank you for shopping at {shop}!',
  'display.thanksChange': 'Please take your change: {amount}',
  'display.scanToPay': 'Scan to pay with your phone',
  'display.connecting': 'Connecting to the till…',
  'display.lost': 'The customer display has lost the till. It reconnects by itself.',

  'prefs.display.title': 'Customer display',
  'prefs.display.summary': 'A second screen that shows the customer the items, the total and the payment.',
  'prefs.display.keywords': 'second screen monitor customer facing pole display',
  'prefs.display.monitor': 'Monitor for the customer display',
  'prefs.display.off': 'Off (no customer display)',
  'prefs.display.screen': '{label} ({width} × {height})',
  'prefs.display.primary': '{label} ({width} × {height}, main screen)',
  'prefs.display.notConnected':
    'The chosen monitor is not connected. The display opens on it as soon as it is plugged in.',
  'prefs.display.shown': 'The customer display is shown full screen on the chosen monitor.',
  'prefs.display.browserTitle': 'Open it in a second browser',
  'prefs.display.browser':
    'This Kassa runs without monitors of its own. Open this address in a browser on the screen that faces the customer; it can only show the customer display:',
  'prefs.display.helpTitle': 'What the customer sees',
  'prefs.display.help1':
    'The shop’s name, the items and the total as they are rung up, the payment status and a thank-you at the end, in the store’s language.',
  'prefs.display.help2':
    'It never shows costs, other customers or staff names beyond the cashier’s first name. Unplugging the monitor closes it; plugging it in again reopens it.',
  'display.error.noMonitors':
    'This Kassa runs without monitors of its own: open the customer display’s address in a second browser instead.',
  'display.error.unknownMonitor':
    'That monitor is not connected to this computer any more. Choose one of the monitors listed, or Off.',
} as const;
