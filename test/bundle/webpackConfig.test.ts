import { join } from "node:path";
import type { Configuration } from "webpack";

/** The build's choice of office.js: Microsoft's CDN by default, the package's copy with OFFICE_JS=bundled. */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfigs = require(join(__dirname, "..", "..", "webpack.config.js")) as (env: object, argv: object) => Promise<Configuration[]>;

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface PluginLike {
  constructor: { name: string };
  userOptions?: { filename?: string; templateParameters?: { officeJs?: string } };
  patterns?: { from: string; to: string }[];
}

async function describeBuild(env: object) {
  // The add-in's compilation (the web page, built apart, loads no office.js).
  const config = (await makeConfigs(env, { mode: "production" })).find((c) => c.name === "addin")!;
  const plugins = (config.plugins ?? []) as unknown as PluginLike[];
  const pages = plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin");
  const copied = plugins.find((p) => p.constructor.name === "CopyPlugin")?.patterns ?? [];
  return {
    officeJs: [...new Set(pages.map((p) => p.userOptions?.templateParameters?.officeJs))],
    copiesOffice: copied.some((p) => p.from.includes("@microsoft/office-js")),
    target: config.target,
  };
}

describe("webpack.config.js: where office.js comes from", () => {
  const saved = process.env.OFFICE_JS;
  afterEach(() => {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  });

  it("loads office.js from Microsoft's CDN by default and copies no office.js", async () => {
    delete process.env.OFFICE_JS;
    expect(await describeBuild({})).toEqual({ officeJs: [CDN], copiesOffice: false, target: ["web", "es2020"] });
  });

  it("with OFFICE_JS=bundled copies office.js into office/ and every page loads it from there", async () => {
    process.env.OFFICE_JS = "bundled";
    expect(await describeBuild({})).toEqual({ officeJs: ["office/office.js"], copiesOffice: true, target: ["web", "es2020"] });
    delete process.env.OFFICE_JS;
    expect((await describeBuild({ OFFICE_JS: "bundled" })).officeJs).toEqual(["office/office.js"]);
  });
});
