/** Hands a text to the browser as a download, through a temporary object URL. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the URL only after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
