/** Counter hardware (issue 11): the receipt on screen, serial printers, the Z at closing. English. */
export const enHardware = {
  'hardware.receipt.attempts': 'Payment attempts (staff only, not on the customer’s receipt)',
  'hardware.zAtClose': 'Print the Z report on the receipt printer when the day is closed',
  'hardware.zAtCloseHint':
    'It prints by itself once the day is closed, exactly once. It can still be printed again from the Z reports.',
};

export type HardwareMessages = Record<keyof typeof enHardware, string>;
