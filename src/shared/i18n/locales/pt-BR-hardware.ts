/** Counter hardware (issue 11, en-hardware.ts): pt-BR. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts':
    'Tentativas de pagamento (só para a equipe, não aparecem no recibo do cliente)',
  'hardware.zAtClose': 'Imprimir o relatório Z na impressora de recibos ao fechar o dia',
  'hardware.zAtCloseHint':
    'É impresso sozinho uma única vez ao fechar o dia. Pode ser impresso de novo nos relatórios Z.',
};
