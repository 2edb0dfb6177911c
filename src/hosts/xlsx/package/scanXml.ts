/**
 * A small streaming XML scanner for worksheet parts, several times faster than a general SAX parser on the
 * regular XML a sheet holds (hundreds of thousands of `<c r="B12" s="3"><v>1.5</v></c>`). It reports element
 * names without their prefix, gives attributes on request, decodes entities in text and attribute values, and skips
 * comments, processing instructions and declarations; CDATA is reported as text. It checks no well-formedness beyond
 * what it needs: a part it cannot read ends in an error, never in a wrong value.
 */
export interface ScanHandlers {
  /** An element starts; `attribute(name)` reads one of its attributes (undefined when absent). */
  open(name: string, attribute: (name: string) => string | undefined): void;
  close(name: string): void;
  /** Text inside the current element; only asked for when `wantsText()` is true. */
  text(text: string): void;
  wantsText(): boolean;
}

export class XmlScanner {
  private carry = "";
  /** Open elements, to catch a part that closes what it did not open. */
  private readonly open: string[] = [];
  /** The tag being reported: its text and where its attributes lie in it (read only while `open` runs). */
  private tagText = "";
  private tagFrom = 0;
  private tagTo = 0;
  /** One reader for every tag: a closure per tag was the scanner's largest source of garbage. */
  private readonly attribute = (name: string): string | undefined => readAttribute(this.tagText, this.tagFrom, this.tagTo, name);

  constructor(private readonly handlers: ScanHandlers) {}

  /** Scans `chunk` (text continuing the previous chunks); a tag cut at the chunk's end waits for the next one. */
  write(chunk: string): void {
    const text = this.carry + chunk;
    // Text never holds a raw "<": everything before the last one is complete, except a comment or CDATA section
    // still open, where scanning stops (and goes on past `stop` when one closes after it).
    const stop = text.lastIndexOf("<");
    const reached = stop < 0 ? 0 : this.scan(text, stop, false);
    this.carry = text.slice(reached);
  }

  /** The end of the part: everything left must be complete. */
  close(): void {
    const rest = this.carry;
    this.carry = "";
    if (rest.trim() !== "") this.scan(rest, rest.length, true);
    if (this.open.length > 0) throw new Error(`XML ends inside <${this.open[this.open.length - 1]}>`);
  }

  /** Scans `s` up to `end`; returns where it stopped (past `end` after a comment or CDATA section). */
  private scan(s: string, end: number, final: boolean): number {
    const h = this.handlers;
    let i = 0;
    while (i < end) {
      const lt = s.indexOf("<", i);
      if (lt < 0 || lt >= end) {
        if (h.wantsText()) h.text(decodeEntities(s.slice(i, end)));
        return end;
      }
      if (lt > i && h.wantsText()) h.text(decodeEntities(s.slice(i, lt)));
      const next = s.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        const gt = s.indexOf(">", lt);
        if (gt < 0) throw new Error("unterminated closing tag");
        const name = closingName(s, lt + 2, gt);
        if (this.open.pop() !== name) throw new Error(`</${name}> closes an element it did not open`);
        h.close(name);
        i = gt + 1;
      } else if (next === 33 /* ! */) {
        const after = this.special(s, lt, final);
        if (after < 0) return lt;
        i = after;
      } else if (next === 63 /* ? */) {
        const gt = s.indexOf("?>", lt);
        if (gt < 0) throw new Error("unterminated processing instruction");
        i = gt + 2;
      } else {
        const gt = s.indexOf(">", lt);
        if (gt < 0) throw new Error("unterminated tag");
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const tagEnd = selfClosing ? gt - 1 : gt;
        const nameEnd = nameEndAt(s, lt + 1, tagEnd);
        if (nameEnd === lt + 1) throw new Error("a tag without a name");
        const name = nameAt(s, lt + 1, nameEnd);
        this.tagText = s;
        this.tagFrom = nameEnd;
        this.tagTo = tagEnd;
        h.open(name, this.attribute);
        if (selfClosing) h.close(name);
        else this.open.push(name);
        i = gt + 1;
      }
    }
    return i;
  }

  /**
   * A comment, CDATA section or declaration starting at `lt`; returns where scanning goes on, or -1 when it is not
   * closed yet and more text may come.
   */
  private special(s: string, lt: number, final: boolean): number {
    if (s.startsWith("<!--", lt)) {
      const close = s.indexOf("-->", lt + 4);
      if (close < 0 && !final) return -1;
      if (close < 0) throw new Error("unterminated comment");
      return close + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const close = s.indexOf("]]>", lt + 9);
      if (close < 0 && !final) return -1;
      if (close < 0) throw new Error("unterminated CDATA");
      if (this.handlers.wantsText()) this.handlers.text(s.slice(lt + 9, close));
      return close + 3;
    }
    const gt = s.indexOf(">", lt);
    if (gt < 0) throw new Error("unterminated declaration");
    return gt + 1;
  }
}

function nameEndAt(s: string, from: number, to: number): number {
  let n = from;
  while (n < to) {
    const c = s.charCodeAt(n);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
    n++;
  }
  return n;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The local name of the element named in `s` from `from` to `to`. The names a sheet repeats hundreds of thousands of
 * times come back as constants, not as new strings.
 */
function nameAt(s: string, from: number, to: number): string {
  for (let at = from; at < to; at++) {
    if (s.charCodeAt(at) === 58 /* : */) {
      from = at + 1;
      break;
    }
  }
  const first = s.charCodeAt(from);
  switch (to - from) {
    case 1:
      if (first === 99) return "c";
      if (first === 118) return "v";
      if (first === 102) return "f";
      if (first === 116) return "t";
      break;
    case 2:
      if (first === 105 && s.charCodeAt(from + 1) === 115) return "is";
      break;
    case 3:
      if (first === 114 && s.charCodeAt(from + 1) === 111 && s.charCodeAt(from + 2) === 119) return "row";
      break;
  }
  return s.slice(from, to);
}

/** The name in a closing tag `</name>` whose name starts at `from` and whose ">" is at `gt`. */
function closingName(s: string, from: number, gt: number): string {
  if (gt > from && s.charCodeAt(from) > 32 && s.charCodeAt(gt - 1) > 32) return nameAt(s, from, gt);
  return localName(s.slice(from, gt).trim());
}

const NEEDLES = new Map<string, string>();

/**
 * The value of attribute `name` (matched without a prefix too: "r:id" answers "id") in a tag's attribute text, `s`
 * from `from` to `to`. The common form ` name="…"` is found directly; anything else is read attribute by attribute.
 */
function readAttribute(s: string, from: number, to: number, name: string): string | undefined {
  let needle = NEEDLES.get(name);
  if (needle === undefined) NEEDLES.set(name, (needle = ` ${name}="`));
  // Searched within the tag only (indexOf would run on through the rest of the chunk when the tag lacks it).
  const last = to - needle.length;
  for (let at = from; at <= last; at++) {
    if (s.charCodeAt(at) !== 32 || !s.startsWith(needle, at)) continue;
    const start = at + needle.length;
    const close = s.indexOf('"', start);
    if (close >= 0 && close < to) return decodeEntities(s.slice(start, close));
    break;
  }
  // Most tags are written plainly (` a="…" b="…"`): there, not found above means absent, without reading it again.
  return isPlain(s, from, to) ? undefined : readAttributeSlowly(s.slice(from, to), name);
}

/**
 * Whether a tag's attribute text is only ` name="value"` pairs, each after one or more spaces, names without a
 * prefix: then an attribute present is always found by the direct search.
 */
function isPlain(s: string, from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    if (s.charCodeAt(at) !== 32) return false;
    while (at < to && s.charCodeAt(at) === 32) at++;
    if (at === to) return true;
    const start = at;
    for (let c = s.charCodeAt(at); at < to && c !== 61 && c !== 32 && c !== 58 && c !== 9 && c !== 10 && c !== 13 && c !== 34 && c !== 39; c = s.charCodeAt(++at));
    if (at === start || at >= to || s.charCodeAt(at) !== 61 || s.charCodeAt(at + 1) !== 34) return false;
    const close = s.indexOf('"', at + 2);
    if (close < 0 || close >= to) return false;
    at = close + 1;
  }
  return true;
}

function readAttributeSlowly(tag: string, name: string): string | undefined {
  let at = 0;
  while (at < tag.length) {
    const eq = tag.indexOf("=", at);
    if (eq < 0) return undefined;
    const key = tag.slice(at, eq).trim();
    let q = eq + 1;
    while (q < tag.length && /\s/.test(tag[q])) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") throw new Error("attribute value without quotes");
    const close = tag.indexOf(quote, q + 1);
    if (close < 0) throw new Error("unterminated attribute value");
    if (key === name || localName(key) === name) return decodeEntities(tag.slice(q + 1, close));
    at = close + 1;
  }
  return undefined;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five named entities and character references. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref];
    return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}
