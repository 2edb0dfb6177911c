import { copyHtml } from "./copyHtml";
import { DOCX_MIME, saveBytes } from "./saveBytes";

// jsdom has neither Blob URLs nor the copy command; stand-ins record what the helpers ask the browser for.
describe("saveBytes", () => {
  it("clicks a hidden <a download> pointing at a Blob URL of the bytes, then removes the link", () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:x"), revokeObjectURL: () => undefined });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    saveBytes("ke-hoach.docx", new Uint8Array([80, 75, 3, 4]), DOCX_MIME);
    expect(clicked.map((a) => [a.download, a.getAttribute("href")])).toEqual([["ke-hoach.docx", "blob:x"]]);
    expect([blobs[0].size, blobs[0].type]).toEqual([4, DOCX_MIME]);
    expect(document.querySelector("a[download]")).toBeNull();
  });
});

describe("copyHtml", () => {
  function withCopyCommand(): Array<Record<string, string>> {
    const copied: Array<Record<string, string>> = [];
    Object.assign(document, {
      execCommand: (command: string) => {
        const data: Record<string, string> = {};
        const event = new Event("copy", { cancelable: true }) as ClipboardEvent;
        Object.defineProperty(event, "clipboardData", { value: { setData: (type: string, value: string) => (data[type] = value) } });
        document.dispatchEvent(event);
        if (command === "copy") copied.push(data);
        return true;
      },
    });
    return copied;
  }

  it("falls back to the copy command with HTML and text when the Clipboard API is blocked", async () => {
    Object.defineProperty(window.navigator, "clipboard", {
      configurable: true,
      value: { write: () => Promise.reject(new DOMException("blocked by permissions policy")) },
    });
    Object.assign(window, { ClipboardItem: class {} });
    const copied = withCopyCommand();
    expect(await copyHtml("<table><tr><td>1</td></tr></table>", "1")).toBe(true);
    expect(copied).toEqual([{ "text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "1" }]);
  });

  it("says so when nothing could copy", async () => {
    Object.defineProperty(window.navigator, "clipboard", { configurable: true, value: undefined });
    Object.assign(document, { execCommand: () => false });
    expect(await copyHtml("<b>x</b>", "x")).toBe(false);
  });
});
