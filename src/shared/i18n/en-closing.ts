/** Closing the day (issue 12): what the check of the Z reports' hash chain found, in the window and the verify command. */
export const enClosing = {
  'chain.missing': 'Z {number} is missing.',
  'chain.missingRange': 'Z {from} to Z {to} are missing.',
  'chain.unlinked': 'Z {number} does not continue from Z {previous}: one of them was changed.',
  'chain.changed': 'Z {number} was changed after it was written.',
  'chain.unknownFormat':
    'Z {number} is in format {format}, which this version of Kassa cannot check: update Kassa.',
};

export type ClosingMessages = Record<keyof typeof enClosing, string>;
