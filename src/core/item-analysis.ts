// Item analysis: which questions work. Pure statistics over respondents (students of a graded class, or
// attempts from `--record` files).
//
// - Facility: the mean share of the item's points earned, (sum of points/max) / n. For a right/wrong item
//   this is the share of respondents who got it right; partial credit counts as its share.
// - Discrimination: the point-biserial correlation (Pearson's r; with partial credit it is the same formula
//   on fractional item scores) between the item score (points/max) and the REST score, the respondent's
//   share of the points on the other questions of their quiz: (total - item points) / (total max - item max).
//   The rest score leaves the item out, so an item does not correlate with itself; shares rather than points
//   let respondents with quizzes of different lengths be compared (for one quiz it is the same r).
//   Undefined (null) with fewer than 3 respondents or when either score does not vary. Below
//   MIN_RELIABLE_RESPONDENTS the figure is kept but marked unreliable and never flagged: with 3 students
//   one answer swings r from +1 to -1.
// - Flags: negative discrimination (r <= -0.005, negative at two decimals), a distractor chosen more often than the answer (for
//   multi-select: than the least chosen right option; compared as pick rates, chosen/offered, since across
//   seeds an option is not offered to everyone), nobody earned a point, everybody right.
// - An item is one question as the respondents saw it: its id (<fact>:<type>) and its prompt. A fact asked
//   both ways ("ruled out ..." false, "also wanted ..." true) is two items, each with its own answer ticked,
//   so a teacher sees which wording worked; one id under one prompt adds up across seeds and variants.
// - Answers that say nothing about an item are left out of its n, facility, discrimination, option counts
//   and the group means, and counted apart: questions a stopped round never showed (not reached), and sheet
//   cells that could not be read or are missing (unread). They stay in the respondent's total, their score.
import { parseResponse, type Response, type ScoreStatus } from './scoring.js';
import { FACT_KINDS, QUESTION_TYPES, type FactKind, type Question, type QuestionType } from './types.js';

export interface OfferedOption {
  text: string;
  correct: boolean;
}

/** Why an answer is left out of its item's statistics (see the top of the file). */
export type LeftOutReason = 'not-reached' | 'unread';

/** One respondent's result on one item. */
export interface Observation {
  questionId: string;
  type: QuestionType;
  factKind: FactKind;
  prompt?: string;
  points: number;
  max: number;
  status: ScoreStatus;
  /** The options shown (choice questions only), by text: option letters differ between seeds. */
  options?: OfferedOption[];
  /** Texts of the options picked. */
  chosen?: string[];
  /** points / max before rounding (points are kept to hundredths): facility averages this when known. */
  share?: number;
  /** Where the respondent saw it, as the sheet numbers it ("q3", or "v2 q3" with variants). */
  label?: string;
  /** Sort key of `label`: items are listed in the order of the sheet. */
  order?: number;
  /** Set when the answer says nothing about the item: left out of its statistics, counted apart. */
  leftOut?: LeftOutReason;
}

export interface Respondent {
  /** A student's name, or `file:line` of an attempt record. */
  label: string;
  observations: Observation[];
}

export interface OptionTally {
  text: string;
  /** Right answer wherever it was offered (for this question id). */
  correct: boolean;
  /** How many respondents were offered it, and how many picked it. */
  offered: number;
  chosen: number;
}

export type ItemFlag = 'negative-discrimination' | 'distractor-beats-answer' | 'nobody-right' | 'everybody-right';

export const FLAG_TEXT: Record<ItemFlag, string> = {
  'negative-discrimination': 'negative discrimination: respondents who did well on the rest did worse on this one',
  'distractor-beats-answer': 'a distractor was chosen more often than the answer',
  'nobody-right': 'nobody earned a point',
  'everybody-right': 'everybody got it right',
};

/** Respondents an item needs before its discrimination is a figure to act on (flagged when negative). */
export const MIN_RELIABLE_RESPONDENTS = 10;

export interface ItemStats {
  questionId: string;
  /** Where it was on the sheet ("q3", "v2 q5"), when the respondents answered a class sheet. */
  labels: string[];
  type: QuestionType;
  factKind: FactKind;
  prompt?: string;
  /** Respondents whose answer counts: given the item, and (on a sheet) their cell could be read. */
  n: number;
  right: number;
  partial: number;
  wrong: number;
  unanswered: number;
  /** Left out of n: never shown (the round was stopped first). */
  notReached: number;
  /** Left out of n: the sheet cell could not be read, or the row had no cell for it. */
  unread: number;
  /** Null when no answer counts (n = 0). */
  facility: number | null;
  discrimination: number | null;
  /** False when fewer than MIN_RELIABLE_RESPONDENTS gave the figure: shown, marked, never flagged. */
  discriminationReliable: boolean;
  options: OptionTally[];
  flags: ItemFlag[];
}

export interface GroupMean {
  key: string;
  /** Observations in the group. */
  n: number;
  /** Mean share of points earned. */
  mean: number;
}

export interface RespondentTotal {
  label: string;
  points: number;
  max: number;
  share: number;
}

export interface ScoreBin {
  /** Share range [from, to): the last bin includes 1. */
  from: number;
  to: number;
  count: number;
}

export interface Analysis {
  respondents: number;
  items: ItemStats[];
  byFactKind: GroupMean[];
  byType: GroupMean[];
  totals: RespondentTotal[];
  /** Ten bins of 10% each. */
  distribution: ScoreBin[];
  /** Mean share over respondents. */
  meanShare: number;
}

function shareOf(o: Observation): number {
  if (o.share !== undefined && Number.isFinite(o.share)) return Math.max(0, Math.min(1, o.share));
  return o.max > 0 ? o.points / o.max : 0;
}

function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Pearson correlation; null when fewer than 3 pairs or either variable is constant. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Tiny variances are float noise from sums of equal shares.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

export function analyzeItems(respondents: readonly Respondent[]): Analysis {
  interface Acc {
    stats: ItemStats;
    pairs: { item: number; rest: number }[];
    options: Map<string, OptionTally>;
    order: number;
    first: number;
  }
  const items = new Map<string, Acc>();
  const groups = {
    kind: new Map<string, { n: number; sum: number }>(),
    type: new Map<string, { n: number; sum: number }>(),
  };
  const totals: RespondentTotal[] = [];
  // An answer whose prompt is unknown (its quiz could not be made again) joins its id's item when the id
  // was asked one way only; asked several ways, it cannot be placed and stays an item of its own.
  const wordings = new Map<string, Set<string>>();
  for (const r of respondents)
    for (const o of r.observations) {
      if (o.prompt === undefined) continue;
      const set = wordings.get(o.questionId) ?? new Set<string>();
      set.add(o.prompt);
      wordings.set(o.questionId, set);
    }
  const keyOf = (o: Observation): string => {
    const known = wordings.get(o.questionId);
    const prompt = o.prompt ?? (known?.size === 1 ? [...known][0] : undefined);
    return prompt === undefined ? o.questionId : `${o.questionId}\n${prompt}`;
  };
  for (const r of respondents) {
    const points = r.observations.reduce((s, o) => s + o.points, 0);
    const max = r.observations.reduce((s, o) => s + o.max, 0);
    // The rest score is over the answers that count: an unread cell or a question never shown is no evidence
    // of how the respondent does.
    const counted = r.observations.filter((o) => o.leftOut === undefined);
    const countedMax = counted.reduce((s, o) => s + o.max, 0);
    const exactPoints = counted.reduce((s, o) => s + shareOf(o) * o.max, 0);
    totals.push({
      label: r.label,
      points: round(points, 2),
      max: round(max, 2),
      share: max > 0 ? round(points / max) : 0,
    });
    for (const o of r.observations) {
      const key = keyOf(o);
      let acc = items.get(key);
      if (!acc) {
        acc = {
          stats: {
            questionId: o.questionId,
            labels: [],
            type: o.type,
            factKind: o.factKind,
            prompt: o.prompt,
            n: 0,
            right: 0,
            partial: 0,
            wrong: 0,
            unanswered: 0,
            notReached: 0,
            unread: 0,
            facility: 0,
            discrimination: null,
            discriminationReliable: false,
            options: [],
            flags: [],
          },
          pairs: [],
          options: new Map(),
          order: Infinity,
          first: items.size,
        };
        items.set(key, acc);
      }
      const s = acc.stats;
      if (s.prompt === undefined && o.prompt !== undefined) s.prompt = o.prompt;
      if (o.label !== undefined && !s.labels.includes(o.label)) s.labels.push(o.label);
      if (o.order !== undefined) acc.order = Math.min(acc.order, o.order);
      if (o.leftOut === 'not-reached') s.notReached++;
      if (o.leftOut === 'unread') s.unread++;
      if (o.leftOut !== undefined) continue;
      const share = shareOf(o);
      s.n++;
      s[o.status]++;
      s.facility = (s.facility ?? 0) + share;
      if (countedMax - o.max > 0)
        acc.pairs.push({ item: share, rest: (exactPoints - share * o.max) / (countedMax - o.max) });
      for (const opt of o.options ?? []) {
        let t = acc.options.get(opt.text);
        if (!t) {
          t = { text: opt.text, correct: opt.correct, offered: 0, chosen: 0 };
          acc.options.set(opt.text, t);
        }
        t.offered++;
        t.correct = t.correct && opt.correct;
      }
      for (const text of new Set(o.chosen ?? [])) {
        const t = acc.options.get(text);
        if (t) t.chosen++;
      }
      for (const [map, key] of [
        [groups.kind, o.factKind],
        [groups.type, o.type],
      ] as const) {
        const g = map.get(key) ?? { n: 0, sum: 0 };
        g.n++;
        g.sum += share;
        map.set(key, g);
      }
    }
  }
  const out: ItemStats[] = [];
  // In the order of the sheet when the respondents had one; otherwise as first met.
  const accs = [...items.values()].sort((a, b) =>
    a.order === b.order ? a.first - b.first : a.order < b.order ? -1 : 1,
  );
  for (const acc of accs) {
    const s = acc.stats;
    s.facility = s.n > 0 ? round((s.facility ?? 0) / s.n) : null;
    const r = correlation(
      acc.pairs.map((p) => p.item),
      acc.pairs.map((p) => p.rest),
    );
    s.discrimination = r === null ? null : round(r);
    s.discriminationReliable = r !== null && acc.pairs.length >= MIN_RELIABLE_RESPONDENTS;
    s.labels.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    s.options = [...acc.options.values()].map(({ text, correct, offered, chosen }) => ({
      text,
      correct,
      offered,
      chosen,
    }));
    // Negative at the two decimals shown: -0.001 is rounding noise (points are kept to hundredths), not a signal.
    if (s.discrimination !== null && s.discriminationReliable && s.discrimination <= -0.005)
      s.flags.push('negative-discrimination');
    // Pick rates (chosen/offered), not counts: across seeds an option may be offered to only some respondents.
    const rate = (o: OptionTally) => (o.offered > 0 ? o.chosen / o.offered : 0);
    const answers = s.options.filter((o) => o.correct);
    const answerBar = answers.length > 0 ? Math.min(...answers.map(rate)) : undefined;
    if (answerBar !== undefined && s.options.some((o) => !o.correct && o.chosen > 0 && rate(o) > answerBar))
      s.flags.push('distractor-beats-answer');
    if (s.n > 0 && s.facility === 0) s.flags.push('nobody-right');
    if (s.n > 0 && s.right === s.n) s.flags.push('everybody-right');
    out.push(s);
  }
  const groupMeans = (map: Map<string, { n: number; sum: number }>, order: readonly string[]) =>
    [...map.entries()]
      .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
      .map(([key, g]) => ({ key, n: g.n, mean: round(g.sum / g.n) }));
  const distribution: ScoreBin[] = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, count: 0 }));
  for (const t of totals) distribution[Math.min(9, Math.floor(t.share * 10 + 1e-9))]!.count++;
  return {
    respondents: respondents.length,
    items: out,
    // In the declared order of kinds and types (a list kept here fell behind when kinds were added).
    byFactKind: groupMeans(groups.kind, FACT_KINDS),
    byType: groupMeans(groups.type, QUESTION_TYPES),
    totals,
    distribution,
    meanShare: totals.length > 0 ? round(totals.reduce((s, t) => s + t.share, 0) / totals.length) : 0,
  };
}

// ------------------------------------------------------------------------------------------ observations

/** The options a question shows, by text, with which are right (choice questions and true/false). */
export function offeredOptions(q: Question): OfferedOption[] | undefined {
  switch (q.type) {
    case 'multiple-choice':
      return q.choices.map((text, i) => ({ text, correct: i === q.answer }));
    case 'multi-select':
      return q.choices.map((text, i) => ({ text, correct: q.answer.includes(i) }));
    case 'true-false':
      return [
        { text: 'True', correct: q.answer },
        { text: 'False', correct: !q.answer },
      ];
    default:
      return undefined;
  }
}

/** Texts of the options a read response picks (value in contract shape, or raw: it is read again). */
export function chosenOptions(q: Question, response: Response): string[] | undefined {
  const value = parseResponse(q, response).value;
  switch (q.type) {
    case 'multiple-choice':
      return typeof value === 'number' ? [q.choices[value]!] : [];
    case 'multi-select':
      return Array.isArray(value) ? value.map((i) => q.choices[i]!) : [];
    case 'true-false':
      return value === true ? ['True'] : value === false ? ['False'] : [];
    default:
      return undefined;
  }
}

/** One observation from a question and a scored response. */
export function observe(
  q: Question,
  scored: { points: number; max: number; status: ScoreStatus; share?: number },
  response: Response,
  where?: { label: string; order: number },
  leftOut?: LeftOutReason,
): Observation {
  const options = offeredOptions(q);
  return {
    ...(leftOut ? { leftOut } : {}),
    questionId: q.id,
    type: q.type,
    factKind: q.factKind,
    prompt: q.prompt,
    points: scored.points,
    max: scored.max,
    status: scored.status,
    ...(scored.share !== undefined ? { share: scored.share } : {}),
    ...(where ?? {}),
    ...(options ? { options, chosen: chosenOptions(q, response) ?? [] } : {}),
  };
}
