/** Counter hardware (issue 11, en-hardware.ts): pt-BR. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts':
    'Tentativas de pagamento (só para a equipe, não aparecem no recibo do cliente)',
  'hardware.zAtClose': 'Imprimir o relatório Z na impressora de recibos ao fechar o dia',
  'hardware.zAtCloseHint':
    'É impresso sozinho uma única vez ao fechar o dia. Pode ser impresso de novo nos relatórios Z.',
  'prefs.printers.kind.serial': 'Cabo serial (porta COM)',
  'hardware.serial.port': 'Porta serial',
  'hardware.serial.portHint':
    'Onde o cabo está ligado: COM3 no Windows, /dev/ttyUSB0 no Linux, /dev/cu.usbserial-… no Mac.',
  'hardware.serial.baud': 'Velocidade (baud)',
  'hardware.serial.baudHint':
    'A configurada na impressora (aparece na página de autoteste), geralmente 9600, 19200 ou 38400.',
  'err.print.badSerialPort':
    'Digite a porta serial em que a impressora está ligada, por exemplo COM3 ou /dev/ttyUSB0.',
  'err.print.badBaud':
    'Escolha a velocidade configurada na impressora: 9600, 19200, 38400, 57600 ou 115200 baud.',
  'tax.named': '{name} ({rate})',
};
