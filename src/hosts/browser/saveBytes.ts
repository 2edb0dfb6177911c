/**
 * Offers bytes as a file download from a web page: a Blob URL on an <a download> link, clicked. Works in browsers,
 * so in Excel on the web when the add-in's frame allows downloads, and in Excel on Windows with WebView2 in recent
 * builds; Microsoft documents that downloads cannot always be done inside the add-in's webview (OpenBrowserWindow API
 * requirement set) and Office on Mac (WKWebView) ignores them (office-js issue 2700, "by design"). Nothing reports
 * whether a download happened, so callers always offer another way out as well (copyHtml).
 */
export function saveBytes(fileName: string, bytes: Uint8Array, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked later: some webviews read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The MIME type of a workbook by its name: an .xlsm keeps its macros, anything else is an .xlsx. */
export function workbookMime(fileName: string): string {
  return /\.xlsm$/i.test(fileName)
    ? "application/vnd.ms-excel.sheet.macroEnabled.12"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
