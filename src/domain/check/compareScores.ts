import { TOLERANCE } from "../base/finding";

/*
 * A hair above TOLERANCE so that a difference of exactly 0,005 written in two-decimal data (1,005 − 1 is
 * 0.00499999… or 0.00500000…1 in binary) never flips on float noise.
 */
const SLACK = TOLERANCE + 1e-9;

/** True when two scores differ by more than the tolerance (0,005): 0.1 + 0.2 and 0.3 do not differ. */
export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > SLACK;
}

/** True when `a` is below `b` by more than the tolerance (a deduction: score < max). */
export function isBelow(a: number, b: number): boolean {
  return b - a > SLACK;
}
