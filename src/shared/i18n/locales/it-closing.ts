/** Italiano: closing the day, the check of the Z reports' hash chain (en-closing.ts). */
import type { ClosingMessages } from '../en-closing.ts';

export const closingMessages: ClosingMessages = {
  'chain.missing': 'Manca la chiusura Z {number}.',
  'chain.missingRange': 'Mancano le chiusure Z da {from} a {to}.',
  'chain.unlinked':
    'La chiusura Z {number} non prosegue dalla Z {previous}: una delle due è stata modificata.',
  'chain.changed': 'La chiusura Z {number} è stata modificata dopo essere stata registrata.',
  'chain.unknownFormat':
    'La chiusura Z {number} è nel formato {format}, che questa versione di Kassa non può verificare: aggiorna Kassa.',
};
