import { langOfLocale, type Lang } from "../../domain";
import { en } from "./en";
import { vi } from "./vi";

/** The shape of a strings module: exactly the keys of the Vietnamese one. */
export type Strings = typeof vi;

/** The task pane's texts in the given language. */
export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : vi;
}

/**
 * Vietnamese when Office's display language is Vietnamese ("vi-VN"), English for any other; Vietnamese when Office
 * gives none (the pane opened outside Office).
 */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  return langOfLocale(displayLanguage);
}
