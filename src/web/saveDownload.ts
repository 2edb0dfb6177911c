import type { PlanDownload } from "../hosts/browser/browserHost";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands the copy to the browser as a download (a local blob URL: nothing is sent anywhere). */
export function saveDownload(download: PlanDownload): void {
  const url = URL.createObjectURL(new Blob([download.bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = download.fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
