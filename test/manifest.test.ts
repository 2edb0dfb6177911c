import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMAND_IDS } from "../src/commands/commandIds";
import { checkInfo, checkSchema, MANIFEST_PATH, REPO_ROOT } from "../scripts/validate-manifest";

const manifest = readFileSync(MANIFEST_PATH, "utf8");

/** Writes a changed copy of the manifest, for checks that must reject it. */
function brokenCopy(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  expect(changed).not.toBe(manifest);
  const file = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(file, changed);
  return file;
}

function stringResource(id: string): { value: string; vi?: string } {
  const match = new RegExp(`<bt:String id="${id.replace(".", "\\.")}" DefaultValue="([^"]*)">\\s*(?:<bt:Override Locale="vi-VN" Value="([^"]*)"/>)?`).exec(manifest);
  if (!match) throw new Error(`no string resource ${id}`);
  return { value: match[1], vi: match[2] };
}

describe("manifest.xml, validated offline", () => {
  it("validates against the Office add-in XSDs with xmllint", async () => {
    const result = await checkSchema();
    expect(result.output).toContain("validates");
    expect(result.ok).toBe(true);
  });

  it("is read by office-addin-manifest info", () => {
    const result = checkInfo();
    expect(result.output).toMatch(/Type: TaskPaneApp/);
    expect(result.output).toMatch(/Hosts: Workbook/);
    expect(result.output).toMatch(/Permissions: ReadWriteDocument/);
    expect(result.ok).toBe(true);
  });

  it("the schema check rejects a wrong Permissions value and a group without a Label, naming the line", async () => {
    const wrongPermission = await checkSchema(brokenCopy("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteEverything</Permissions>"));
    expect(wrongPermission.ok).toBe(false);
    expect(wrongPermission.output).toMatch(/Permissions/);
    const noLabel = await checkSchema(brokenCopy(/<Label resid="Group\.Label"\/>\s*/, ""));
    expect(noLabel.ok).toBe(false);
    expect(noLabel.output).toMatch(/manifest\.xml:\d+/);
  });
});

describe("manifest.xml, content", () => {
  it("declares the Workbook host, ReadWriteDocument and ExcelApi 1.7 as the minimum", () => {
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
  });

  it("has Vietnamese overrides for the display name, the description and every ribbon string", () => {
    expect(manifest).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="vi-VN" Value="[^"]+"\/>/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="vi-VN" Value="[^"]+"\/>/);
    const ids = [...manifest.matchAll(/<bt:String id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of ids) expect({ id, vi: stringResource(id).vi }).toEqual({ id, vi: expect.any(String) });
    expect(stringResource("CheckWorkbook.Label").vi).toBe("Kiểm tra");
    expect(stringResource("CreateRemediation.Label").vi).toBe("Tạo GIẢI PHÁP");
  });

  it("puts a CCHC group on the Home tab with the pane button and the two function commands", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Cchc.Group">/);
    expect(stringResource("Group.Label").value).toBe("CCHC");
    const functions = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions.sort()).toEqual(Object.values(COMMAND_IDS).sort());
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<bt:Url id="Commands.Url" DefaultValue="https:\/\/localhost:3000\/commands.html"\/>/);
  });

  it("defines every resource it references, and every icon file exists in assets/", () => {
    const defined = new Set([...manifest.matchAll(/ id="([^"]+)" DefaultValue=/g)].map((m) => m[1]));
    const referenced = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+\.png)/g)].map((m) => m[1]);
    expect(icons.length).toBeGreaterThanOrEqual(4);
    expect(icons.filter((icon) => !existsSync(join(REPO_ROOT, icon)))).toEqual([]);
  });
});
