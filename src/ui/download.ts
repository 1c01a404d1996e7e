/** Offers text as a file download from an extension page: a local object URL, nothing leaves the device. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  // A byte-order mark makes Excel read a UTF-8 CSV as UTF-8 rather than the system code page.
  const bom = mimeType.startsWith('text/csv') ? '\uFEFF' : '';
  downloadBlob(new Blob([bom, text], { type: mimeType }), fileName);
}

/** Offers a kept file (evidence, an audit pack, an export) as a download under `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
