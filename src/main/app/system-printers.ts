import type { BrowserWindow, BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import type { SystemPrinter } from '../core/printing/print-queue.ts';
import type { Logger } from '../core/logger.ts';

/** A printer the operating system knows (its spooler's name is what a system printer's address holds). */
export interface InstalledPrinter {
  name: string;
  displayName: string;
}

export interface ElectronSystemPrinter extends SystemPrinter {
  /** The printers installed on this computer, from Chromium's list. */
  installed(): Promise<InstalledPrinter[]>;
}

/** CSS pixels (1/96 inch) to microns, the unit of Chromium's custom page sizes. */
const micronsPerPixel = 25_400 / 96;

/**
 * Office and system printers in the app (TILL-7): the receipt's HTML is loaded into a hidden window with the
 * same sandbox as every other window (no preload, no Node, no navigation) and printed silently — no dialog at
 * the counter — on the printer the owner chose, with a page as wide as the paper (58/80 mm rolls: as long as
 * the receipt, so a roll printer cuts once; 210 mm: A4). A printer that is not installed (unplugged, renamed)
 * or a spooler that refuses the job is an error: the job stays waiting, and the queue says why.
 */
export function createElectronSystemPrinter(deps: {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  log: Logger;
}): ElectronSystemPrinter {
  const hiddenWindow = () =>
    deps.createWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        // The receipt has no scripts; the page's height is read through executeJavaScript from main.
        javascript: true,
        webSecurity: true,
        spellcheck: false,
      },
    });

  async function installed(window: BrowserWindow): Promise<InstalledPrinter[]> {
    const list = await window.webContents.getPrintersAsync();
    return list.map((p) => ({ name: p.name, displayName: p.displayName || p.name }));
  }

  return {
    async installed() {
      const window = hiddenWindow();
      try {
        return await installed(window);
      } finally {
        window.close();
      }
    },
    async print(job) {
      const window = hiddenWindow();
      try {
        const printers = await installed(window);
        if (!printers.some((p) => p.name === job.deviceName))
          throw new Error(`the printer "${job.deviceName}" is not installed on this computer`);
        await window.loadURL(
          `data:text/html;charset=utf-8;base64,${Buffer.from(job.html).toString('base64')}`,
        );
        let pageSize: WebContentsPrintOptions['pageSize'] = 'A4';
        if (job.paperMm !== 210) {
          const heightPx = Number(
            await window.webContents.executeJavaScript('document.documentElement.scrollHeight'),
          );
          pageSize = {
            width: job.paperMm * 1000,
            // At least Chromium's smallest page; a few millimetres more so the last line is never cut.
            height: Math.max(50_000, Math.ceil(heightPx * micronsPerPixel) + 5_000),
          };
        }
        await new Promise<void>((resolve, reject) =>
          window.webContents.print(
            {
              silent: true,
              deviceName: job.deviceName,
              printBackground: true,
              margins: { marginType: 'none' },
              pageSize,
            },
            (success, failureReason) =>
              success
                ? resolve()
                : reject(new Error(`the printer "${job.deviceName}" refused the job: ${failureReason}`)),
          ),
        );
        deps.log.info('print.system_printed', { jobId: job.id, printer: job.deviceName });
      } finally {
        window.close();
      }
    },
  };
}
