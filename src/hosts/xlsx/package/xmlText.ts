import { SaxesParser, type SaxesTagPlain } from "saxes";

/** Handlers for one pass over an XML document; tag names keep their prefix ("x:sheet" stays "x:sheet"). */
export interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A SAX parser over plain (non-namespace-aware) XML, wired to `handlers`. Feed it with write(), end with close(). */
export function createXmlParser(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser({ xmlns: false });
  if (handlers.open) parser.on("opentag", handlers.open as (tag: SaxesTagPlain) => void);
  if (handlers.close) parser.on("closetag", (tag) => handlers.close!(tag.name));
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  return parser;
}

/** Parses a whole XML document held in memory. */
export function parseXml(xml: string, handlers: XmlHandlers): void {
  createXmlParser(handlers).write(xml).close();
}

/** The local name of a tag: "x:row" -> "row" (files written by some tools prefix the main namespace). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Decodes OOXML's escapes for characters XML cannot hold: "_x000B_" is U+000B (ECMA-376 §22.9.2.19); "_x005F_x000B_"
 * is the literal text "_x000B_".
 */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const decoder = new TextDecoder();

/** UTF-8 bytes as text (a BOM is dropped). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
