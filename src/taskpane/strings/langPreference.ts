import type { Lang } from "../../domain";

/** Where the pane remembers the language the user chose (per browser profile; the same in Excel and the web page). */
export const LANG_KEY = "cchc.lang";

/** The smallest part of Web Storage the preference needs. */
export type LangStorage = Pick<Storage, "getItem" | "setItem">;

/** The language the user chose last time, or undefined (never chosen, or storage unavailable). */
export function readStoredLang(storage: LangStorage | undefined = defaultStorage()): Lang | undefined {
  try {
    const stored = storage?.getItem(LANG_KEY);
    return stored === "vi" || stored === "en" ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's choice; a storage that refuses (private mode, blocked) only loses the memory. */
export function storeLang(lang: Lang, storage: LangStorage | undefined = defaultStorage()): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered; the pane still switches.
  }
}

function defaultStorage(): LangStorage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
