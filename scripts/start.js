// `npm start` / `npm stop`: sideload manifest.xml into desktop Excel with office-addin-debugging. That package is an
// optional dependency (its keytar dependency compiles native code, which fails on machines without a toolchain), so
// where it could not be installed this says in one sentence what to do instead.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const action = process.argv[2] === "stop" ? "stop" : "start";
let cli;
try {
  cli = path.join(path.dirname(require.resolve("office-addin-debugging/package.json")), "cli.js");
} catch {
  console.error(
    "npm start cần gói office-addin-debugging (chưa cài được trên máy này): hãy chạy `npm run dev-server` rồi nạp manifest.xml " +
      "bằng tay (Excel trên web: Trang đầu › Phần bổ trợ › Tải lên phần bổ trợ của tôi), hoặc dùng trang web dist/cchc-offline.html. " +
      "/ npm start needs office-addin-debugging, which could not be installed here: run `npm run dev-server` and upload " +
      "manifest.xml by hand (Excel on the web: Home › Add-ins › Upload My Add-in).",
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, action, "manifest.xml"], { stdio: "inherit", cwd: path.join(__dirname, "..") });
process.exit(result.status ?? 1);
