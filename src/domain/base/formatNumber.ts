import { round2 } from "./finding";

/**
 * A number as Vietnamese official text writes it: decimal comma, at most 2 decimals, no trailing zeros, no
 * thousands separator ("8,92", "0,5", "10", "-1,25"). Never shows float noise.
 */
export function formatNumber(value: number): string {
  const rounded = round2(value);
  const text = (Object.is(rounded, -0) ? 0 : rounded).toFixed(2).replace(/\.?0+$/, "");
  return text.replace(".", ",");
}

/** "8,92/10": a score over its maximum. */
export function formatScore(score: number, max: number): string {
  return `${formatNumber(score)}/${formatNumber(max)}`;
}
