import { unzipSync, strFromU8 } from "fflate";
import { SaxesParser } from "saxes";

/** One element of a WordprocessingML part: its name (with prefix), attributes and children, and its text. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** The parts of a .docx, as text, by path ("word/document.xml"). */
export function unzipDocx(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Parses XML into a small element tree (saxes: a strict parser, so a malformed part fails the test). */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: "#root", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const node: XmlNode = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.write(xml).close();
  return root;
}

/** Every descendant named `name`, in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (current: XmlNode) => {
    for (const child of current.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((candidate) => candidate.name === name);
}

/** The text of a paragraph (or any element): its w:t runs joined. */
export function textOf(node: XmlNode): string {
  return findAll(node, "w:t").map((t) => t.text).join("");
}

/** How one paragraph prints: text, alignment and its first run's font, size (pt), bold and italic. */
export interface PrintedParagraph {
  text: string;
  align: string | undefined;
  font: string | undefined;
  size: number | undefined;
  bold: boolean;
  italic: boolean;
}

export function describeParagraph(p: XmlNode): PrintedParagraph {
  const run = findAll(p, "w:r").find((r) => child(r, "w:t") !== undefined);
  const props = run ? child(run, "w:rPr") : undefined;
  const flag = (name: string) => {
    const element = props ? child(props, name) : undefined;
    return element !== undefined && element.attributes["w:val"] !== "false" && element.attributes["w:val"] !== "0";
  };
  const size = props ? child(props, "w:sz")?.attributes["w:val"] : undefined;
  const pPr = child(p, "w:pPr");
  return {
    text: textOf(p),
    align: pPr ? child(pPr, "w:jc")?.attributes["w:val"] : undefined,
    font: props ? child(props, "w:rFonts")?.attributes["w:ascii"] : undefined,
    size: size === undefined ? undefined : Number(size) / 2,
    bold: flag("w:b"),
    italic: flag("w:i"),
  };
}
