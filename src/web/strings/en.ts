import type { WebStrings } from "./index";

/** The web page's own texts in English (same keys as vi.ts). */
export const webEn: WebStrings = {
  pageTitle: "PAR INDEX check in the browser",
  pageIntro: "Check a PAR INDEX (CCHC) scoring workbook (.xlsx, .xls, .ods) and make the GIẢI PHÁP table, no Excel and no install.",
  privacyTitle: "Your file never leaves this computer.",
  privacyText:
    "Checking and planning run entirely in this browser: the file is not uploaded anywhere, no data is sent over " +
    "the network, and the page works offline.",
  language: "Language",
  pickFile: "Choose a scoring workbook (.xlsx, .xls, .ods)",
  dropHint: "or drop the file here",
  opening: (name) => `Opening “${name}”…`,
  openedFile: (name) => `Checking: ${name}`,
  openFailed: "Cannot open the file",
  fileEncrypted: (name) =>
    `“${name}” is password-protected (encrypted), so the page cannot read it. ` +
    "Open it in Excel, remove the password, then choose it again.",
  fileNeedsResave: (name) =>
    `“${name}” is a kind of spreadsheet this page does not read (.xlsb, Excel 95 or older, Lotus or Works). ` +
    "Open it in Excel and save it as .xlsx, then choose it again.",
  fileUnreadable: (name) => `“${name}” is not a valid spreadsheet, or it is damaged. Choose a scoring workbook (.xlsx, .xls or .ods).`,
  fileUnexpected: (name, detail) => `Cannot open “${name}”: ${detail}.`,
  partlyRead: (sheets) => `Sheet ${sheets} is too large and was read only in part; the result may be incomplete.`,
  sheetViewHeading: "Cell in the workbook (read-only)",
  sheetViewCaption: (sheet, cell) => `Sheet “${sheet}”, cell ${cell} marked`,
  sheetViewHint: "Click an error, a warning or a deducted criterion to see its cell in the workbook here.",
  closeSheetView: "Close",
  downloadReady: "The GIẢI PHÁP table is ready in a copy of the file.",
  download: "Download",
  downloadName: (name) => `Download ${name}`,
  downloadFailed: (detail) => `Cannot make the file to download: ${detail}.`,
};
