import type { CellValue, WorkbookSnapshot } from "../../domain";
import { SheetBuilder } from "../sheetBuilder";
import { BiffCursor, readRecords, readRichString, readUnicodeString, type BiffRecord } from "./biffRecords";
import { readCompoundFile } from "./readCompoundFile";

/**
 * Why an .xls file cannot be read: `encrypted` (a password to open: FILEPASS, or an encrypted .xlsx inside the OLE
 * wrapper), `too_old` (Excel 5.0/95 or older, BIFF5-), `not_workbook` (an OLE file with no workbook stream: a Word
 * document, a Works file…), `not_ole` (the OLE signature but no readable compound file in it), `corrupt`.
 */
export class XlsReadError extends Error {
  constructor(
    readonly kind: "encrypted" | "too_old" | "not_workbook" | "not_ole" | "corrupt",
    message: string,
  ) {
    super(message);
    this.name = "XlsReadError";
  }
}

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  FONT: 0x0031,
  XF: 0x00e0,
  FORMAT: 0x041e,
  DATEMODE: 0x0022,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGEDCELLS: 0x00e5,
  PROTECT: 0x0012,
} as const;

const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
};

interface SheetEntry {
  name: string;
  offset: number;
  hidden: boolean;
}

interface Globals {
  strings: string[];
  /** Font name of each XF (cell format) index. */
  xfFonts: string[];
  /** Whether each XF index shows its number as a date. */
  xfDates: boolean[];
  /** True for the 1904 date system (old Mac workbooks). */
  date1904: boolean;
  sheets: SheetEntry[];
}

/**
 * Reads an Excel 97–2003 workbook (.xls, BIFF8) into the domain's snapshot: cell values and the cached results of
 * formulas, merged areas, sheet names, visibility and protection, and the legacy Vietnamese font names of cells.
 * Charts, macro sheets and dialog sheets are skipped. Pure over Uint8Array (runs in a browser).
 * @throws XlsReadError
 */
export function readXlsWorkbook(bytes: Uint8Array): WorkbookSnapshot {
  let streams: Map<string, Uint8Array>;
  try {
    streams = readCompoundFile(bytes);
  } catch (cause) {
    throw new XlsReadError("not_ole", `compound file: ${(cause as Error).message}`);
  }
  if (streams.has("EncryptionInfo") || streams.has("EncryptedPackage")) {
    throw new XlsReadError("encrypted", "encrypted Office Open XML package");
  }
  const stream = streams.get("Workbook");
  if (!stream) {
    if (streams.has("Book")) throw new XlsReadError("too_old", "BIFF5 workbook (Excel 5.0/95)");
    throw new XlsReadError("not_workbook", `no Workbook stream (streams: ${[...streams.keys()].join(", ")})`);
  }
  try {
    const globals = readGlobals(stream);
    return { sheets: globals.sheets.map((sheet) => readSheet(stream, sheet, globals)) };
  } catch (cause) {
    if (cause instanceof XlsReadError) throw cause;
    throw new XlsReadError("corrupt", (cause as Error).message);
  }
}

function readGlobals(stream: Uint8Array): Globals {
  const strings: string[] = [];
  const fonts: string[] = [];
  const formats = new Map<number, string>();
  const globals: Globals = { strings, xfFonts: [], xfDates: [], date1904: false, sheets: [] };
  const { xfFonts, xfDates, sheets } = globals;
  let first = true;
  for (const record of readRecords(stream)) {
    if (first) {
      checkBof(record);
      first = false;
      continue;
    }
    const cursor = new BiffCursor(record);
    switch (record.type) {
      case R.FILEPASS:
        throw new XlsReadError("encrypted", "FILEPASS record: the workbook needs a password to open");
      case R.FONT:
        cursor.skip(14);
        fonts.push(readUnicodeString(cursor, true));
        break;
      case R.FORMAT: {
        const id = cursor.u16();
        formats.set(id, readUnicodeString(cursor));
        break;
      }
      case R.DATEMODE:
        globals.date1904 = cursor.u16() === 1;
        break;
      case R.XF: {
        const index = cursor.u16();
        // Font index 4 does not exist in BIFF ([MS-XLS] 2.5.129): indexes above it are one ahead of the records.
        xfFonts.push(fonts[index >= 4 ? index - 1 : index] ?? "");
        xfDates.push(isDateFormat(cursor.u16(), formats));
        break;
      }
      case R.BOUNDSHEET: {
        const offset = cursor.u32();
        const state = cursor.u8();
        const kind = cursor.u8();
        const name = readUnicodeString(cursor, true);
        if (kind === 0) sheets.push({ name, offset, hidden: (state & 3) !== 0 });
        break;
      }
      case R.SST: {
        cursor.skip(4);
        const unique = cursor.u32();
        for (let i = 0; i < unique && !cursor.done; i++) strings.push(readRichString(cursor));
        break;
      }
      case R.EOF:
        return globals;
    }
  }
  return globals;
}

/** Built-in date and time formats ([MS-XLS] 2.4.126), and custom formats with day, month or year codes. */
function isDateFormat(id: number, formats: Map<number, string>): boolean {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  const code = formats.get(id);
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  return /[dmy]/i.test(bare);
}

/** "dd/mm/yyyy" for a date serial, as the .xlsx host reads dates. */
function formatSerialDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so serials from 61 on are one ahead.
  const date = new Date(Date.UTC(1899, 11, days >= 61 ? 30 : 31) + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function checkBof(record: BiffRecord): void {
  if (record.type !== R.BOF) {
    // BIFF2–4 BOFs are 0x0009/0x0209/0x0409/0x0809 with older versions.
    throw new XlsReadError(record.type === 0x0009 || record.type === 0x0209 || record.type === 0x0409 ? "too_old" : "corrupt",
      `stream starts with record 0x${record.type.toString(16)}, not BOF`);
  }
  const version = record.data[0] | (record.data[1] << 8);
  if (version !== 0x0600) throw new XlsReadError("too_old", `BIFF version 0x${version.toString(16)}`);
}

function readSheet(stream: Uint8Array, entry: SheetEntry, globals: Globals): SheetSnapshot {
  const sheet = new SheetBuilder();
  let isProtected = false;
  let pendingString: { row: number; col: number; font: string } | null = null;
  let first = true;
  for (const record of readRecords(stream, entry.offset)) {
    if (first) {
      if (record.type !== R.BOF) throw new XlsReadError("corrupt", `sheet "${entry.name}" does not start with BOF`);
      first = false;
      continue;
    }
    if (record.type === R.EOF) break;
    const cursor = new BiffCursor(record);
    if (record.type === R.STRING && pendingString) {
      sheet.set(pendingString.row, pendingString.col, readUnicodeString(cursor), pendingString.font);
      pendingString = null;
      continue;
    }
    pendingString = null;
    if (record.type === R.MERGEDCELLS) readMerges(cursor, sheet);
    else if (record.type === R.PROTECT) isProtected = cursor.u16() === 1;
    else if (record.type === R.MULRK) readMulRk(record, sheet, globals);
    else if (isCellRecord(record.type)) {
      const row = cursor.u16();
      const col = cursor.u16();
      const xf = cursor.u16();
      const font = globals.xfFonts[xf] ?? "";
      if (record.type === R.FORMULA) {
        const result = readFormulaResult(record.data);
        if (result === STRING_FOLLOWS) pendingString = { row, col, font };
        else sheet.set(row, col, asDate(result, xf, globals), font);
      } else sheet.set(row, col, asDate(readCellValue(record.type, cursor, globals), xf, globals), font);
    }
  }
  return sheet.build(entry.name, { hidden: entry.hidden, protected: isProtected });
}

type SheetSnapshot = ReturnType<SheetBuilder["build"]>;

function isCellRecord(type: number): boolean {
  return (
    type === R.NUMBER || type === R.RK || type === R.LABELSST || type === R.LABEL || type === R.RSTRING ||
    type === R.BOOLERR || type === R.FORMULA
  );
}

function readCellValue(type: number, cursor: BiffCursor, globals: Globals): CellValue {
  switch (type) {
    case R.NUMBER:
      return readDouble(cursor);
    case R.RK:
      return decodeRk(cursor.u32());
    case R.LABELSST:
      return globals.strings[cursor.u32()] ?? null;
    case R.LABEL:
    case R.RSTRING:
      return readUnicodeString(cursor);
    case R.BOOLERR: {
      const value = cursor.u8();
      return cursor.u8() === 1 ? { error: ERRORS[value] ?? "#N/A" } : value === 1;
    }
    default:
      return null;
  }
}

function readMulRk(record: BiffRecord, sheet: SheetBuilder, globals: Globals): void {
  const cursor = new BiffCursor(record);
  const row = cursor.u16();
  const firstCol = cursor.u16();
  const count = Math.floor((record.data.length - 6) / 6);
  for (let i = 0; i < count; i++) {
    const xf = cursor.u16();
    sheet.set(row, firstCol + i, asDate(decodeRk(cursor.u32()), xf, globals), globals.xfFonts[xf] ?? "");
  }
}

/** A number shown as a date becomes its "dd/mm/yyyy" text, as in the other readers. */
function asDate(value: CellValue, xf: number, globals: Globals): CellValue {
  return typeof value === "number" && globals.xfDates[xf] ? formatSerialDate(value, globals.date1904) : value;
}

function readMerges(cursor: BiffCursor, sheet: SheetBuilder): void {
  const count = cursor.u16();
  for (let i = 0; i < count; i++) {
    const top = cursor.u16();
    const bottom = cursor.u16();
    const left = cursor.u16();
    const right = cursor.u16();
    sheet.merge({ top, bottom, left, right });
  }
}

const STRING_FOLLOWS = Symbol("string result in the next STRING record");

/** A FORMULA record's cached result ([MS-XLS] 2.5.133 FormulaValue): a number, or a typed value marked 0xFFFF. */
function readFormulaResult(data: Uint8Array): CellValue | typeof STRING_FOLLOWS {
  const value = data.subarray(6, 14);
  if (value[6] !== 0xff || value[7] !== 0xff) return new DataView(value.buffer, value.byteOffset, 8).getFloat64(0, true);
  switch (value[0]) {
    case 0:
      return STRING_FOLLOWS;
    case 1:
      return value[2] === 1;
    case 2:
      return { error: ERRORS[value[2]] ?? "#N/A" };
    default:
      return "";
  }
}

function readDouble(cursor: BiffCursor): number {
  const bytes = new Uint8Array(8);
  for (let i = 0; i < 8; i++) bytes[i] = cursor.u8();
  return new DataView(bytes.buffer).getFloat64(0, true);
}

/** RK number ([MS-XLS] 2.5.218): a 30-bit integer or the top 30 bits of a double, optionally ÷ 100. */
export function decodeRk(rk: number): number {
  let value: number;
  if (rk & 0x02) value = (rk | 0) >> 2;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}
