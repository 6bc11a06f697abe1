// Wrong options that are the same kind of thing as the answer, drawn from the article's own entities and
// figures, and never another right answer according to the bank.
import { fold, namesOf, type BankContext } from './makers/context.js';
import type { Rng } from './rng.js';
import { containsWords } from './makers/context.js';
import type { Entity, QuantityFact } from './types.js';

export interface EntityPoolOptions {
  /** Entity ids that would also be right answers (or are the answer): never offered. */
  exclude?: readonly string[];
  /** Entity ids offered first when present (e.g. a set's listed non-members). */
  prefer?: readonly string[];
  /** Text the options are shown with (the prompt): an entity it names would be a silly option. */
  notIn?: string;
}

/**
 * Entities of the answer's kind that can serve as wrong options: not excluded, sharing no name or alias
 * with the answer or with each other, not named in the prompt. Preferred ones come first, then bank order.
 */
export function entityPool(
  ctx: BankContext,
  answer: Entity,
  opts: EntityPoolOptions = {},
): { preferred: Entity[]; rest: Entity[] } {
  const exclude = new Set([answer.id, ...(opts.exclude ?? [])]);
  const taken = new Set(namesOf(answer).map(fold));
  const preferSet = new Set(opts.prefer ?? []);
  const preferred: Entity[] = [];
  const rest: Entity[] = [];
  const candidates = [
    ...(opts.prefer ?? [])
      .map((id) => ctx.entity(id))
      .filter((e): e is Entity => e !== undefined && e.kind === answer.kind),
    ...ctx.entitiesOfKind(answer.kind).filter((e) => !preferSet.has(e.id)),
  ];
  for (const e of candidates) {
    if (exclude.has(e.id)) continue;
    const names = namesOf(e).map(fold);
    if (names.some((n) => taken.has(n))) continue;
    if (opts.notIn !== undefined && namesOf(e).some((n) => containsWords(opts.notIn!, n))) continue;
    names.forEach((n) => taken.add(n));
    exclude.add(e.id);
    (preferSet.has(e.id) ? preferred : rest).push(e);
  }
  return { preferred, rest };
}

/** `k` wrong options: a random choice among the preferred first, then among the rest. */
export function pickFromPool<T>(pool: { preferred: readonly T[]; rest: readonly T[] }, k: number, rng: Rng): T[] {
  const first = rng.sample(pool.preferred, k);
  return [...first, ...rng.sample(pool.rest, k - first.length)];
}

export function poolSize(pool: { preferred: readonly unknown[]; rest: readonly unknown[] }): number {
  return pool.preferred.length + pool.rest.length;
}

// ------------------------------------------------------------------------------------------ numbers

/** Unit "year" means a calendar year (1997); "years" is a duration and behaves like any count. */
export function isYearUnit(unit: string): boolean {
  return unit.trim().toLowerCase() === 'year';
}

/** Smallest distance allowed between two numeric options: options too close read as a trick. */
export function minGap(value: number, unit: string): number {
  if (isYearUnit(unit)) return 1;
  const relative = Math.abs(value) * 0.1;
  return Number.isInteger(value) ? Math.max(1, relative) : Math.max(relative, 1e-9);
}

/** Decimal places a figure is written with: 24.4 -> 1, 5e-7 -> 7. */
function decimalsOf(x: number): number {
  const [mantissa, exponent] = String(x).split('e');
  const places = mantissa!.split('.')[1]?.length ?? 0;
  return Math.max(0, places - Number(exponent ?? 0));
}

/**
 * A generated option written like the answer, with as many decimal places ("8.1" beside 24.4, not "8.13333"; trial
 * 343), or two significant digits where that would round it away ("0.05" beside 0.1).
 */
function neat(c: number, decimals: number, v: number): number {
  const r = Number(c.toFixed(Math.min(decimals, 12)));
  return r === v || (v > 0 && r <= 0) ? Number(c.toPrecision(2)) : r;
}

/**
 * Plausible wrong values for a quantity, in order of preference, already spaced by `minGap` from the
 * answer and from each other: neighbouring bank figures of the same unit first, then x2 and /2, round
 * neighbours, x10 and /10. Integers stay integers; years stay four-digit years near the answer; other
 * figures are written with the answer's decimal places.
 * Deterministic: randomness only decides which of them a question shows.
 */
export function numericCandidates(fact: QuantityFact, bankFigures: readonly number[]): number[] {
  const v = fact.value;
  const unit = fact.unit;
  const year = isYearUnit(unit);
  const integer = Number.isInteger(v);
  const percent = /percent|per cent|%/i.test(unit);
  // "0.00002 million" beside "4 million" (trial 343 offered the article's 20 injured): a figure of the same unit twenty
  // times larger or smaller is no believable neighbour.
  const figures = [
    ...new Set(bankFigures.filter((x) => x !== v && (v === 0 || year || (x / v <= 20 && x / v >= 1 / 20)))),
  ].sort((a, b) => Math.abs(a - v) - Math.abs(b - v) || a - b);
  const raw: number[] = [];
  if (year) {
    for (const d of [1, 2, 3, 5, 10, 4, 6, 20]) raw.push(v - d, v + d);
  } else {
    const step = 10 ** Math.floor(Math.log10(Math.abs(v) || 1));
    raw.push(v * 2, v / 2);
    for (const d of [1, 2, 3]) raw.push(v - d * step, v + d * step);
    raw.push(v * 10, v / 10, v * 3, v / 3);
  }
  const decimals = decimalsOf(v);
  const gap = minGap(v, unit);
  const out: number[] = [];
  const accepted = [v];
  // The article's own figures as they stand; the made-up ones written like the answer.
  const all = [...figures.map((c) => ({ c, own: true })), ...raw.map((c) => ({ c, own: false }))];
  const fits = (c: number) =>
    !(v > 0 && c <= 0) &&
    !(v >= 0 && c < 0) &&
    !(year && (c < 1000 || c > 2999)) &&
    !(percent && c > 100) &&
    !accepted.some((a) => Math.abs(a - c) < gap);
  for (const { c: raw0, own } of all) {
    if (!Number.isFinite(raw0)) continue;
    // Written like the answer, or, where that lands on another option ("0.1" for 0.2 / 3), with two significant digits.
    // A whole answer's options are whole, the article's own figures too (as before the session: "1.25" beside 4 would
    // shut out 1 and 2 and leave the answer no place at the top; the review of s28).
    const tries = own
      ? integer || year
        ? [Math.round(raw0)]
        : [raw0]
      : integer || year
        ? [Math.round(raw0)]
        : [neat(raw0, decimals, v), Number(raw0.toPrecision(2))];
    const c = tries.find(fits);
    if (c === undefined) continue;
    accepted.push(c);
    out.push(c);
  }
  return out;
}

/**
 * Options in ascending order with the answer among them, like R/exams' num_to_schoice: the number of
 * options below the answer is drawn uniformly among the splits the candidates allow, so the answer's
 * position is uniform. `n` options when possible, else as many as the candidates allow (caller checks).
 */
export function numericOptions(
  value: number,
  candidates: readonly number[],
  rng: Rng,
  n = 4,
): { options: number[]; answer: number } {
  const below = candidates.filter((c) => c < value);
  const above = candidates.filter((c) => c > value);
  const size = Math.min(n, 1 + below.length + above.length);
  const wrong = size - 1;
  const lo = Math.max(0, wrong - above.length);
  const hi = Math.min(wrong, below.length);
  const k = lo + rng.int(hi - lo + 1);
  // A little variety without losing plausibility: choose among the few most preferred on each side.
  const pickBelow = rng.sample(below.slice(0, k + 1), k);
  const pickAbove = rng.sample(above.slice(0, wrong - k + 1), wrong - k);
  const options = [...pickBelow, value, ...pickAbove].sort((a, b) => a - b);
  return { options, answer: options.indexOf(value) };
}
