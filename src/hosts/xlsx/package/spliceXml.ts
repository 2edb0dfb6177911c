/**
 * Small, careful edits of an XML part as text, so everything not edited stays as it was written (attribute order,
 * namespaces, whitespace, elements this tool knows nothing about). Only elements whose position the schema fixes are
 * looked for, by their qualified name.
 */

/** "x:" when the part's root element is written `<x:worksheet …>`, else "". */
export function rootPrefix(xml: string, rootName: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${rootName}[\\s>/]`).exec(xml);
  return match?.[1] ?? "";
}

export interface ElementSpan {
  /** Index of "<". */
  start: number;
  /** Index just after the opening tag's ">". */
  openEnd: number;
  /** Index of the closing tag's "<" (= openEnd for a self-closing element). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  selfClosing: boolean;
}

/** The first element named `qname` at or after `from`, or null. Not for elements that nest inside themselves. */
export function findElement(xml: string, qname: string, from = 0): ElementSpan | null {
  const open = new RegExp(`<${escapeRegExp(qname)}(?=[\\s>/])`, "g");
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return null;
  const start = match.index;
  const openEnd = xml.indexOf(">", start) + 1;
  if (xml[openEnd - 2] === "/") return { start, openEnd, closeStart: openEnd, end: openEnd, selfClosing: true };
  const closeStart = xml.indexOf(`</${qname}>`, openEnd);
  if (closeStart < 0) throw new Error(`<${qname}> is not closed`);
  return { start, openEnd, closeStart, end: closeStart + qname.length + 3, selfClosing: false };
}

/** How many `qname` elements start between `from` and `to`. */
export function countElements(xml: string, qname: string, from: number, to: number): number {
  const pattern = new RegExp(`<${escapeRegExp(qname)}(?=[\\s>/])`, "g");
  pattern.lastIndex = from;
  let count = 0;
  for (let match = pattern.exec(xml); match && match.index < to; match = pattern.exec(xml)) count++;
  return count;
}

/**
 * Appends `children` (XML of `count` elements named `childName`) inside the list element `qname`, creating the list
 * when missing (right after the first of `after` found, in that order, else after the root's opening tag), and sets
 * its count attribute. Returns the new XML and the index the first appended child has in the list.
 */
export function appendToList(
  xml: string,
  qname: string,
  childName: string,
  children: string,
  count: number,
  after: readonly string[],
  root: string,
): { xml: string; first: number } {
  let span = findElement(xml, qname);
  if (!span) {
    const at = insertionPoint(xml, after, root);
    xml = `${xml.slice(0, at)}<${qname} count="0"></${qname}>${xml.slice(at)}`;
    span = findElement(xml, qname, at)!;
  }
  const first = span.selfClosing ? 0 : countElements(xml, childName, span.openEnd, span.closeStart);
  const openTag = setCount(xml.slice(span.start, span.openEnd), first + count);
  const body = span.selfClosing ? "" : xml.slice(span.openEnd, span.closeStart);
  const element = `${openTag.replace(/\/>$/, ">")}${body}${children}</${qname}>`;
  return { xml: xml.slice(0, span.start) + element + xml.slice(span.end), first };
}

/** After the last of `after` that exists (they are listed last-first), else right after the root's opening tag. */
export function insertionPoint(xml: string, after: readonly string[], root: string): number {
  for (const name of after) {
    const span = lastElement(xml, name);
    if (span) return span.end;
  }
  const rootSpan = findElement(xml, root);
  if (!rootSpan) throw new Error(`no <${root}> element`);
  return rootSpan.openEnd;
}

/** The last element named `qname`, or null. */
export function lastElement(xml: string, qname: string, from = 0): ElementSpan | null {
  let last: ElementSpan | null = null;
  for (let span = findElement(xml, qname, from); span; span = findElement(xml, qname, span.end)) last = span;
  return last;
}

function setCount(openTag: string, count: number): string {
  if (/\scount="\d*"/.test(openTag)) return openTag.replace(/\scount="\d*"/, ` count="${count}"`);
  return openTag.replace(/(\/?>)$/, ` count="${count}"$1`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Text and attribute values escaped for XML. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}
