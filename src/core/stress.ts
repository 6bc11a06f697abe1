// R/exams' stress test, for quizzes: generate many seeded quizzes from one bank and check, rule by rule,
// that a reader who knows nothing could not beat chance by a pattern (where the right option sits, which
// option is longest, how numbers are ordered), that no option is a second right answer, and that the
// generator neither throws nor starves a fact. Pure: the caller passes the bank and gets a report.
//
// Decisions (documented in `readquiz stress --help` and the README):
//   - Statistical rules fail at p < 0.001 (STRESS_ALPHA): with ~10 such tests per bank in CI, a fair
//     generator fails one by chance about once in a hundred runs of a *changed* bank, never at random
//     (seeds are fixed: stress-1 ... stress-N, so every run of one bank gives the same report).
//   - Position balance is tested separately for text options (shuffled) and numeric options (shown in
//     ascending order, where the answer's rank must still be uniform, as R/exams' num_to_schoice does).
//   - "Longest option is the answer" fails when its rate is above 1.5 times chance and significantly so.
//   - Distractor reuse is reported as a share; it fails only for a fact asked 20+ times that always shows
//     the same wrong options although the bank holds other entities of the answer's kind that the fact
//     does not mention, the prompt does not name and the question never showed.
//   - Facts never asked: a fact that can make a question but appeared in none of the N quizzes fails when
//     each askable fact would have been asked 20+ times on average (the generator then starves it), and is
//     a warning below that (too few quizzes to tell). Facts too thin for any question are lint's errors.
//   - Composition (issue-free quizzes a teacher would hand out): no two questions of a quiz on one article
//     sentence, at most one role question, ordering only by time (event facts), matching with spare
//     options, a skill on every question, true/false between 42% and 58% true, and, where the bank has
//     facts of the comprehension kinds, at least 3 questions beyond detail in 95% of quizzes of 10 or more
//     and at least 4 comprehension skills in use over all quizzes (fewer only when the bank has fewer).
import { allQuestions, DEFAULT_COUNT, generateQuiz, MIN_COMPREHENSION } from './generate.js';
import { prepareBank } from './prepare.js';
import { isComprehension, skillOf } from './skills.js';
import { sourcesOf } from './sources.js';
import { SKILLS } from './types.js';
import { foldForMatch, wordToNumber } from './text.js';
import type { Bank, Entity, Fact, GenerateOptions, Question, Quiz } from './types.js';
import { plural } from './plural.js';

export const STRESS_ALPHA = 0.001;
export const DEFAULT_STRESS_SEEDS = 1000;
const MAX_EXAMPLES = 3;
const REUSE_MIN_ASKS = 20;
const NEVER_ASKED_MIN_EXPECTED = 20;

export type RuleStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface RuleResult {
  id: string;
  title: string;
  status: RuleStatus;
  /** The measure and its threshold, in one line. */
  detail: string;
  /** Where it went wrong (seed and question id), at most a few. */
  examples: string[];
}

export interface StressOptions {
  /** How many quizzes (default 1,000). */
  seeds?: number;
  /** Questions per quiz (default: generate's default, 10). */
  count?: number;
  /** Seeds are `<prefix>-1` ... `<prefix>-N` (default "stress"). */
  seedPrefix?: string;
  /** The generator under test (default generateQuiz); tests pass a deliberately unfair one. */
  generate?: (bank: Bank, options: GenerateOptions) => Quiz;
}

export interface StressReport {
  format: 'readquiz/stress@1';
  bank: { id: string; title: string; contentHash: string };
  seeds: number;
  seedPattern: string;
  count: number;
  /** Quizzes generated without an error. */
  quizzes: number;
  questions: number;
  rules: RuleResult[];
  /** No rule failed (warnings allowed). */
  passed: boolean;
}

// ------------------------------------------------------------------------------------------ statistics

/** ln Γ(x), Lanczos approximation (x > 0). */
function lnGamma(x: number): number {
  const c = [
    76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
    -0.5395239384953e-5,
  ];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let ser = 1.000000000190015;
  for (const ci of c) ser += ci / ++y;
  return -tmp + Math.log((2.5066282746310005 * ser) / x);
}

/** Regularised upper incomplete gamma Q(a, x) (Numerical Recipes' gammq). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const gln = lnGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let del = sum;
    let ap = a;
    for (let n = 0; n < 500; n++) {
      del *= x / ++ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + a * Math.log(x) - gln));
  }
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(-x + a * Math.log(x) - gln) * h);
}

/** P(X >= stat) for X ~ chi-square with `df` degrees of freedom. */
export function chiSquareP(stat: number, df: number): number {
  return gammaQ(df / 2, stat / 2);
}

/** Pearson's chi-square test of `counts` against a uniform distribution. */
export function uniformityTest(counts: readonly number[]): { stat: number; p: number } {
  const n = counts.reduce((a, b) => a + b, 0);
  const e = n / counts.length;
  const stat = counts.reduce((s, o) => s + ((o - e) * (o - e)) / e, 0);
  return { stat, p: chiSquareP(stat, counts.length - 1) };
}

/** Two-sided p-value of a standard normal z (erfc via Abramowitz-Stegun 7.1.26, |error| < 1.5e-7). */
export function normalTwoSidedP(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.min(1, poly * Math.exp(-x * x));
}

function formatP(p: number): string {
  if (p < 1e-9) return 'p<1e-9';
  if (p < 0.001) return `p=${p.toExponential(1)}`;
  return `p=${p.toFixed(3)}`;
}

// ------------------------------------------------------------------------------------------ text helpers

// Options repeat across thousands of quizzes: fold each distinct string once.
const NORM_CACHE = new Map<string, string>();

function norm(text: string): string {
  let out = NORM_CACHE.get(text);
  if (out === undefined) {
    out = foldForMatch(text)
      .toLowerCase()
      .replace(/(\d),(?=\d{3}\b)/g, '$1');
    if (NORM_CACHE.size > 100_000) NORM_CACHE.clear();
    NORM_CACHE.set(text, out);
  }
  return out;
}

/** The number an option shows ("8,500", "1.5", "five", "40 million euros"), if it starts with one. */
export function optionNumber(text: string): number | undefined {
  const t = foldForMatch(text);
  const m = /^[-\u2212]?\d[\d,]*(\.\d+)?/.exec(t);
  if (m) return Number(m[0].replace(/,/g, '').replace('\u2212', '-'));
  const w = /^[a-z]+/i.exec(t);
  return w ? wordToNumber(w[0]) : undefined;
}

/** Two options that read the same: equal once folded, or the same number ("8,500" and "8500"). */
function sameOption(a: string, b: string): boolean {
  if (norm(a) === norm(b)) return true;
  const numeric = /^[\d\s,.\-\u2212]+$/;
  return numeric.test(a) && numeric.test(b) && optionNumber(a) !== undefined && optionNumber(a) === optionNumber(b);
}

function namesOf(e: Entity): string[] {
  return [e.name, ...(e.aliases ?? [])];
}

function mentions(text: string, name: string): boolean {
  const hay = ` ${norm(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const needle = norm(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return needle.length > 0 && hay.includes(` ${needle} `);
}

function referencedEntities(fact: Fact): string[] {
  switch (fact.kind) {
    case 'set':
      return [...fact.members, ...(fact.nonMembers ?? [])];
    case 'quote':
      return [fact.speaker];
    case 'role':
      return [fact.entity];
    case 'action':
      return [fact.actor];
    default:
      return [];
  }
}

// ------------------------------------------------------------------------------------------ the test

interface DistractorGroup {
  asks: number;
  sets: Map<string, number>;
  shown: Set<string>;
  prompts: Set<string>;
  answerKinds: Set<string>;
  answerEntities: Set<string>;
  firstExample: string;
}

export function stressBank(source: Bank, options: StressOptions = {}): StressReport {
  // Prepared once: every quiz below shares the bank's indexes and plan.
  const bank = prepareBank(source);
  const seeds = options.seeds ?? DEFAULT_STRESS_SEEDS;
  const count = options.count ?? DEFAULT_COUNT;
  const prefix = options.seedPrefix ?? 'stress';
  const generate = options.generate ?? generateQuiz;

  const byName = new Map<string, Entity>();
  for (const e of bank.entities) for (const n of namesOf(e)) if (!byName.has(norm(n))) byName.set(norm(n), e);
  const entityOf = (text: string) => byName.get(norm(text));

  const errors: string[] = [];
  let errorCount = 0;
  let quizzes = 0;
  let questions = 0;
  const positions = new Map<string, number[]>();
  const tf = { t: 0, f: 0 };
  const dup: string[] = [];
  let dupCount = 0;
  const alias: string[] = [];
  let aliasCount = 0;
  const longest = { n: 0, hits: 0, expected: 0, variance: 0 };
  const order: string[] = [];
  let orderCount = 0;
  let numericMc = 0;
  const groups = new Map<string, DistractorGroup>();
  const asked = new Set<string>();
  const comp = {
    sentence: [] as string[],
    sentenceCount: 0,
    role: [] as string[],
    roleCount: 0,
    ordering: [] as string[],
    orderingCount: 0,
    matching: [] as string[],
    matchingCount: 0,
    noSkill: [] as string[],
    noSkillCount: 0,
    enough: 0,
    long: 0,
  };
  const skillsSeen = new Set<string>();

  const example = (seed: string, q: Question, what: string) => `${seed} ${q.id}: ${what}`;

  for (let i = 1; i <= seeds; i++) {
    const seed = `${prefix}-${i}`;
    let qs: Question[];
    try {
      qs = generate(bank, { seed, count }).questions;
    } catch (err) {
      errorCount++;
      if (errors.length < MAX_EXAMPLES) errors.push(`${seed}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    quizzes++;
    questions += qs.length;
    {
      const sentences = new Map<string, string>();
      let summarised = false;
      let roles = 0;
      let deeper = 0;
      for (const q of qs) {
        // The first summary's lede is no sentence it asks (generate.ts): one question beside it may rest there, and a
        // second summary or a second question on the lede fails as any other sharing does.
        const exempt = q.skill === 'main-idea' && !summarised;
        summarised ||= q.skill === 'main-idea';
        const asked = exempt ? [] : sourcesOf(q).map((x) => x.evidence);
        for (const s of new Set(asked)) {
          const other = sentences.get(s);
          if (other !== undefined) {
            comp.sentenceCount++;
            if (comp.sentence.length < MAX_EXAMPLES)
              comp.sentence.push(example(seed, q, `shares paragraph sentence "${s.slice(0, 60)}..." with ${other}`));
          }
          sentences.set(s, q.id);
        }
        if (q.factKind === 'role') roles++;
        if (q.type === 'ordering' && q.factKind !== 'event') {
          comp.orderingCount++;
          if (comp.ordering.length < MAX_EXAMPLES)
            comp.ordering.push(example(seed, q, `ordering of ${q.factKind} facts (not events in time)`));
        }
        if (q.type === 'matching' && q.right.length <= q.left.length) {
          comp.matchingCount++;
          if (comp.matching.length < MAX_EXAMPLES)
            comp.matching.push(example(seed, q, `${q.left.length} items, ${q.right.length} options`));
        }
        if (!(SKILLS as readonly string[]).includes(q.skill)) {
          comp.noSkillCount++;
          if (comp.noSkill.length < MAX_EXAMPLES)
            comp.noSkill.push(example(seed, q, `skill ${JSON.stringify(q.skill)}`));
        } else {
          skillsSeen.add(q.skill);
          if (isComprehension(q.skill)) deeper++;
        }
      }
      if (roles > 1) {
        comp.roleCount++;
        if (comp.role.length < MAX_EXAMPLES) comp.role.push(`${seed}: ${roles} role questions`);
      }
      if (qs.length >= 10) {
        comp.long++;
        if (deeper >= MIN_COMPREHENSION) comp.enough++;
      }
    }
    for (const q of qs) {
      for (const id of q.factIds) asked.add(id);
      // Duplicates: within choices, within each side of a matching, within ordering items.
      const sides =
        q.type === 'multiple-choice' || q.type === 'multi-select'
          ? [q.choices]
          : q.type === 'matching'
            ? [q.left, q.right]
            : q.type === 'ordering'
              ? [q.items]
              : [];
      for (const items of sides) {
        const seen = new Set<string>();
        for (const s of items) {
          const n = /^[\d\s,.\-\u2212]+$/.test(s) ? optionNumber(s) : undefined;
          const k = n !== undefined ? `#${n}` : norm(s);
          if (seen.has(k)) {
            dupCount++;
            if (dup.length < MAX_EXAMPLES) dup.push(example(seed, q, `"${s}" twice`));
          }
          seen.add(k);
        }
      }
      if (q.type === 'true-false') q.answer ? tf.t++ : tf.f++;
      if (q.type === 'multiple-choice') {
        const k = q.choices.length;
        const numeric = q.choices.every((c) => optionNumber(c) !== undefined);
        const key = `${numeric ? 'numeric' : 'text'} options, ${k} choices`;
        // A written question's figures in ascending order stand where its author's options put them: the answer's rank
        // is the author's choice, not the generator's, so it is no draw to balance.
        if (!(numeric && q.factKind === 'written')) {
          const tally = positions.get(key) ?? new Array<number>(k).fill(0);
          tally[q.answer]!++;
          positions.set(key, tally);
        }
        if (numeric) {
          numericMc++;
          const values = q.choices.map((c) => optionNumber(c)!);
          if (values.some((v, j) => j > 0 && !(v > values[j - 1]!))) {
            orderCount++;
            if (order.length < MAX_EXAMPLES) order.push(example(seed, q, q.choices.join(' | ')));
          }
        } else {
          const lens = q.choices.map((c) => foldForMatch(c).length);
          const max = Math.max(...lens);
          longest.n++;
          longest.expected += 1 / k;
          longest.variance += (1 / k) * (1 - 1 / k);
          if (lens[q.answer] === max && lens.filter((l) => l === max).length === 1) longest.hits++;
        }
        const right = q.choices[q.answer]!;
        const answer = entityOf(right);
        q.choices.forEach((c, j) => {
          if (j === q.answer) return;
          const same = sameOption(c, right);
          if (same || (answer && entityOf(c)?.id === answer.id)) {
            aliasCount++;
            if (alias.length < MAX_EXAMPLES)
              alias.push(
                example(
                  seed,
                  q,
                  same
                    ? `"${c}" equals the answer "${right}"`
                    : `"${c}" and the answer "${right}" name the same entity`,
                ),
              );
          }
        });
        track(
          groups,
          `${q.factId} ${q.type}${q.negated ? ' (NOT)' : ''}`,
          q.choices.filter((_, j) => j !== q.answer),
          q,
          answer,
          seed,
          Boolean(q.negated),
        );
      }
      if (q.type === 'multi-select') {
        const right = new Set(
          q.answer.map((j) => entityOf(q.choices[j]!)?.id).filter((x): x is string => x !== undefined),
        );
        q.choices.forEach((c, j) => {
          if (q.answer.includes(j)) return;
          const e = entityOf(c);
          if ((e && right.has(e.id)) || q.answer.some((k) => sameOption(c, q.choices[k]!))) {
            aliasCount++;
            if (alias.length < MAX_EXAMPLES)
              alias.push(example(seed, q, `wrong option "${c}" names a right option's entity`));
          }
        });
      }
    }
  }

  const rules: RuleResult[] = [];
  rules.push({
    id: 'generation-errors',
    title: 'generation errors',
    status: errorCount > 0 ? 'fail' : 'pass',
    detail: `${errorCount} of ${seeds} seeds threw`,
    examples: errors,
  });

  // Position balance of the right option.
  {
    const parts: string[] = [];
    const bad: string[] = [];
    let tested = 0;
    for (const [key, tally] of [...positions.entries()].sort()) {
      const n = tally.reduce((a, b) => a + b, 0);
      const k = tally.length;
      if (n / k < 5) {
        parts.push(`${key}: n=${n}, too few to test`);
        continue;
      }
      tested++;
      const { p } = uniformityTest(tally);
      parts.push(`${key}: n=${n}, by position ${tally.join('/')}, ${formatP(p)}`);
      if (p < STRESS_ALPHA) bad.push(`${key}: right option by position ${tally.join('/')} (${formatP(p)})`);
    }
    rules.push({
      id: 'position-balance',
      title: 'right-option position balance',
      status: bad.length > 0 ? 'fail' : tested === 0 ? 'skip' : 'pass',
      detail: parts.length
        ? `${parts.join('; ')} (chi-square, fail at p<${STRESS_ALPHA})`
        : 'no multiple-choice questions',
      examples: bad,
    });
  }

  {
    const n = tf.t + tf.f;
    if (n < 10) {
      rules.push({
        id: 'true-false-balance',
        title: 'true/false balance',
        status: 'skip',
        detail: `${n} true/false questions, too few to test`,
        examples: [],
      });
    } else {
      const z = (tf.t - n / 2) / Math.sqrt(n / 4);
      const p = normalTwoSidedP(z);
      rules.push({
        id: 'true-false-balance',
        title: 'true/false balance',
        status: p < STRESS_ALPHA ? 'fail' : 'pass',
        detail: `${tf.t} true, ${tf.f} false of ${n} (${((100 * tf.t) / n).toFixed(1)}% true, ${formatP(p)}; fail at p<${STRESS_ALPHA})`,
        examples: [],
      });
    }
  }

  rules.push({
    id: 'duplicate-options',
    title: 'duplicate options',
    status: dupCount > 0 ? 'fail' : 'pass',
    detail: `${plural(dupCount, 'duplicate option')} (case, spacing and digit grouping folded)`,
    examples: dup,
  });
  rules.push({
    id: 'option-is-answer',
    title: 'option equal to or an alias of the answer',
    status: aliasCount > 0 ? 'fail' : 'pass',
    detail: `${plural(aliasCount, 'wrong option')} equal to the answer or naming its entity (bank names and aliases)`,
    examples: alias,
  });

  {
    if (longest.n < 30) {
      rules.push({
        id: 'longest-is-answer',
        title: 'longest option is the answer',
        status: 'skip',
        detail: `${longest.n} text multiple-choice questions, too few to test`,
        examples: [],
      });
    } else {
      const rate = longest.hits / longest.n;
      const chance = longest.expected / longest.n;
      const z = (longest.hits - longest.expected) / Math.sqrt(Math.max(longest.variance, 1e-9));
      const fail = rate > 1.5 * chance && z > 3.09;
      rules.push({
        id: 'longest-is-answer',
        title: 'longest option is the answer',
        status: fail ? 'fail' : 'pass',
        detail: `${(100 * rate).toFixed(1)}% of ${longest.n} text multiple-choice questions (chance ${(100 * chance).toFixed(1)}%; fail above 1.5x chance at p<${STRESS_ALPHA})`,
        examples: [],
      });
    }
  }

  rules.push({
    id: 'numeric-order',
    title: 'numeric options in ascending order',
    status: orderCount > 0 ? 'fail' : numericMc === 0 ? 'skip' : 'pass',
    detail: `${orderCount} of ${numericMc} numeric multiple-choice questions out of order`,
    examples: order,
  });

  rules.push(...compositionRules(bank, comp, skillsSeen, tf));
  rules.push(reuseRule(bank, groups));
  rules.push(neverAskedRule(bank, asked, quizzes, count));

  return {
    format: 'readquiz/stress@1',
    bank: { id: bank.id, title: bank.title, contentHash: bank.contentHash },
    seeds,
    seedPattern: `${prefix}-1 ... ${prefix}-${seeds}`,
    count,
    quizzes,
    questions,
    rules,
    passed: rules.every((r) => r.status !== 'fail'),
  };
}

function track(
  groups: Map<string, DistractorGroup>,
  key: string,
  wrong: string[],
  q: Question,
  answer: Entity | undefined,
  seed: string,
  negated: boolean,
) {
  let g = groups.get(key);
  if (!g) {
    g = {
      asks: 0,
      sets: new Map(),
      shown: new Set(),
      prompts: new Set(),
      answerKinds: new Set(),
      answerEntities: new Set(),
      firstExample: `${seed} ${q.id}`,
    };
    groups.set(key, g);
  }
  g.asks++;
  const set = wrong.map(norm).sort().join(' | ');
  g.sets.set(set, (g.sets.get(set) ?? 0) + 1);
  for (const w of wrong) g.shown.add(norm(w));
  g.prompts.add(q.prompt);
  // Negated questions draw their wrong options from the fact's own list: no free pool to judge.
  g.answerKinds.add(answer && !negated ? answer.kind : '-');
  if (answer) g.answerEntities.add(answer.id);
}

function reuseRule(bank: Bank, groups: Map<string, DistractorGroup>): RuleResult {
  let asks = 0;
  let reused = 0;
  const stuck: string[] = [];
  for (const [key, g] of groups) {
    if (g.asks < 2) continue;
    asks += g.asks;
    reused += Math.max(...g.sets.values());
    if (g.asks < REUSE_MIN_ASKS || g.sets.size > 1 || g.answerKinds.size !== 1 || g.answerKinds.has('-')) continue;
    const factId = key.split(' ')[0]!;
    const fact = bank.facts.find((f) => f.id === factId);
    if (!fact || (fact.kind === 'set' && (fact.nonMembers?.length ?? 0) > 0)) continue;
    const kind = [...g.answerKinds][0];
    const refs = new Set(referencedEntities(fact));
    const unused = bank.entities.filter(
      (e) =>
        e.kind === kind &&
        !g.answerEntities.has(e.id) &&
        !refs.has(e.id) &&
        !namesOf(e).some((n) => g.shown.has(norm(n)) || [...g.prompts].some((p) => mentions(p, n))),
    );
    if (unused.length > 0)
      stuck.push(
        `${key}: the same wrong options in all ${g.asks} asks (${[...g.sets.keys()][0]}); never offered: ${unused
          .slice(0, 3)
          .map((e) => e.name)
          .join(', ')}`,
      );
  }
  const share = asks > 0 ? reused / asks : 0;
  return {
    id: 'distractor-reuse',
    title: 'distractor reuse',
    status: stuck.length > 0 ? 'fail' : asks === 0 ? 'skip' : 'pass',
    detail:
      asks > 0
        ? `${(100 * share).toFixed(1)}% of repeated asks reuse their fact's most common wrong options; ${plural(stuck.length, 'fact')} always the same though the pool allows more`
        : 'no fact asked twice with options',
    examples: stuck.slice(0, MAX_EXAMPLES),
  };
}

function neverAskedRule(bank: Bank, asked: ReadonlySet<string>, quizzes: number, count: number): RuleResult {
  let askable: Set<string>;
  try {
    askable = new Set(allQuestions(bank, { seed: 'stress/askable' }).flatMap((q) => q.factIds));
  } catch {
    askable = new Set(bank.facts.map((f) => f.id));
  }
  const thin = bank.facts.length - askable.size;
  const never = bank.facts.filter((f) => askable.has(f.id) && !asked.has(f.id)).map((f) => f.id);
  const expected = askable.size > 0 ? (quizzes * count) / askable.size : 0;
  const status: RuleStatus =
    quizzes === 0 ? 'skip' : never.length === 0 ? 'pass' : expected >= NEVER_ASKED_MIN_EXPECTED ? 'fail' : 'warn';
  return {
    id: 'facts-never-asked',
    title: 'facts never asked',
    status,
    detail:
      `${never.length} of ${askable.size} askable facts never asked in ${quizzes} quizzes (about ${expected.toFixed(1)} asks each expected; ` +
      `fail when 20 or more)${thin > 0 ? `; ${plural(thin, 'fact')} too thin for any question (see readquiz lint)` : ''}`,
    examples: never.length ? [never.slice(0, 10).join(', ') + (never.length > 10 ? ', ...' : '')] : [],
  };
}

/** The composition rules: what every quiz of the run must hold, and what the run must hold as a whole. */
function compositionRules(
  bank: ReturnType<typeof prepareBank>,
  c: {
    sentence: string[];
    sentenceCount: number;
    role: string[];
    roleCount: number;
    ordering: string[];
    orderingCount: number;
    matching: string[];
    matchingCount: number;
    noSkill: string[];
    noSkillCount: number;
    enough: number;
    long: number;
  },
  skillsSeen: ReadonlySet<string>,
  tf: { t: number; f: number },
): RuleResult[] {
  const rules: RuleResult[] = [
    {
      id: 'one-question-per-sentence',
      title: 'one question per article sentence',
      status: c.sentenceCount > 0 ? 'fail' : 'pass',
      detail: `${c.sentenceCount} questions share a sentence with an earlier question of their quiz`,
      examples: c.sentence,
    },
    {
      id: 'one-role-question',
      title: 'at most one role question per quiz',
      status: c.roleCount > 0 ? 'fail' : 'pass',
      detail: `${c.roleCount} quizzes hold more than one`,
      examples: c.role,
    },
    {
      id: 'ordering-by-time',
      title: 'ordering by time, not by position in the article',
      status: c.orderingCount > 0 ? 'fail' : 'pass',
      detail: `${c.orderingCount} ordering questions not built from events`,
      examples: c.ordering,
    },
    {
      id: 'matching-spare-options',
      title: 'matching offers more options than items',
      status: c.matchingCount > 0 ? 'fail' : 'pass',
      detail: `${c.matchingCount} matching questions without a spare option`,
      examples: c.matching,
    },
    {
      id: 'skill-on-every-question',
      title: 'every question has a skill',
      status: c.noSkillCount > 0 ? 'fail' : 'pass',
      detail: `${c.noSkillCount} questions without a known skill`,
      examples: c.noSkill,
    },
  ];
  const n = tf.t + tf.f;
  const share = n > 0 ? tf.t / n : 0;
  rules.push(
    n < 100
      ? {
          id: 'true-false-share',
          title: 'true/false between 42% and 58% true',
          status: 'skip',
          detail: `${n} true/false questions, too few to judge`,
          examples: [],
        }
      : {
          id: 'true-false-share',
          title: 'true/false between 42% and 58% true',
          status: share < 0.42 || share > 0.58 ? 'fail' : 'pass',
          detail: `${(100 * share).toFixed(1)}% true of ${n}`,
          examples: [],
        },
  );
  // What the bank can offer decides what a run owes: a bank of details only owes no comprehension.
  const able = new Set(
    bank.prepared.plans
      .filter((p) => isComprehension(skillOf(p.fact)) && (Object.keys(p.single).length > 0 || p.groups.length > 0))
      .map((p) => skillOf(p.fact)),
  );
  const ableFacts = bank.prepared.plans.filter((p) => isComprehension(skillOf(p.fact))).length;
  if (c.long === 0 || ableFacts < MIN_COMPREHENSION) {
    rules.push({
      id: 'comprehension-per-quiz',
      title: `at least ${MIN_COMPREHENSION} comprehension questions in 95% of quizzes of 10+`,
      status: 'skip',
      detail:
        c.long === 0
          ? 'no quiz of 10 or more questions'
          : `the bank has ${ableFacts} comprehension facts (main-idea, cause, event, stance, inference, vocabulary, written)`,
      examples: [],
    });
  } else {
    const rate = c.enough / c.long;
    rules.push({
      id: 'comprehension-per-quiz',
      title: `at least ${MIN_COMPREHENSION} comprehension questions in 95% of quizzes of 10+`,
      status: rate < 0.95 ? 'fail' : 'pass',
      detail: `${c.enough} of ${c.long} quizzes (${(100 * rate).toFixed(1)}%)`,
      examples: [],
    });
  }
  const used = [...skillsSeen].filter((s) => s !== 'detail');
  const owed = Math.min(4, able.size);
  rules.push({
    id: 'comprehension-skills-used',
    title: 'comprehension skills in use',
    status: owed === 0 ? 'skip' : used.length < owed ? 'fail' : 'pass',
    detail: `${used.length} in use (${used.join(', ') || 'none'}); the bank offers ${able.size}; at least ${owed} expected`,
    examples: [],
  });
  return rules;
}
