/** The headings of the Z report's PDF and CSV (issue 12); the figures' names come from the report.* keys. */
export const enZFiles = {
  // Z report PDF and CSV (issue 12): the headings of the printed and exported Z.
  'zfile.salesTaxes': 'Taxes on sales',
  'zfile.returnTaxes': 'Taxes on returns',
  'zfile.salesRange': 'Sales (orders {first} to {last})',
  'zfile.salesNone': 'Sales (none)',
  'zfile.counted': 'counted',
  'zfile.expected': 'expected',
  'zfile.difference': 'difference',
  'zfile.opened': 'Shift opened {time}',
  'zfile.openedBy': 'Shift opened {time} by {name}',
  'zfile.closed': 'Closed {time}',
  'zfile.closedBy': 'Closed {time} by {name}',
  'zfile.figuresAt': 'Figures at {time}',
  'zfile.currency': 'Amounts in {currency}',
  'zfile.prevHash': 'Previous Z {hash}',
  'zfile.col.section': 'Section',
  'zfile.col.item': 'Item',
  'zfile.col.count': 'Count',
  'zfile.col.amount': 'Amount',
  'zfile.report': 'Report',
} as const;
