import type { CommandReport } from "./commandReport";

/**
 * The report travels to the result dialog in the URL's fragment, as base64url of its UTF-8 JSON (about 4 characters
 * per Vietnamese letter, against 9 percent-encoded). The dialog page holds no state of its own.
 */

/** Kept under the 2,083 characters the oldest Office webviews accept in a dialog URL. */
export const MAX_URL_LENGTH = 2000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The dialog's URL carrying the report; drops the report's last lines (marking the cut with "…") to fit. */
export function reportUrl(pageUrl: string, report: CommandReport): string {
  let lines = report.lines;
  let url = `${pageUrl}#${toBase64Url(JSON.stringify(report))}`;
  while (url.length > MAX_URL_LENGTH && lines.length > 0) {
    lines = lines.slice(0, -1);
    url = `${pageUrl}#${toBase64Url(JSON.stringify({ ...report, lines: [...lines, "…"] }))}`;
  }
  return url;
}

/** The report in a dialog URL's fragment, or null when there is none or it is damaged. */
export function readReport(hash: string): CommandReport | null {
  try {
    const report = JSON.parse(fromBase64Url(hash.replace(/^#/, ""))) as CommandReport;
    return typeof report.title === "string" && Array.isArray(report.lines) ? report : null;
  } catch {
    return null;
  }
}
