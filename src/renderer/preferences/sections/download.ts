/** Hands a file to the browser's downloads (the same way in Electron and in Chromium). */
function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns: let it go only once the download has surely begun.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file main sent as base64 (a PDF). */
export const downloadBase64 = (fileName: string, base64: string, mimeType: string): void =>
  save(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mimeType }));

/** A text file (a CSV). */
export const downloadText = (fileName: string, text: string, mimeType: string): void =>
  save(fileName, new Blob([text], { type: mimeType }));
