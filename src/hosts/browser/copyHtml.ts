/**
 * Puts formatted HTML (with a plain-text twin) on the clipboard, so that pasting into Word gives a formatted table.
 * First the async Clipboard API (`navigator.clipboard.write` with text/html); where a permissions policy blocks it —
 * Office on the web runs add-ins in an iframe that may not delegate clipboard-write (office-js issues 1991, 3480) —
 * the older copy command with the data set in the copy event, which needs only the user's click. Returns whether one
 * of them reported success.
 */
export async function copyHtml(html: string, text: string, win: Window = window): Promise<boolean> {
  const clipboard = win.navigator.clipboard;
  const Item = (win as Window & { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (clipboard?.write && Item) {
    try {
      const item = new Item({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await clipboard.write([item]);
      return true;
    } catch {
      // Blocked or unsupported: fall through to the copy command.
    }
  }
  return copyWithCommand(html, text, win.document);
}

function copyWithCommand(html: string, text: string, doc: Document): boolean {
  let copied = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", text);
    event.preventDefault();
    copied = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    // execCommand is deprecated but still the one copy path no permissions policy blocks.
    const ran = typeof doc.execCommand === "function" && doc.execCommand("copy");
    return ran && copied;
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
}
