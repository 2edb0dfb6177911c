import type { CommandReport } from "./commandReport";
import { completeCommand } from "./runCommand";
import { MAX_URL_LENGTH, parseReport, readReportFromQuery, reportUrl } from "./reportUrl";
import { DIALOG_CLOSE, DIALOG_READY, showReport, type DialogUi } from "./showReport";

const PAGE = "https://localhost:3000/resultDialog.html";

const report: CommandReport = {
  lang: "vi",
  tone: "warning",
  title: "Kiểm tra bảng điểm",
  lines: ["Tổng điểm: 93,13/100 điểm — chỉ số 93,13%", "'Bảng điểm 2020'!E12: điểm vượt quá điểm tối đa"],
  hint: "Bấm “Mở CCHC” để xem chi tiết.",
};

/** A fake Office.context.ui whose dialog records close() and messageChild(), and lets the test fire its events. */
function fakeUi(opens: boolean) {
  const handlers: Record<string, (arg: unknown) => void> = {};
  const dialog = {
    close: jest.fn(),
    messageChild: jest.fn(),
    addEventHandler: (type: string, handler: (arg: unknown) => void) => void (handlers[type] = handler),
  };
  const calls: Array<{ url: string; options: Office.DialogOptions }> = [];
  const ui = {
    displayDialogAsync: (url: string, options: Office.DialogOptions, callback: (r: unknown) => void) => {
      calls.push({ url, options });
      callback(opens ? { status: "succeeded", value: dialog } : { status: "failed", error: { code: 12007 } });
    },
  } as unknown as DialogUi;
  const send = (message: string) => handlers.dialogMessageReceived({ message });
  return { ui, dialog, handlers, calls, send };
}

describe("the report's trip to the result dialog without messageChild (query string)", () => {
  it("carries Vietnamese text intact in the query string, with no fragment", () => {
    const url = reportUrl(PAGE, report);
    expect(url.startsWith(`${PAGE}?report=`)).toBe(true);
    expect(url).not.toContain("#");
    expect(url).not.toMatch(/[^A-Za-z0-9:/.?=_-]/);
    expect(readReportFromQuery(new URL(url).search)).toEqual(report);
  });

  it("still reads the report when something is appended to the URL (a fragment, another parameter)", () => {
    const url = reportUrl(PAGE, report);
    expect(readReportFromQuery(new URL(`${url}&_host_Info=Excel$Win32#/anything`).search)).toEqual(report);
  });

  it("drops the last lines of a long report to stay under the URL limit, keeping title and hint", () => {
    const long = { ...report, lines: Array.from({ length: 40 }, (_, i) => `Tiêu chí ${i}: điểm thẩm định vượt quá điểm tối đa`) };
    const url = reportUrl(PAGE, long);
    expect(url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
    const back = readReportFromQuery(new URL(url).search);
    expect(back?.title).toBe(long.title);
    expect(back?.hint).toBe(long.hint);
    expect(back?.lines[0]).toBe(long.lines[0]);
    expect(back?.lines.at(-1)).toBe("…");
  });

  it("reads a damaged or missing report as none", () => {
    expect(readReportFromQuery("?report=not-base64!")).toBeNull();
    expect(readReportFromQuery("")).toBeNull();
    expect(parseReport("{oops")).toBeNull();
  });
});

describe("showReport", () => {
  it("with DialogApi 1.2 opens the bare page, sends the report by messageChild once the page is ready, and resolves then", async () => {
    const { ui, dialog, calls, send } = fakeUi(true);
    let settled = false;
    const shown = showReport(report, ui, PAGE, { messageChild: true }).then(() => (settled = true));
    expect(calls[0].url).toBe(PAGE);
    expect(calls[0].options.displayInIframe).toBe(true);
    await Promise.resolve();
    expect(settled).toBe(false);
    send(DIALOG_READY);
    await shown;
    expect(dialog.messageChild).toHaveBeenCalledTimes(1);
    expect(parseReport(dialog.messageChild.mock.calls[0][0])).toEqual(report);
    expect(dialog.close).not.toHaveBeenCalled();
    send(DIALOG_CLOSE);
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  it("without DialogApi 1.2 puts the report in the query string and resolves once the dialog opened", async () => {
    const { ui, calls, dialog } = fakeUi(true);
    await showReport(report, ui, PAGE, { messageChild: false });
    expect(readReportFromQuery(new URL(calls[0].url).search)).toEqual(report);
    expect(dialog.messageChild).not.toHaveBeenCalled();
  });

  it("gives up waiting for a page that never says ready", async () => {
    const { ui } = fakeUi(true);
    await expect(showReport(report, ui, PAGE, { messageChild: true, readyTimeoutMs: 5 })).resolves.toBeUndefined();
  });

  it("resolves at once when the dialog cannot open", async () => {
    const { ui } = fakeUi(false);
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(showReport(report, ui, PAGE, { messageChild: true })).resolves.toBeUndefined();
  });

  it("the command completes while the dialog is still open (the user has not closed it)", async () => {
    const { ui, dialog, send } = fakeUi(true);
    const event = { completed: jest.fn() };
    const done = completeCommand(event, async () => report, (r) => showReport(r, ui, PAGE, { messageChild: true }), "vi");
    await Promise.resolve();
    send(DIALOG_READY);
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(dialog.close).not.toHaveBeenCalled();
  });
});
