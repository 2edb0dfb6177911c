import type { Lang } from "../../domain";
import { webEn } from "./en";
import { webVi } from "./vi";

/** The shape of the web page's strings: exactly the keys of the Vietnamese module. */
export type WebStrings = typeof webVi;

/** The web page's texts in the given language. */
export function webStringsFor(lang: Lang): WebStrings {
  return lang === "en" ? webEn : webVi;
}
