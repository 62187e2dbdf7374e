/** Português (Brasil): closing the day, the check of the Z reports' hash chain (en-closing.ts). */
import type { ClosingMessages } from '../en-closing.ts';

export const closingMessages: ClosingMessages = {
  'chain.missing': 'Falta a redução Z {number}.',
  'chain.missingRange': 'Faltam as reduções Z de {from} a {to}.',
  'chain.unlinked': 'A redução Z {number} não continua da Z {previous}: uma das duas foi alterada.',
  'chain.changed': 'A redução Z {number} foi alterada depois de gravada.',
  'chain.unknownFormat':
    'A redução Z {number} está no formato {format}, que esta versão do Kassa não consegue verificar: atualize o Kassa.',
};
