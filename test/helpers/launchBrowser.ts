import { chromium, type Browser } from "playwright-core";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findBrowser, HOW_TO_GET_ONE } = require("../../scripts/findBrowser") as {
  findBrowser(): { executablePath: string } | { channel: string } | null;
  HOW_TO_GET_ONE: string;
};

/** Flags for a headless Chromium on a shared machine with no internet: nothing that phones home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches the browser that `npm test`'s setup step found or installed (scripts/findBrowser.js). Fails, never skips,
 * with a sentence saying how to get one when there is none.
 */
export async function launchBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found) throw new Error(HOW_TO_GET_ONE);
  try {
    return await chromium.launch({ ...found, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(`${HOW_TO_GET_ONE} (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
}
