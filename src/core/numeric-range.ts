// The answers a numeric question accepts, as one closed range: the tolerance lies on both sides of the
// answer, or on one side for a hedged figure ("just under 90" accepts 85 to 90, never 95).
import type { NumericQuestion } from './types.js';

/** acceptedRange({answer: 90, tolerance: 5, toleranceSide: 'below'}) -> {lo: 85, hi: 90}. */
export function acceptedRange(q: Pick<NumericQuestion, 'answer' | 'tolerance' | 'toleranceSide'>): {
  lo: number;
  hi: number;
} {
  // Rounded: 0.7 + 0.1 would be 0.7999999999999999, and an LMS reading a bound literally would refuse 0.8.
  const tidy = (x: number) => Number(x.toPrecision(12));
  return {
    lo: tidy(q.toleranceSide === 'above' ? q.answer : q.answer - q.tolerance),
    hi: tidy(q.toleranceSide === 'below' ? q.answer : q.answer + q.tolerance),
  };
}
