import type { CommandReport } from "./commandReport";

/**
 * For Office builds without DialogApi 1.2 (no Dialog.messageChild), the report travels to the result dialog in the
 * URL's query string (`?report=`), as base64url of its UTF-8 JSON (about 4 characters per Vietnamese letter,
 * against 9 percent-encoded). Never in the fragment: anything appended after a `#` breaks it, and hash URLs have
 * failed in dialogs on some hosts (office-js#2284, #3057).
 */

/** The query parameter holding the report. */
export const REPORT_PARAM = "report";

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
  const make = (r: CommandReport) => `${pageUrl}?${REPORT_PARAM}=${toBase64Url(JSON.stringify(r))}`;
  let lines = report.lines;
  let url = make(report);
  while (url.length > MAX_URL_LENGTH && lines.length > 0) {
    lines = lines.slice(0, -1);
    url = make({ ...report, lines: [...lines, "…"] });
  }
  return url;
}

/** The report in a dialog URL's query string (`location.search`), or null when there is none or it is damaged. */
export function readReportFromQuery(search: string): CommandReport | null {
  const match = new RegExp(`[?&]${REPORT_PARAM}=([^&#]*)`).exec(search);
  return match ? parseReport(fromBase64UrlSafe(match[1])) : null;
}

/** A report sent as JSON text (Dialog.messageChild), or null when it is not one. */
export function parseReport(json: string | null): CommandReport | null {
  if (json === null) return null;
  try {
    const report = JSON.parse(json) as CommandReport;
    return typeof report.title === "string" && Array.isArray(report.lines) ? report : null;
  } catch {
    return null;
  }
}

function fromBase64UrlSafe(text: string): string | null {
  try {
    return fromBase64Url(text);
  } catch {
    return null;
  }
}
