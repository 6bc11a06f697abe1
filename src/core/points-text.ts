import { round2 } from './round2.js';

/** Points as shown, without float noise: 7.5 -> "7.5", 8 -> "8", 4/3 -> "1.33". */
export function pointsText(n: number): string {
  return String(round2(n));
}
