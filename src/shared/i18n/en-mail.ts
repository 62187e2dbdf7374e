/** E-mail receipts (issue 11.4): the shop's mail server, the outbox, and the cashier's "e-mail the receipt". */
export const enMail = {
  'mail.test.subject': 'Test e-mail from {shop}',
  'mail.test.body':
    'This is a test e-mail from the Kassa till of {shop}. If you can read it, e-mail receipts will reach your customers.',
  'mail.error.unencrypted':
    'A mail server on another computer ({host}) needs encryption: choose TLS or STARTTLS. “None” is only for a server on this computer.',
  'mail.error.notConfigured':
    'No mail server is set up yet: fill in the mail server section in the preferences and save it, then try again.',
  'mail.error.testFailed': 'The test e-mail could not be sent. The mail server said: {reason}',
  'mail.error.certificate':
    'Nothing was sent: the mail server {host} showed a certificate this computer does not trust ({code}). Check the server’s name; if it is right, ask whoever runs the mail server for a certificate from a public authority.',
  'mail.error.notRetryable':
    'This e-mail is already waiting to be sent or was sent; there is nothing to send again.',
  'mail.error.address': 'That is not an e-mail address: check it and type it again, like name@example.com.',

  'mail.receipt.title': 'E-mail the receipt',
  'mail.receipt.address': 'Customer’s e-mail address',
  'mail.receipt.send': 'Send receipt',
  'mail.status.waiting': 'Waiting to be sent to {to}',
  'mail.status.retrying':
    'Waiting to be sent to {to}: the mail server did not take it yet ({reason}). Kassa tries again by itself.',
  'mail.status.sending': 'Sending to {to}…',
  'mail.status.sent': 'Sent to {to}',
  'mail.status.failed': 'Could not be sent to {to}: {reason}',
  'mail.status.unsure':
    'Kassa stopped while sending to {to}, so it may have arrived. Ask the customer; send it again only if it did not.',
  'mail.sendAgain': 'Send again',

  'prefs.mail.title': 'E-mail receipts',
  'prefs.mail.summary': 'The shop’s mail server, through which receipts are e-mailed to customers.',
  'prefs.mail.keywords': 'e-mail email smtp mail server receipt tls starttls password',
  'prefs.mail.host': 'Mail server (SMTP)',
  'prefs.mail.hostHint': 'From your e-mail provider, like smtp.example.com.',
  'prefs.mail.port': 'Port',
  'prefs.mail.portHint': 'Usually 465 for TLS, 587 for STARTTLS.',
  'prefs.mail.security': 'Encryption',
  'prefs.mail.security.tls': 'TLS (implicit, usually port 465)',
  'prefs.mail.security.starttls': 'STARTTLS (usually port 587)',
  'prefs.mail.security.none': 'None (only a server on this computer)',
  'prefs.mail.user': 'User name',
  'prefs.mail.password': 'Password',
  'prefs.mail.passwordHint': 'A password is saved, encrypted on this till. Leave this empty to keep it.',
  'prefs.mail.from': 'Sender address',
  'prefs.mail.fromHint': 'Receipts come from this address, like shop@example.com.',
  'prefs.mail.port.invalid': 'The port is a number between 1 and 65535, usually 465 or 587.',
  'prefs.mail.testTitle': 'Send a test e-mail',
  'prefs.mail.testTo': 'Send the test to',
  'prefs.mail.testSend': 'Send test e-mail',
  'prefs.mail.testSent': 'The test e-mail was accepted by the mail server for {to}. Check that inbox.',
  'prefs.mail.helpTitle': 'Where to find these',
  'prefs.mail.help1':
    'Your e-mail provider lists its SMTP server, port and encryption in its help pages; the user name is usually your e-mail address.',
  'prefs.mail.help2':
    'Receipts are sent in the background: if the server is down, they wait on this till and go out when it is back.',
} as const;
