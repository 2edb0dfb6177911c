import { XmlScanner } from "./scanXml";

/** Everything a scanner reports, as lines, for XML fed in the given pieces. */
function events(pieces: string[], textIn = new Set(["v", "t"])): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  const scanner = new XmlScanner({
    open(name, attribute) {
      stack.push(name);
      out.push(`open ${name} r=${attribute("r") ?? "-"} t=${attribute("t") ?? "-"} id=${attribute("id") ?? "-"}`);
    },
    close(name) {
      stack.pop();
      out.push(`close ${name}`);
    },
    text(text) {
      out.push(`text ${text}`);
    },
    wantsText: () => textIn.has(stack[stack.length - 1]),
  });
  pieces.forEach((piece) => scanner.write(piece));
  scanner.close();
  // Text may arrive in several calls; join neighbours so splits do not matter.
  return out.reduce<string[]>((all, line) => {
    const last = all[all.length - 1];
    if (line.startsWith("text ") && last?.startsWith("text ")) all[all.length - 1] = last + line.slice(5);
    else all.push(line);
    return all;
  }, []);
}

const XML =
  '<?xml version="1.0"?>\n<x:worksheet xmlns:x="m" xmlns:r="rel"><!-- a < b --><x:sheetData>' +
  '<x:row r="1"><x:c r="A1" t="s"><x:v>7</x:v></x:c><x:c\n r=\'B1\'\tt="inlineStr"><x:is><x:t>a &amp; b &lt;c&gt; &#x1EA1;&#39;</x:t></x:is></x:c>' +
  '<x:c r="C1"><x:v><![CDATA[1<2]]></x:v></x:c><x:c r="D1"/></x:row></x:sheetData><x:drawing r:id="rId9"/></x:worksheet>';

describe("XmlScanner", () => {
  const whole = events([XML]);

  it("reports names without prefixes, attributes in either quotes or after line breaks, entities and CDATA decoded", () => {
    expect(whole).toContain("open c r=A1 t=s id=-");
    expect(whole).toContain("open c r=B1 t=inlineStr id=-");
    expect(whole).toContain("text a & b <c> ạ'");
    expect(whole).toContain("text 1<2");
    expect(whole).toContain("open drawing r=- t=- id=rId9");
    expect(whole.filter((line) => line === "close c")).toHaveLength(4);
  });

  it("reports the same whatever the chunk boundaries", () => {
    for (let cut = 1; cut < XML.length; cut++) expect(events([XML.slice(0, cut), XML.slice(cut)])).toEqual(whole);
  });

  it("finds attributes however they are written, and answers absent ones as absent", () => {
    const seen = events(['<a><c r="A1"t="s"/><c r="A2" s="1"/><c  r = "A3"/><c x:t="b" r="A4"/><c r="A5" t=\'e\'/></a>']);
    expect(seen).toContain("open c r=A1 t=s id=-");
    expect(seen).toContain("open c r=A2 t=- id=-");
    expect(seen).toContain("open c r=A3 t=- id=-");
    expect(seen).toContain("open c r=A4 t=b id=-");
    expect(seen).toContain("open c r=A5 t=e id=-");
  });

  it("refuses XML that closes what it did not open, or ends inside an element", () => {
    expect(() => events(["<a><b></a>"])).toThrow();
    expect(() => events(["<a><b>"])).toThrow();
    expect(() => events(["<a><b"])).toThrow();
  });
});
