/** Saves text as a file through the browser's download of a local object URL: nothing leaves the device. */
export function downloadText(text: string, fileName: string, type: string): void {
  // A BOM makes Excel read the UTF-8 CSV as UTF-8 rather than the system code page.
  const blob = new Blob([type.startsWith('text/csv') ? '\ufeff' : '', text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
