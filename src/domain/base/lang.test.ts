import { langOfLocale } from "./lang";

describe("langOfLocale", () => {
  it.each<[string | undefined | null, string]>([
    ["vi-VN", "vi"],
    ["VI", "vi"],
    [undefined, "vi"],
    [null, "vi"],
    ["", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
  ])("%p speaks %p", (tag, lang) => {
    expect(langOfLocale(tag)).toBe(lang);
  });
});
