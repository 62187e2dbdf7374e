/** Español: closing the day, the check of the Z reports' hash chain (en-closing.ts). */
import type { ClosingMessages } from '../en-closing.ts';

export const closingMessages: ClosingMessages = {
  'chain.missing': 'Falta el cierre Z {number}.',
  'chain.missingRange': 'Faltan los cierres Z del {from} al {to}.',
  'chain.unlinked': 'El cierre Z {number} no continúa del Z {previous}: uno de los dos se modificó.',
  'chain.changed': 'El cierre Z {number} se modificó después de guardarse.',
  'chain.unknownFormat':
    'El cierre Z {number} está en el formato {format}, que esta versión de Kassa no puede comprobar: actualice Kassa.',
};
