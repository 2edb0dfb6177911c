// Setup step of `npm test` (pretest): the browser tests need a Chromium-family browser. On Debian/Ubuntu, run as
// root with none installed, this installs Debian's `chromium` (the package registry is reachable where npm is);
// elsewhere it only says what is missing and the browser tests then fail with the same sentence. Never a silent skip.
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { findBrowser, HOW_TO_GET_ONE } = require("./findBrowser");

function canInstallWithApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return process.platform === "linux" && isRoot && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");
}

function installChromium() {
  console.log("cchc tests: no browser found; installing Debian's chromium (apt-get, about a minute)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: ["ignore", "ignore", "inherit"], env });
}

if (!findBrowser()) {
  if (canInstallWithApt()) {
    try {
      installChromium();
    } catch (error) {
      console.error(`cchc tests: installing chromium failed (${error.message}). ${HOW_TO_GET_ONE}`);
    }
  } else {
    console.error(`cchc tests: ${HOW_TO_GET_ONE}`);
  }
}
