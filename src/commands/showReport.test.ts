import type { CommandReport } from "./commandReport";
import { MAX_URL_LENGTH, readReport, reportUrl } from "./reportUrl";
import { showReport, type DialogUi } from "./showReport";

const PAGE = "https://localhost:3000/resultDialog.html";

const report: CommandReport = {
  lang: "vi",
  tone: "warning",
  title: "Kiểm tra bảng điểm",
  lines: ["Tổng điểm: 93,13/100 điểm — chỉ số 93,13%", "'Bảng điểm 2020'!E12: điểm vượt quá điểm tối đa"],
  hint: "Bấm “Mở CCHC” để xem chi tiết.",
};

/** A fake Office.context.ui whose dialog records close() and lets the test fire its events. */
function fakeUi(opens: boolean) {
  const handlers: Record<string, () => void> = {};
  const dialog = { close: jest.fn(), addEventHandler: (type: string, handler: () => void) => void (handlers[type] = handler) };
  const calls: Array<{ url: string; options: Office.DialogOptions }> = [];
  const ui = {
    displayDialogAsync: (url: string, options: Office.DialogOptions, callback: (r: unknown) => void) => {
      calls.push({ url, options });
      callback(opens ? { status: "succeeded", value: dialog } : { status: "failed", error: { code: 12007 } });
    },
  } as unknown as DialogUi;
  return { ui, dialog, handlers, calls };
}

describe("the report's trip to the result dialog", () => {
  it("carries Vietnamese text intact in the URL fragment", () => {
    const url = reportUrl(PAGE, report);
    expect(url.startsWith(`${PAGE}#`)).toBe(true);
    expect(url).not.toMatch(/[^A-Za-z0-9:/.#_-]/);
    expect(readReport(new URL(url).hash)).toEqual(report);
  });

  it("drops the last lines of a long report to stay under the URL limit, keeping title and hint", () => {
    const long = { ...report, lines: Array.from({ length: 40 }, (_, i) => `Tiêu chí ${i}: điểm thẩm định vượt quá điểm tối đa`) };
    const url = reportUrl(PAGE, long);
    expect(url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    const back = readReport(new URL(url).hash);
    expect(back?.title).toBe(long.title);
    expect(back?.hint).toBe(long.hint);
    expect(back?.lines[0]).toBe(long.lines[0]);
    expect(back?.lines.at(-1)).toBe("…");
  });

  it("reads a damaged fragment as no report", () => {
    expect(readReport("#not-base64!")).toBeNull();
    expect(readReport("")).toBeNull();
  });
});

describe("showReport", () => {
  it("opens the dialog in an iframe and resolves when the page says Close, closing the dialog", async () => {
    const { ui, dialog, handlers, calls } = fakeUi(true);
    const shown = showReport(report, ui, PAGE);
    expect(calls[0].options.displayInIframe).toBe(true);
    expect(readReport(new URL(calls[0].url).hash)?.title).toBe(report.title);
    handlers.dialogMessageReceived();
    await shown;
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  it("resolves when the user closes the dialog with its X", async () => {
    const { ui, handlers } = fakeUi(true);
    const shown = showReport(report, ui, PAGE);
    handlers.dialogEventReceived();
    await expect(shown).resolves.toBeUndefined();
  });

  it("resolves at once when the dialog cannot open", async () => {
    const { ui } = fakeUi(false);
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(showReport(report, ui, PAGE)).resolves.toBeUndefined();
  });
});
