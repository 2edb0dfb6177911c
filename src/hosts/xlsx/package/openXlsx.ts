import { needsWholeSheet, normalizeText, SHEET_HEAD_ROWS, type SheetSnapshot, type WorkbookSnapshot } from "../../../domain";
import { HostError } from "../../errors";
import {
  readDateStyles,
  readLegacyFonts,
  readRelationships,
  readSharedStrings,
  readWorkbookInfo,
  relsPathOf,
  type Relationship,
  type WorkbookSheet,
} from "./readPackageParts";
import { readSheetXml, type RawInflater, type SheetContext, type SheetLimits } from "./readSheetXml";
import { decodeUtf8 } from "./xmlText";
import { inflateEntry, readZipDirectory, ZipFormatError, type ZipDirectory, type ZipEntry } from "./zipDirectory";

/** An opened .xlsx/.xlsm package: its bytes and what the writer needs to add to it without rewriting it. */
export interface XlsxPackage {
  bytes: Uint8Array;
  zip: ZipDirectory;
  /** "xl/workbook.xml" (wherever the package's main part is). */
  workbookPath: string;
  /** Every sheet of workbook.xml in tab order (chart sheets too), with its part path ("" when its relation is missing). */
  sheets: (WorkbookSheet & { path: string; kind: "worksheet" | "other" })[];
  /** The workbook's relations. */
  relations: Relationship[];
  /** Dates counted from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** An .xlsm (its workbook part's content type is macro-enabled): a copy must keep the .xlsm extension. */
  macroEnabled: boolean;
}

/** A sheet read only in part, and why. */
export interface SheetNote {
  sheet: string;
  /** "head_only": its first rows show no scoring table, so the rest was not read; "over_limit": beyond a limit. */
  kind: "head_only" | "over_limit";
}

export interface OpenedXlsx {
  /** Worksheets in tab order (chart sheets are not in it); a sheet in `notes` holds only its first rows. */
  snapshot: WorkbookSnapshot;
  package: XlsxPackage;
  notes: SheetNote[];
}

export interface ReadLimits extends SheetLimits {
  /** A sheet whose XML is larger than this is read whole only when its first rows may hold a table. */
  judgeAboveBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxXmlBytes: 512 * 1024 * 1024,
  maxCells: 8_000_000,
  judgeAboveBytes: 1024 * 1024,
};

export interface OpenOptions {
  /** Sheets to read whole whatever their first rows hold (the names the user gave; compared as the engine does). */
  wholeSheets?: readonly (string | undefined)[];
  limits?: Partial<ReadLimits>;
  /** A faster whole-entry inflater where the platform has one (Node's zlib); fflate's streaming one otherwise. */
  inflateRaw?: RawInflater;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * Opens an .xlsx/.xlsm held in memory and reads what the engine needs: the sheet list, shared strings, the number
 * formats that show dates, then each worksheet — whole when it is small, named in `wholeSheets` or may hold a table
 * (judged from its first rows), else only those first rows. Pure: no file system, runs in a browser.
 * @throws HostError `file_encrypted` (an OLE file: password-protected or .xls), `file_unreadable` (not a workbook,
 *   damaged); the message does not name the file (the caller knows it).
 */
export function openXlsx(bytes: Uint8Array, options: OpenOptions = {}): OpenedXlsx {
  checkSignature(bytes);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const pkg = readPackage(bytes, options.inflateRaw);
    const context = readContext(pkg, options.inflateRaw);
    const wanted = new Set((options.wholeSheets ?? []).filter((name): name is string => !!name).map(normalizeText));
    const notes: SheetNote[] = [];
    const sheets: SheetSnapshot[] = [];
    for (const sheet of pkg.sheets) {
      if (sheet.kind !== "worksheet") continue;
      const entry = findEntry(pkg.zip, sheet.path);
      if (!entry) throw new ZipFormatError(`part ${sheet.path} of sheet "${sheet.name}" missing`);
      const judged = !wanted.has(normalizeText(sheet.name)) && entry.size > limits.judgeAboveBytes;
      const head = judged ? { rows: SHEET_HEAD_ROWS, judge: needsWholeSheet } : undefined;
      const read = readSheetXml(bytes, entry, sheet.name, context, limits, head, options.inflateRaw);
      if (read.extent !== "whole") notes.push({ sheet: sheet.name, kind: read.extent === "head" ? "head_only" : "over_limit" });
      sheets.push({ ...read.snapshot, hidden: sheet.state !== "visible" });
    }
    if (sheets.length === 0) throw new ZipFormatError("no worksheet in the workbook");
    return { snapshot: { sheets }, package: pkg, notes };
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw new HostError("file_unreadable", `Tệp không phải tệp Excel .xlsx hợp lệ hoặc đã bị hỏng (${describe(cause)}).`, { cause });
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function checkSignature(bytes: Uint8Array): void {
  const starts = (magic: number[]): boolean => magic.every((byte, at) => bytes[at] === byte);
  if (starts(OLE_MAGIC)) {
    throw new HostError(
      "file_encrypted",
      "Tệp được đặt mật khẩu (mã hóa) hoặc là tệp Excel cũ (.xls). Hãy mở tệp bằng Excel, gỡ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi thử lại.",
      { cause: new Error("OLE compound file signature D0 CF 11 E0, not a zip") },
    );
  }
  if (!starts(ZIP_MAGIC)) {
    const head = Array.from(bytes.subarray(0, 4), (byte) => byte.toString(16).padStart(2, "0")).join("");
    throw new HostError("file_unreadable", "Tệp không phải tệp Excel .xlsx hợp lệ hoặc đã bị hỏng.", {
      cause: new Error(`not a zip file (starts with ${head || "nothing"})`),
    });
  }
}

/** The zip entry at a package path (part names compare without case, ECMA-376 Part 2 §9.1.1.4). */
export function findEntry(zip: ZipDirectory, path: string): ZipEntry | undefined {
  const lower = path.toLowerCase();
  return zip.entries.find((entry) => entry.name === path) ?? zip.entries.find((entry) => entry.name.toLowerCase() === lower);
}

/** The text of a part, or null when the package has no such part. */
export function readPartText(pkg: { bytes: Uint8Array; zip: ZipDirectory }, path: string, inflateRaw?: RawInflater): string | null {
  const entry = findEntry(pkg.zip, path);
  return entry ? decodeUtf8(inflateEntry(pkg.bytes, entry, inflateRaw)) : null;
}

function readPackage(bytes: Uint8Array, inflateRaw?: RawInflater): XlsxPackage {
  const zip = readZipDirectory(bytes);
  const readPart = (path: string): string | null => readPartText({ bytes, zip }, path, inflateRaw);
  const rootRels = readPart("_rels/.rels");
  const main = rootRels ? readRelationships(rootRels, "").find((rel) => OFFICE_DOCUMENT.test(rel.type)) : undefined;
  const workbookPath = main?.target ?? "xl/workbook.xml";
  const workbookXml = readPart(workbookPath);
  if (workbookXml === null) throw new ZipFormatError("no workbook part (a zip, but not an Excel workbook)");
  const relsXml = readPart(relsPathOf(workbookPath));
  const relations = relsXml ? readRelationships(relsXml, workbookPath) : [];
  const info = readWorkbookInfo(workbookXml);
  const sheets = info.sheets.map((sheet) => {
    const rel = relations.find((candidate) => candidate.id === sheet.relId);
    const kind = rel && /\/worksheet$/.test(rel.type) ? ("worksheet" as const) : ("other" as const);
    return { ...sheet, path: rel?.target ?? "", kind };
  });
  const types = readPart("[Content_Types].xml") ?? "";
  const macroEnabled = /macroEnabled/i.test(types) || zip.entries.some((entry) => /vbaProject\.bin$/i.test(entry.name));
  return { bytes, zip, workbookPath, sheets, relations, date1904: info.date1904, macroEnabled };
}

function readContext(pkg: XlsxPackage, inflateRaw?: RawInflater): SheetContext {
  const partOf = (type: RegExp): string | null => {
    const rel = pkg.relations.find((candidate) => type.test(candidate.type));
    return rel ? readPartText(pkg, rel.target, inflateRaw) : null;
  };
  const strings = partOf(/\/sharedStrings$/);
  const styles = partOf(/\/styles$/);
  return {
    sharedStrings: strings ? readSharedStrings(strings) : [],
    dateStyles: styles ? readDateStyles(styles) : [],
    legacyFonts: styles ? readLegacyFonts(styles) : [],
    date1904: pkg.date1904,
  };
}
