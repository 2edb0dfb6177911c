// Finds a Chromium-family browser for the real-browser tests (CommonJS, so both `npm test`'s setup step and the
// TypeScript tests use it). Order: $CHROMIUM_PATH, Debian/Ubuntu's chromium, then an installed Chrome or Edge
// (playwright-core launches those by `channel`).
const { existsSync } = require("node:fs");

const LINUX_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/microsoft-edge"];

/** `{ executablePath }` or `{ channel }` to pass to playwright-core's `chromium.launch`, or null when none is known. */
function findBrowser() {
  if (process.env.CHROMIUM_PATH) return { executablePath: process.env.CHROMIUM_PATH };
  if (process.platform === "linux") {
    const path = LINUX_PATHS.find((candidate) => existsSync(candidate));
    return path ? { executablePath: path } : null;
  }
  // Windows and macOS: Chrome or Edge at their standard places, found by playwright-core itself.
  return { channel: process.platform === "win32" ? "msedge" : "chrome" };
}

const HOW_TO_GET_ONE =
  "No Chromium, Chrome or Edge found for the browser tests. Install one (Debian/Ubuntu: `apt-get install -y chromium`; " +
  "Windows/macOS: Google Chrome or Microsoft Edge), or point CHROMIUM_PATH at a Chromium-family browser.";

module.exports = { findBrowser, HOW_TO_GET_ONE, LINUX_PATHS };
