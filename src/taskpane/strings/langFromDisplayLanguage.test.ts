import { en } from "./en";
import { langFromDisplayLanguage, stringsFor } from "./index";
import { vi } from "./vi";

test("Vietnamese for vi-*, and when Office gives no language; English for every other language", () => {
  expect(["vi-VN", "vi", "VI-vn", undefined, ""].map(langFromDisplayLanguage)).toEqual(["vi", "vi", "vi", "vi", "vi"]);
  expect(["en-US", "fr-FR", "zh-CN"].map(langFromDisplayLanguage)).toEqual(["en", "en", "en"]);
});

test("both languages have the same keys, nested ones included", () => {
  const keys = (value: object, prefix = ""): string[] =>
    Object.entries(value).flatMap(([key, v]) =>
      typeof v === "object" && v !== null ? keys(v, `${prefix}${key}.`) : [`${prefix}${key}`]);
  expect(keys(en).sort()).toEqual(keys(vi).sort());
  expect(stringsFor("en").check).toBe("Check");
  expect(stringsFor("vi").check).toBe("Kiểm tra");
});
