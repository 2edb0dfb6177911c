/** The languages the product speaks. Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";

export const DEFAULT_LANG: Lang = "vi";
