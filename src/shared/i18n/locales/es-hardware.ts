/** Counter hardware (issue 11, en-hardware.ts): es. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts':
    'Intentos de pago (solo para el personal, no aparecen en el recibo del cliente)',
  'hardware.zAtClose': 'Imprimir el informe Z en la impresora de recibos al cerrar el día',
  'hardware.zAtCloseHint':
    'Se imprime solo una vez al cerrar el día. Se puede volver a imprimir desde los informes Z.',
};
