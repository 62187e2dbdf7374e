/** Counter hardware (issue 11, en-hardware.ts): it. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts':
    'Tentativi di pagamento (solo per il personale, non sullo scontrino del cliente)',
  'hardware.zAtClose': 'Stampa il rapporto Z sulla stampante degli scontrini alla chiusura della giornata',
  'hardware.zAtCloseHint':
    'Si stampa da solo una volta chiusa la giornata, una sola volta. Si può ristampare dai rapporti Z.',
};
