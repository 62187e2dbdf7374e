/**
 * Preferences → Printers and receipt, moving a waiting receipt to another printer, and the till's view of what
 * the printer printed (issue 11, PREF-1): English.
 */
export const enPrintUi = {
  'prefs.printers.title': 'Printers and receipt',
  'prefs.printers.summary':
    'The printers at this till, which one prints the receipts and opens the cash drawer, and what every receipt says.',
  'prefs.printers.keywords':
    'printer thermal ESC/POS network receipt drawer paper roll test page footer header tax id QR code',
  'prefs.printers.add': 'Add printer',
  'prefs.printers.listTitle': 'Printers',
  'prefs.printers.none':
    'No printer is set up yet. Add the receipt printer: sales then print their receipt and open the cash drawer.',
  'prefs.printers.colName': 'Name',
  'prefs.printers.colAddress': 'Address',
  'prefs.printers.colPaper': 'Paper',
  'prefs.printers.colJobs': 'Does',
  'prefs.printers.colStatus': 'Status',
  'prefs.printers.doesReceipts': 'Receipts',
  'prefs.printers.doesDrawer': 'Drawer (pin {pin})',
  'prefs.printers.doesNothing': 'Test pages and moved receipts',
  'prefs.printers.condition.ready': 'Ready',
  'prefs.printers.condition.offline': 'Offline',
  'prefs.printers.condition.paper_out': 'Out of paper',
  'prefs.printers.condition.cover_open': 'Cover open',
  'prefs.printers.condition.unreachable': 'Not reachable',
  'prefs.printers.condition.unknown': 'Not known yet',
  'prefs.printers.testPage': 'Test page',
  'prefs.printers.testPageNamed': 'Print a test page on {name}',
  'prefs.printers.testSent': 'A test page is on its way to {name}.',
  'prefs.printers.newTitle': 'New printer',
  'prefs.printers.editTitle': 'Edit {name}',
  'prefs.printers.name': 'Name',
  'prefs.printers.nameHint': 'As the staff call it, for example “Counter printer”.',
  'prefs.printers.kind': 'Connection',
  'prefs.printers.kind.network': 'Network (ESC/POS, port 9100)',
  'prefs.printers.kind.system': 'A printer of this computer',
  'prefs.printers.address': 'Address',
  'prefs.printers.addressHint':
    'The printer’s IP address or host name, with the port when it is not 9100: 192.168.1.50 or 192.168.1.50:9100.',
  'prefs.printers.systemName': 'Printer name',
  'prefs.printers.systemNameHint': 'The name this computer gives the printer in its printer settings.',
  'prefs.printers.paper': 'Paper',
  'prefs.printers.paper.58': '58 mm roll',
  'prefs.printers.paper.80': '80 mm roll',
  'prefs.printers.paper.210': 'A4 sheet',
  'prefs.printers.columns': 'Characters a line',
  'prefs.printers.columnsHint':
    'Usually 32 on a 58 mm roll and 42 or 48 on an 80 mm roll. Print a test page afterwards: its row of digits must fill exactly one line.',
  'prefs.printers.paperLine': '{paper}, {columns} characters a line',
  'prefs.printers.codepage': 'Character set',
  'prefs.printers.codepage.auto': 'Chosen by Kassa (recommended)',
  'prefs.printers.codepageHint':
    'Leave it to Kassa unless the test page shows wrong letters; then choose the table the printer’s manual names.',
  'prefs.printers.drawer': 'Cash drawer',
  'prefs.printers.drawer.none': 'No drawer on this printer',
  'prefs.printers.drawer.pin': 'Drawer on pin {pin}',
  'prefs.printers.drawerHint':
    'The drawer’s cable plugs into the printer. Most drawers open on pin 2; choose pin 5 if yours does not open.',
  'prefs.printers.receipts': 'Prints the receipts',
  'prefs.printers.receiptsHint':
    'Sales, reprints and the drawer go to this printer. Only one printer does this: the one that did stops.',
  'prefs.printers.savedNamed': '{name} is saved.',
  'prefs.printers.removedNamed': '{name} is removed.',
  'prefs.printers.removeTitle': 'Remove {name}?',
  'prefs.printers.removeText':
    'Receipts still waiting for it then wait for the receipt printer you set up next, or the cashier sends them to another printer.',
  'prefs.printers.removeConfirm': 'Remove the printer',
  'prefs.printers.error.name': 'Give the printer a name.',
  'prefs.printers.error.nameLong': 'A printer’s name is at most {max} characters.',
  'prefs.printers.error.address': 'Type the printer’s address, for example 192.168.1.50:9100.',
  'prefs.printers.error.systemName': 'Type the printer’s name as this computer shows it.',
  'prefs.printers.helpTitle': 'Printers at the counter',
  'prefs.printers.help1':
    'A thermal receipt printer on the network prints raw ESC/POS on port 9100. Give it a fixed IP address in your router so that Kassa finds it every day.',
  'prefs.printers.help2':
    'A receipt waits in Kassa while its printer is off or out of paper, and prints once the printer is back. The till shows what waits and can send it to another printer.',
  'prefs.printers.help3':
    'The cash drawer opens through the receipt printer after a sale paid in cash, and for No sale with a manager’s PIN.',
  'prefs.receipt.title': 'What every receipt says',
  'prefs.receipt.address': 'Lines under the shop’s name',
  'prefs.receipt.addressHint':
    'Address, phone, website: one per line, up to {lines} lines of {length} characters.',
  'prefs.receipt.taxId': 'Tax ID',
  'prefs.receipt.taxIdHint':
    'Printed under the address, such as your VAT number. Leave it empty to print none.',
  'prefs.receipt.footer': 'Footer',
  'prefs.receipt.footerHint':
    'Printed at the bottom instead of “Thank you for shopping with us”, up to {max} characters.',
  'prefs.receipt.qr': 'Print a QR code',
  'prefs.receipt.qrHint': 'Scanned in a till’s History, it finds the order again for a return or a copy.',
  'err.receiptSettings.addressLines':
    'At most {max} lines fit under the shop’s name: remove a line or put two on one.',
  'err.receiptSettings.addressLine':
    'Line {line} under the shop’s name is longer than {max} characters: shorten it or split it over two lines.',
  'err.receiptSettings.taxId': 'A tax ID is at most {max} characters.',
  'err.receiptSettings.footer': 'The footer is longer than {max} characters: shorten it.',

  // The till: moving a waiting receipt, and the paper the (virtual) printer printed.
  'printQueue.noPrinter':
    'Waiting for a receipt printer: set one up in Preferences → Printers and receipt, or send it to another printer.',
  'printQueue.moveTo': 'Print it on',
  'printQueue.move': 'Send',
  'printQueue.moveNamed': 'Send {job} to the chosen printer',
  'printQueue.moved': '{job} is on its way to {printer}.',
  'paper.action': 'What the printer printed',
  'paper.title': 'What the printer printed',
  'paper.intro':
    'The demo till prints on a virtual thermal printer. This is its paper, as a real one would have printed it.',
  'paper.image': 'Printed as a picture of the characters',
  'paper.qr': 'QR code',
};
