/** The languages the product speaks. Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";

export const DEFAULT_LANG: Lang = "vi";

/**
 * The language to speak for a locale tag ("vi-VN", "en-US", Office's display language, a browser's language):
 * Vietnamese for Vietnamese and when the tag is unknown, English for any other. One rule for the task pane, the ribbon
 * commands, the Office host and the web page.
 */
export function langOfLocale(tag: string | null | undefined): Lang {
  if (!tag || tag.trim() === "") return DEFAULT_LANG;
  return tag.trim().toLowerCase().startsWith("vi") ? "vi" : "en";
}
