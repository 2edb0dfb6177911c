import { round2 } from "./finding";
import { DEFAULT_LANG, type Lang } from "./lang";

/**
 * A number as a report in `lang` writes it, at most 2 decimals, no trailing zeros, no thousands separator, never
 * float noise. Vietnamese (the default, and official documents): decimal comma ("8,92", "0,5", "10", "-1,25");
 * English: decimal point ("8.92"). The one place that decides the decimal mark by language.
 */
export function formatNumber(value: number, lang: Lang = DEFAULT_LANG): string {
  const rounded = round2(value);
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(2).replace(/\.?0+$/, "");
  return lang === "en" ? text : text.replace(".", ",");
}

/** "8,92/10" (English "8.92/10"): a score over its maximum. */
export function formatScore(score: number, max: number, lang: Lang = DEFAULT_LANG): string {
  return `${formatNumber(score, lang)}/${formatNumber(max, lang)}`;
}
