import type { Download, Page } from "playwright-core";
import { webEn } from "../../src/web/strings/en";
import { webVi } from "../../src/web/strings/vi";

/** How the web page test drives the page: as a user would, through the file chooser and the buttons' names. */

/** Picks `file` through the page's own file chooser (the "Chọn tệp" button opens it). */
export async function pickFile(page: Page, file: string, strings = webVi): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: strings.pickFile }).click();
  await (await chooser).setFiles(file);
}

/** Clicks "Tải về" and waits for the browser's download. */
export async function downloadCopy(page: Page, name: string, strings = webVi): Promise<Download> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: strings.downloadName(name) }).click();
  return download;
}

/** Every request the page makes from now on (URL), for the "nothing leaves the computer" check. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** True when the page can be scrolled sideways (something is wider than the screen). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export { webEn, webVi };
