import { unzipSync } from "fflate";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../domain";
import { SheetBuilder } from "../sheetBuilder";
import { OdsStyles } from "./odsStyles";

/** Why an .ods file cannot be read: `encrypted` (saved with a password), `corrupt` (not a spreadsheet or damaged). */
export class OdsReadError extends Error {
  constructor(
    readonly kind: "encrypted" | "corrupt",
    message: string,
  ) {
    super(message);
    this.name = "OdsReadError";
  }
}

/**
 * Reads an OpenDocument spreadsheet (.ods: LibreOffice, WPS, Google Sheets export) into the domain's snapshot: cell
 * values (formula cells hold their last result), merged areas, sheet names, visibility and protection, and the
 * legacy Vietnamese font names of cells. Pure over Uint8Array (runs in a browser).
 * @throws OdsReadError
 */
export function readOdsWorkbook(bytes: Uint8Array): WorkbookSnapshot {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => ["content.xml", "styles.xml", "META-INF/manifest.xml", "mimetype"].includes(file.name) });
  } catch (cause) {
    throw new OdsReadError("corrupt", `zip: ${(cause as Error).message}`);
  }
  const text = (name: string): string => (files[name] ? new TextDecoder().decode(files[name]) : "");
  if (text("META-INF/manifest.xml").includes("encryption-data")) throw new OdsReadError("encrypted", "encrypted package");
  const mimetype = text("mimetype");
  if (!files["content.xml"] || (mimetype && !mimetype.includes("spreadsheet"))) {
    throw new OdsReadError("corrupt", `not a spreadsheet (${mimetype || "no content.xml"})`);
  }
  const styles = new OdsStyles();
  try {
    parse(text("styles.xml"), (tag) => styles.open(tag.name, tag.attributes), (name) => styles.close(name));
    return readContent(text("content.xml"), styles);
  } catch (cause) {
    if (cause instanceof OdsReadError) throw cause;
    throw new OdsReadError("corrupt", (cause as Error).message);
  }
}

function parse(xml: string, open: (tag: SaxesTagPlain) => void, close: (name: string) => void, onText?: (text: string) => void): void {
  if (!xml) return;
  const parser = new SaxesParser();
  parser.on("opentag", open);
  parser.on("closetag", (tag) => close(tag.name));
  if (onText) parser.on("text", onText);
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** Only rows/columns up to here are walked; repeats beyond (LibreOffice pads sheets to 1,048,576 rows) are empty. */
const MAX_ROWS = 1_048_576;

function readContent(xml: string, styles: OdsStyles): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const columnStyles: (string | undefined)[] = [];
  let table: { name: string; hidden: boolean; protected: boolean; builder: SheetBuilder } | null = null;
  let row = 0;
  let col = 0;
  let rowRepeat = 1;
  let cell: { attributes: Record<string, string>; repeat: number; text: string[]; paragraph: number } | null = null;
  const onOpen = (tag: SaxesTagPlain): void => {
    const a = tag.attributes;
    styles.open(tag.name, a);
    switch (tag.name) {
      case "table:table":
        table = {
          name: a["table:name"] ?? `Sheet${sheets.length + 1}`,
          hidden: styles.isHidden(a["table:style-name"]),
          protected: a["table:protected"] === "true",
          builder: new SheetBuilder(),
        };
        row = 0;
        columnStyles.length = 0;
        break;
      case "table:table-column": {
        const repeat = Math.min(Number(a["table:number-columns-repeated"] ?? 1), 16384);
        for (let i = 0; i < repeat; i++) columnStyles.push(a["table:default-cell-style-name"]);
        break;
      }
      case "table:table-row":
        col = 0;
        rowRepeat = Math.min(Number(a["table:number-rows-repeated"] ?? 1), MAX_ROWS);
        break;
      case "table:table-cell":
      case "table:covered-table-cell":
        cell = { attributes: a, repeat: Math.min(Number(a["table:number-columns-repeated"] ?? 1), 16384), text: [], paragraph: 0 };
        if (table && tag.name === "table:table-cell") addMerge(table.builder, row, col, a);
        break;
      case "text:p":
        if (cell && cell.paragraph++ > 0) cell.text.push("\n");
        break;
      case "text:s":
        cell?.text.push(" ".repeat(Number(a["text:c"] ?? 1)));
        break;
      case "text:tab":
        cell?.text.push("\t");
        break;
      case "text:line-break":
        cell?.text.push("\n");
        break;
    }
  };
  const onClose = (name: string): void => {
    styles.close(name);
    if ((name === "table:table-cell" || name === "table:covered-table-cell") && cell) {
      if (table && name === "table:table-cell") {
        const value = cellValue(cell.attributes, cell.text.join(""));
        if (value !== null && value !== "") {
          const font = styles.fontOf(cell.attributes["table:style-name"] ?? columnStyles[col]);
          for (let r = 0; r < rowRepeat; r++) {
            for (let c = 0; c < cell.repeat; c++) table.builder.set(row + r, col + c, value, font);
          }
        }
      }
      col += cell.repeat;
      cell = null;
    } else if (name === "table:table-row") {
      row += rowRepeat;
    } else if (name === "table:table" && table) {
      sheets.push(table.builder.build(table.name, { hidden: table.hidden, protected: table.protected }));
      table = null;
    }
  };
  parse(xml, onOpen, onClose, (text) => {
    if (cell && cell.paragraph > 0) cell.text.push(text);
  });
  return { sheets };
}

function addMerge(builder: SheetBuilder, row: number, col: number, a: Record<string, string>): void {
  const rows = Number(a["table:number-rows-spanned"] ?? 1);
  const cols = Number(a["table:number-columns-spanned"] ?? 1);
  if (rows > 1 || cols > 1) builder.merge({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
}

/** A cell's value from its office:value-type: numbers from office:value, text from its paragraphs. */
function cellValue(a: Record<string, string>, text: string): CellValue {
  if (a["calcext:value-type"] === "error") return { error: text || "#VALUE!" };
  switch (a["office:value-type"]) {
    case "float":
    case "percentage":
    case "currency":
      return Number(a["office:value"]);
    case "boolean":
      return a["office:boolean-value"] === "true";
    case "date":
      return formatDate(a["office:date-value"] ?? "") ?? text;
    case undefined:
      return text === "" ? null : text;
    default:
      return text;
  }
}

/** "2020-12-14" or "2020-12-14T00:00:00" -> "14/12/2020", as the .xlsx host writes dates. */
function formatDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : null;
}
