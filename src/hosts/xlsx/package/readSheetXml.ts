import type { CellRange, CellValue, SheetSnapshot } from "../../../domain";
import { SparseGrid } from "./sparseGrid";
import { rawEntryData, streamEntry, type ZipEntry } from "./zipDirectory";
import { decodeEscapes } from "./xmlText";
import { XmlScanner } from "./scanXml";
import { isTrue } from "./readPackageParts";
import { placeFonts } from "../../sheetBuilder";

/** What reading one sheet may cost before it is given up (and reported by name). */
export interface SheetLimits {
  /** Bytes of sheet XML inflated. */
  maxXmlBytes: number;
  /** Cell slots held (values and the blank cells before them in their row). */
  maxCells: number;
}

/** What the sheet reader needs from the workbook's other parts. */
export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  /** The legacy Vietnamese font (.VnTime, VNI-Times) of each cell format, if any: kept per cell for the engine. */
  legacyFonts?: readonly (string | undefined)[];
  date1904: boolean;
}

export interface SheetRead {
  snapshot: SheetSnapshot;
  /** "whole": every cell; "head": only the first rows (the sheet cannot hold a table); "over_limit": given up. */
  extent: "whole" | "head" | "over_limit";
}

/**
 * Reads one worksheet part into a snapshot, streaming its XML. When `judgeHead` is given, it is asked once the first
 * `headRows` rows from the first non-empty one are read; if it answers false the rest of the part is never inflated.
 * Values are flattened as the engine wants them: shared and inline strings (with "_x000B_" escapes decoded), numbers,
 * booleans, errors, a formula's saved result (none saved -> blank), dates as "dd/mm/yyyy" text. Cells covered by a
 * merge (other than its top-left) are blank, merges stay ranges.
 */
export function readSheetXml(
  bytes: Uint8Array,
  entry: ZipEntry,
  name: string,
  context: SheetContext,
  limits: SheetLimits,
  head?: { rows: number; judge(head: SheetSnapshot): boolean },
  inflateRaw?: RawInflater,
): SheetRead {
  if (!head) return readPart(bytes, entry, name, context, limits, undefined, inflateRaw) as SheetRead;
  // Up to FAST_WHOLE bytes of XML, inflating it all at once with the fast inflater costs less than streaming; the
  // head is still judged from the first slice, and parsing stops there when the sheet holds no table.
  if (inflateRaw && entry.size <= FAST_WHOLE) {
    return readPart(bytes, entry, name, context, limits, { ...head, restartIfWhole: false }, inflateRaw) as SheetRead;
  }
  // Judged from its first rows while streaming; a sheet found worth reading whole is then read with the fast inflater
  // from the start (re-reading its first rows costs far less than streaming all of it through the portable one).
  const judged = readPart(bytes, entry, name, context, limits, { ...head, restartIfWhole: inflateRaw !== undefined });
  return judged === "restart" ? (readPart(bytes, entry, name, context, limits, undefined, inflateRaw) as SheetRead) : judged;
}

/** Inflates a whole raw-deflate entry of known size (Node passes its zlib; the default is fflate's). */
export type RawInflater = (raw: Uint8Array, size: number) => Uint8Array;

const FEED = 1 << 20;
const FAST_WHOLE = 64 << 20;

function readPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  name: string,
  context: SheetContext,
  limits: SheetLimits,
  head?: { rows: number; judge(head: SheetSnapshot): boolean; restartIfWhole: boolean },
  inflateRaw?: RawInflater,
): SheetRead | "restart" {
  const state = new SheetState(context);
  // An object, not a variable: the callback below changes it, which TypeScript's narrowing would not see.
  const status: { extent: SheetRead["extent"] | "restart" } = { extent: "whole" };
  let headRows = -1;
  let inflated = 0;
  const snapshot = (merges: CellRange[]): SheetSnapshot => {
    const bounds = state.grid.bounds();
    const fonts = state.fonts.length > 0 ? { fonts: placeFonts(state.fonts, bounds.origin) } : {};
    return { name, ...bounds, merges, protected: state.protected, ...fonts };
  };
  const decoder = new TextDecoder();
  const parser = new XmlScanner(state);
  const onChunk = (chunk: Uint8Array): boolean => {
    inflated += chunk.length;
    if (inflated > limits.maxXmlBytes) status.extent = "over_limit";
    else parser.write(decoder.decode(chunk, { stream: true }));
    if (state.grid.slots > limits.maxCells) status.extent = "over_limit";
    if (status.extent !== "whole") return false;
    if (head && state.pastHead(head.rows)) {
      const seen = snapshot([]);
      if (!head.judge(seen)) {
        status.extent = "head";
        // A chunk may have held more rows than the head: keep only the head's, as the caller was told.
        headRows = head.rows;
      }
      else if (head.restartIfWhole) status.extent = "restart";
      head = undefined;
    }
    return status.extent === "whole";
  };
  const completed =
    inflateRaw && entry.method === 8 && entry.size <= limits.maxXmlBytes
      ? feed(inflateRaw(rawEntryData(bytes, entry), entry.size), onChunk)
      : streamEntry(bytes, entry, onChunk);
  const { extent } = status;
  if (extent === "restart") return "restart";
  if (!completed) {
    const partial = snapshot([]);
    return { snapshot: headRows < 0 ? partial : { ...partial, values: partial.values.slice(0, headRows) }, extent };
  }
  parser.write(decoder.decode());
  parser.close();
  for (const merge of state.merges) state.grid.clearCovered(merge.top, merge.left, merge.bottom, merge.right);
  return { snapshot: snapshot(state.merges.sort((a, b) => a.top - b.top || a.left - b.left)), extent };
}

/** Hands an inflated part over in slices, as streaming would. */
function feed(xml: Uint8Array, onChunk: (chunk: Uint8Array) => boolean): boolean {
  for (let at = 0; at < xml.length; at += FEED) if (!onChunk(xml.subarray(at, at + FEED))) return false;
  return true;
}

const enum Field {
  None,
  Value,
  Formula,
  Text,
}

/** The parse state of one sheet: the row and cell being read, and what has been collected. */
class SheetState {
  readonly grid = new SparseGrid();
  readonly merges: CellRange[] = [];
  protected = false;
  private row = -1;
  private col = -1;
  private type: string | undefined;
  private style = 0;
  /** [row, col, font] of the cells written in a legacy Vietnamese font. */
  readonly fonts: [number, number, string][] = [];
  private field = Field.None;
  private value: string | undefined;
  private inline = "";
  private hasInline = false;
  private formula = false;
  private phonetic = 0;

  constructor(private readonly context: SheetContext) {}

  /** True once a row at least `rows` below the first non-empty row has started. */
  pastHead(rows: number): boolean {
    const first = this.grid.firstRow();
    return first >= 0 && this.row >= first + rows;
  }

  wantsText(): boolean {
    return this.field !== Field.None;
  }

  open(name: string, attribute: (name: string) => string | undefined): void {
    switch (name) {
      case "row": {
        const r = attribute("r");
        this.row = r ? Number(r) - 1 : this.row + 1;
        this.col = -1;
        break;
      }
      case "c":
        this.startCell(attribute("r"), attribute("t"), attribute("s"));
        break;
      case "v":
        this.field = Field.Value;
        this.value = this.value ?? "";
        break;
      case "f":
        this.field = Field.Formula;
        if (attribute("t")) this.formula = true;
        break;
      case "is":
        this.hasInline = true;
        break;
      case "t":
        if (this.phonetic === 0) this.field = Field.Text;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "mergeCell":
        this.addMerge(attribute("ref") ?? "");
        break;
      case "sheetProtection":
        this.protected = isTrue(attribute("sheet"));
        break;
    }
  }

  text(text: string): void {
    if (this.field === Field.Value) this.value += text;
    else if (this.field === Field.Text) this.inline += text;
    else if (this.field === Field.Formula && text !== "") this.formula = true;
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.field = Field.None;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "c": {
        const value = this.cellValue();
        this.grid.set(this.row, this.col, value);
        const font = this.context.legacyFonts?.[this.style];
        if (font && typeof value === "string") this.fonts.push([this.row, this.col, font]);
        break;
      }
    }
  }

  private startCell(ref: string | undefined, type: string | undefined, style: string | undefined): void {
    if (ref) {
      const at = parseRef(ref);
      this.col = at.col;
      if (at.row >= 0) this.row = at.row;
    } else this.col++;
    this.type = type;
    this.style = style ? Number(style) : 0;
    this.value = undefined;
    this.inline = "";
    this.hasInline = false;
    this.formula = false;
  }

  /** The cell's value as the engine reads it; matches how the exceljs-based reader it replaced read the same cell. */
  private cellValue(): CellValue {
    const { value, type } = this;
    if (this.formula) {
      if (!value) return null;
      if (type === "str") return detach(value);
      if (type === "b") return parseInt(value, 10) !== 0;
      if (type === "e") return { error: value };
      return this.number(value);
    }
    if (type === "inlineStr" || (this.hasInline && value === undefined)) return this.hasInline ? detach(decodeEscapes(this.inline)) : null;
    if (value === undefined) return null;
    switch (type) {
      case "s":
        return this.context.sharedStrings[parseInt(value, 10)] ?? null;
      case "str":
        return detach(value);
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return { error: value };
      case "d":
        return formatIsoDate(value);
      default:
        return this.number(value);
    }
  }

  private number(text: string): CellValue {
    const number = parseFloat(text);
    return this.context.dateStyles[this.style] ? formatSerialDate(number, this.context.date1904) : number;
  }

  private addMerge(ref: string): void {
    const [from, to = from] = ref.split(":");
    const a = parseRef(from);
    const b = parseRef(to);
    if (a.row < 0 || b.row < 0 || a.col < 0 || b.col < 0) return;
    this.merges.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
}

/**
 * A text of the sheet as a string of its own. A piece cut from the XML text keeps the whole chunk it was cut from
 * alive (V8's sliced strings): a snapshot held every chunk of the sheet, twice the XML's size in memory. Short texts
 * are copied by V8 anyway; a longer one is copied by cutting it from a string one character longer.
 */
function detach(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}

/** "AB12" -> { row: 11, col: 27 } (0-based); -1 where a part is missing. */
export function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let at = 0;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36) break;
  }
  let row = 0;
  for (; at < ref.length; at++) {
    const code = ref.charCodeAt(at);
    if (code >= 48 && code <= 57) row = row * 10 + code - 48;
    else if (code !== 36) break;
  }
  return { row: row - 1, col: col - 1 };
}

/** A date serial as "dd/mm/yyyy", counted as exceljs and Excel count (1900 system, or 1904). */
export function formatSerialDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return formatUtcDate(date);
}

function formatIsoDate(text: string): string {
  const date = new Date(text.length <= 10 ? `${text}T00:00:00Z` : text);
  return formatUtcDate(date);
}

function formatUtcDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${day}/${month}/${date.getUTCFullYear()}`;
}
