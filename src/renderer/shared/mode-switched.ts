import { t } from '../../shared/i18n/translate.ts';

/** What to do after asking Mercado Pago for a terminal's integrated mode, in the display language. */
export function modeSwitchedText(done: { alreadyIntegrated: boolean; terminal: { serial: string } }): string {
  return t(done.alreadyIntegrated ? 'terminal.modeAlready' : 'terminal.modeSwitched', {
    serial: done.terminal.serial,
  });
}
