/** Rounds points to hundredths, as scores are shown and stored (0.1 + 0.2 -> 0.3). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
