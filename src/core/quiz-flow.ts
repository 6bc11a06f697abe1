// The interactive quiz as a pure reducer: (state, action) -> state. The Ink UI in src/ui only draws a state
// and turns keys into actions, so the whole flow (screens, skipping, scoring, retries) is tested without a
// terminal. Time comes in with the actions (`at`, ms since the epoch): the reducer never reads a clock.
import { describeResponse, parseResponse, scoreAnswer, type Response, type ScoreResult } from './scoring.js';
import { ATTEMPT_FORMAT, type AttemptRecord, type AttemptStatus } from './attempt-record.js';
import { FACT_KINDS, QUESTION_TYPES, type FactKind, type Question, type QuestionType, type Quiz } from './types.js';
import { round2 } from './round2.js';

export type Screen = 'start' | 'reading' | 'question' | 'feedback' | 'confirm-quit' | 'summary' | 'review';

export interface FlowOptions {
  /** Skip the reading screen (the article can still be opened from the start screen). */
  noArticle?: boolean;
  /** Exam mode: no right/wrong after each answer, only in the summary. */
  noFeedback?: boolean;
  /** Score without leniency (see scoring.ts). */
  strict?: boolean;
}

export interface AnswerRecord {
  /** Index in quiz.questions. */
  index: number;
  response: Response;
  result: ScoreResult;
  /** Time from the question being shown to the answer (summed over visits when it was skipped first). */
  ms: number;
}

export interface FlowState {
  quiz: Quiz;
  options: FlowOptions;
  screen: Screen;
  /** 1 = first pass; 2 = the skipped questions offered again. */
  pass: 1 | 2;
  /** Question indices of this pass, in the order asked. */
  queue: number[];
  /** Position in `queue` of the current (or last) question. */
  pos: number;
  /** Skipped in pass 1, offered again in pass 2. */
  skipped: number[];
  /** One entry per question index once answered. */
  answers: (AnswerRecord | undefined)[];
  /** Per question index: shown at least once this round (a question never shown is "not reached"). */
  reached: boolean[];
  /**
   * Per question index: its number in the quiz as drawn, which the screens show. A retry asks some of the
   * questions again (3, 5 and 10, say) as a quiz of its own; they keep their numbers. Absent: 1, 2, 3 ...
   */
  numbers?: number[];
  /** Ms already spent on a question during earlier visits (skipped, then offered again). */
  spent: number[];
  /** Index of the question shown on the feedback screen. */
  lastAnswered?: number;
  /** First line shown on the reading screen. */
  scroll: number;
  /** Where closing the article returns to. */
  returnTo?: Screen;
  /** Where `quit-cancel` returns to. */
  quitFrom?: Screen;
  /** Position of the review screen in the missed list. */
  reviewPos: number;
  startedAt?: number;
  /** When the current question was shown. */
  shownAt?: number;
  finishedAt?: number;
  /** How the round ended: all questions done, or the reader quit. */
  ended?: 'finished' | 'quit';
  /** 1 for the quiz, 2+ for "retry the missed ones". */
  round: number;
  /** Why the last typed answer could not be read ("'e' is not an option (a-d)"); the question stays open. */
  problem?: string;
  /** What the last action did that the reader might miss ("Question 3 skipped: ..."); shown once. */
  notice?: string;
}

export type FlowAction =
  /** Leave the start screen: to the article, or straight to the first question with noArticle. */
  | { type: 'start'; at: number }
  /** Show the article (from the start screen, a question or the summary); `begin` or `close-article` leaves it. */
  | { type: 'open-article'; at: number }
  | { type: 'close-article'; at: number }
  /** Scroll the reading screen; `max` is the last top line that still fills the screen (the UI knows the wrapping). */
  | { type: 'scroll'; by?: number; to?: number; max: number }
  /** From the reading screen to the first question. */
  | { type: 'begin'; at: number }
  | { type: 'answer'; response: Response; at: number }
  | { type: 'skip'; at: number }
  /** From the feedback screen to the next question (or the summary). */
  | { type: 'next'; at: number }
  | { type: 'quit-request'; at: number }
  | { type: 'quit-confirm'; at: number }
  | { type: 'quit-cancel'; at: number }
  | { type: 'review-missed' }
  | { type: 'review-move'; by: number }
  | { type: 'back' }
  | { type: 'retry-missed'; at: number }
  /** A new quiz (made by the caller from a new seed: the generator needs the bank). */
  | { type: 'new-quiz'; quiz: Quiz; at: number };

export function createFlow(quiz: Quiz, options: FlowOptions = {}): FlowState {
  return {
    quiz,
    options,
    screen: 'start',
    pass: 1,
    queue: quiz.questions.map((_, i) => i),
    pos: 0,
    skipped: [],
    answers: quiz.questions.map(() => undefined),
    reached: quiz.questions.map(() => false),
    spent: quiz.questions.map(() => 0),
    scroll: 0,
    reviewPos: 0,
    round: 1,
  };
}

/** The number the reader knows question `index` of this round by: its number in the quiz as drawn. */
export function numberOf(state: FlowState, index: number): number {
  return state.numbers?.[index] ?? index + 1;
}

/** The question on screen (question and feedback screens). */
export function currentQuestion(state: FlowState): Question | undefined {
  const index = state.screen === 'feedback' ? state.lastAnswered : state.queue[state.pos];
  return index === undefined ? undefined : state.quiz.questions[index];
}

function showQuestion(state: FlowState, at: number): FlowState {
  if (state.queue.length === 0) return finish(state, at, 'finished');
  const index = state.queue[state.pos]!;
  const reached = state.reached[index] ? state.reached : state.reached.map((r, i) => r || i === index);
  return { ...state, screen: 'question', shownAt: at, reached };
}

/** What an empty answer is told: nothing was chosen, and how to answer or skip instead. */
function blankProblem(question: Question): string {
  switch (question.type) {
    case 'multi-select':
      return 'Nothing picked yet: pick with space or a letter, then Enter (s skips).';
    case 'matching':
      return 'Nothing paired yet: pair an item with its partner, then Done (s skips).';
    default:
      return 'Nothing typed yet: type an answer, then Enter (Tab skips).';
  }
}

function finish(state: FlowState, at: number, ended: 'finished' | 'quit'): FlowState {
  return {
    ...state,
    screen: 'summary',
    finishedAt: at,
    ended,
    startedAt: state.startedAt ?? at,
    returnTo: undefined,
    quitFrom: undefined,
  };
}

/** Moves past the current question: the next in this pass, then the skipped ones once, then the summary. */
function advance(state: FlowState, at: number): FlowState {
  if (state.pos + 1 < state.queue.length) return showQuestion({ ...state, pos: state.pos + 1 }, at);
  if (state.pass === 1 && state.skipped.length > 0) {
    return showQuestion({ ...state, pass: 2, queue: state.skipped, pos: 0, skipped: [] }, at);
  }
  return finish(state, at, 'finished');
}

function elapsed(state: FlowState, at: number): number {
  return Math.max(0, at - (state.shownAt ?? at));
}

export function flowReducer(previous: FlowState, action: FlowAction): FlowState {
  // A problem shown for one typed answer, or a notice, is gone after anything else happens.
  const state =
    previous.problem === undefined && previous.notice === undefined
      ? previous
      : { ...previous, problem: undefined, notice: undefined };
  switch (action.type) {
    case 'start':
      if (state.screen !== 'start') return state;
      {
        const started = { ...state, startedAt: state.startedAt ?? action.at };
        return state.options.noArticle
          ? showQuestion(started, action.at)
          : { ...started, screen: 'reading', returnTo: undefined };
      }
    case 'open-article':
      if (!['start', 'question', 'summary', 'review'].includes(state.screen)) return state;
      // Reading time during a question is not charged to the question: the clock restarts on return.
      if (state.screen === 'question') {
        const index = state.queue[state.pos]!;
        const spent = state.spent.slice();
        spent[index] = spent[index]! + elapsed(state, action.at);
        return { ...state, screen: 'reading', returnTo: 'question', spent };
      }
      return {
        ...state,
        screen: 'reading',
        returnTo: state.screen,
        startedAt: state.screen === 'start' ? (state.startedAt ?? action.at) : state.startedAt,
      };
    case 'close-article':
      if (state.screen !== 'reading') return state;
      if (state.returnTo === 'question')
        return { ...state, screen: 'question', shownAt: action.at, returnTo: undefined };
      if (state.returnTo === 'summary' || state.returnTo === 'review')
        return { ...state, screen: state.returnTo, returnTo: undefined };
      return { ...state, screen: 'start', returnTo: undefined };
    case 'scroll': {
      if (state.screen !== 'reading') return previous;
      const target = action.to ?? state.scroll + (action.by ?? 0);
      return { ...state, scroll: Math.max(0, Math.min(Math.max(0, action.max), target)) };
    }
    case 'begin':
      if (state.screen !== 'reading') return state;
      if (state.returnTo === 'question')
        return { ...state, screen: 'question', shownAt: action.at, returnTo: undefined };
      if (state.returnTo === 'summary' || state.returnTo === 'review')
        return { ...state, screen: state.returnTo, returnTo: undefined };
      return showQuestion({ ...state, returnTo: undefined, startedAt: state.startedAt ?? action.at }, action.at);
    case 'answer': {
      if (state.screen !== 'question') return state;
      const index = state.queue[state.pos]!;
      const question = state.quiz.questions[index]!;
      const parsed = parseResponse(question, action.response);
      // Unreadable or empty: say why and let the reader fix it (skipping is its own key).
      if (parsed.problem !== undefined) return { ...state, problem: parsed.problem };
      if (parsed.value === null || parsed.value === undefined) return { ...state, problem: blankProblem(question) };
      const result = scoreAnswer(question, action.response, { strict: state.options.strict });
      const answers = state.answers.slice();
      answers[index] = {
        index,
        response: action.response,
        result,
        ms: state.spent[index]! + elapsed(state, action.at),
      };
      const answered = { ...state, answers, lastAnswered: index };
      return state.options.noFeedback ? advance(answered, action.at) : { ...answered, screen: 'feedback' };
    }
    case 'skip': {
      if (state.screen !== 'question') return state;
      const index = state.queue[state.pos]!;
      const spent = state.spent.slice();
      spent[index] = spent[index]! + elapsed(state, action.at);
      // Skipped in pass 1: offered again at the end. Skipped again: it stays unanswered.
      const skipped = state.pass === 1 ? [...state.skipped, index] : state.skipped;
      const notice =
        state.pass === 1
          ? `Question ${numberOf(state, index)} skipped: it comes back before the end.`
          : `Question ${numberOf(state, index)} skipped again: it counts as ${OUTCOME_TITLE.unanswered.toLowerCase()}.`;
      const next = advance({ ...state, spent, skipped }, action.at);
      return next.screen === 'question' ? { ...next, notice } : next;
    }
    case 'next':
      return state.screen === 'feedback' ? advance(state, action.at) : state;
    case 'quit-request':
      if (!['start', 'reading', 'question', 'feedback'].includes(state.screen)) return state;
      return { ...state, screen: 'confirm-quit', quitFrom: state.screen };
    case 'quit-cancel':
      if (state.screen !== 'confirm-quit') return state;
      return { ...state, screen: state.quitFrom ?? 'start', quitFrom: undefined };
    case 'quit-confirm':
      if (state.screen !== 'confirm-quit') return state;
      return finish(state, action.at, 'quit');
    case 'review-missed':
      if (state.screen !== 'summary' || missedIndices(state).length === 0) return state;
      return { ...state, screen: 'review', reviewPos: 0 };
    case 'review-move': {
      if (state.screen !== 'review') return state;
      const n = missedIndices(state).length;
      return { ...state, reviewPos: Math.max(0, Math.min(n - 1, state.reviewPos + action.by)) };
    }
    case 'back':
      return state.screen === 'review' ? { ...state, screen: 'summary' } : state;
    case 'retry-missed': {
      if (state.screen !== 'summary' && state.screen !== 'review') return state;
      const missed = missedIndices(state);
      if (missed.length === 0) return state;
      // The quiz's options stay those of the quiz as drawn (seed, count, types regenerate it); the record's
      // question ids say which of its questions this round asks again.
      const quiz: Quiz = { ...state.quiz, questions: missed.map((i) => state.quiz.questions[i]!) };
      // The article was read already: straight to the first missed question.
      const next = {
        ...createFlow(quiz, state.options),
        numbers: missed.map((i) => numberOf(state, i)),
        round: state.round + 1,
        startedAt: action.at,
      };
      return showQuestion(next, action.at);
    }
    case 'new-quiz':
      if (state.screen !== 'summary' && state.screen !== 'review') return state;
      return createFlow(action.quiz, state.options);
  }
}

// ------------------------------------------------------------------------------------------ summary

/**
 * How a question of the round ended, as the summary groups them and the record writes them: the record's
 * statuses (attempt-record.ts), declared once. "unanswered" is seen and left without an answer.
 */
export type Outcome = AttemptStatus;

/**
 * What the screens call each outcome, declared once: the summary's groups, the stop dialog and the notices
 * use these words. "Not answered": seen (skipped, or on screen when the quiz was stopped) and left
 * without an answer; "Not reached": never shown, the quiz was stopped before it.
 */
export const OUTCOME_TITLE: Record<Outcome, string> = {
  right: 'Right',
  partial: 'Partly right',
  wrong: 'Wrong',
  unanswered: 'Not answered',
  'not-reached': 'Not reached',
};

export function outcomeOf(state: FlowState, index: number): Outcome {
  const a = state.answers[index];
  if (a && a.result.status !== 'unanswered') return a.result.status;
  return state.reached[index] ? 'unanswered' : 'not-reached';
}

/**
 * Questions seen and not answered fully right (wrong, partly right, or skipped), in quiz order: what review
 * and retry go through. Questions never reached are left out: the reader has not seen them, so neither
 * their answers (exam mode keeps its key) nor a "retry" of them make sense.
 */
export function missedIndices(state: FlowState): number[] {
  return state.quiz.questions
    .map((_, i) => i)
    .filter((i) => {
      const o = outcomeOf(state, i);
      return o === 'wrong' || o === 'partial' || o === 'unanswered';
    });
}

export interface Tally {
  points: number;
  max: number;
  count: number;
  right: number;
  /** Whole percent of max, from the unrounded shares: 1/3 of 2 points shows 0.67/2 and 33%, not 34%. */
  percent: number;
}

export interface MissedItem {
  index: number;
  question: Question;
  /** The answer given, in words ("(no answer)" when skipped). */
  given: string;
  result: ScoreResult | undefined;
  outcome: Exclude<Outcome, 'right' | 'not-reached'>;
}

export interface Summary {
  ended: 'finished' | 'quit';
  points: number;
  max: number;
  /** Whole percent of max points, from the unrounded shares (0 when max is 0). */
  percent: number;
  /** From leaving the start screen to the summary (reading included). */
  ms: number;
  total: number;
  answered: number;
  right: number;
  /**
   * Per fact kind and question type, over the questions reached: one never shown says nothing about the
   * reader (kinds and types with none reached are left out; the headline score still counts every question).
   */
  byKind: { kind: FactKind; tally: Tally }[];
  byType: { type: QuestionType; tally: Tally }[];
  /** Wrong, partly right and not answered (seen, then skipped), in quiz order. */
  missed: MissedItem[];
  /** Question indices never shown (the round was stopped first); their answers are not shown. */
  notReached: number[];
  /** Each leniency, with the number (in the quiz as drawn) of the question it was applied to. */
  leniencies: { number: number; text: string }[];
}

export function summarize(state: FlowState): Summary {
  const qs = state.quiz.questions;
  const tally = (pred: (q: Question, i: number) => boolean): Tally => {
    const t: Tally = { points: 0, max: 0, count: 0, right: 0, percent: 0 };
    let exact = 0;
    qs.forEach((q, i) => {
      if (!pred(q, i)) return;
      const a = state.answers[i];
      t.count++;
      t.max += q.points;
      t.points = round2(t.points + (a?.result.points ?? 0));
      exact += a ? (a.result.share ?? a.result.points / Math.max(1e-9, a.result.max)) * a.result.max : 0;
      if (a?.result.status === 'right') t.right++;
    });
    t.percent = t.max > 0 ? Math.round((100 * exact) / t.max) : 0;
    return t;
  };
  const all = tally(() => true);
  const reached = (i: number) => outcomeOf(state, i) !== 'not-reached';
  const reachedQs = qs.filter((_, i) => reached(i));
  const answered = state.answers.filter((a) => a && a.result.status !== 'unanswered').length;
  return {
    ended: state.ended ?? 'finished',
    points: all.points,
    max: all.max,
    percent: all.percent,
    ms: Math.max(0, (state.finishedAt ?? 0) - (state.startedAt ?? state.finishedAt ?? 0)),
    total: qs.length,
    answered,
    right: all.right,
    byKind: FACT_KINDS.filter((k) => reachedQs.some((q) => q.factKind === k)).map((kind) => ({
      kind,
      tally: tally((q, i) => reached(i) && q.factKind === kind),
    })),
    byType: QUESTION_TYPES.filter((t) => reachedQs.some((q) => q.type === t)).map((type) => ({
      type,
      tally: tally((q, i) => reached(i) && q.type === type),
    })),
    missed: missedIndices(state).map((index) => {
      const a = state.answers[index];
      const question = qs[index]!;
      const outcome = outcomeOf(state, index) as MissedItem['outcome'];
      return {
        index,
        question,
        given: a ? describeResponse(question, a.response) : '(no answer)',
        result: a?.result,
        outcome,
      };
    }),
    notReached: qs.map((_, i) => i).filter((i) => outcomeOf(state, i) === 'not-reached'),
    leniencies: state.answers.flatMap((a) =>
      a ? a.result.leniency.map((text) => ({ number: numberOf(state, a.index), text })) : [],
    ),
  };
}

// ------------------------------------------------------------------------------------------ record

export type { AttemptRecord } from './attempt-record.js';

/**
 * The finished (or quit) round as a record: questions seen and not answered appear as unanswered, questions
 * never shown as not-reached, both with a null response and no points.
 */
export function attemptRecord(state: FlowState): AttemptRecord {
  const s = summarize(state);
  const iso = (ms: number | undefined) => new Date(ms ?? 0).toISOString();
  return {
    format: ATTEMPT_FORMAT,
    seed: state.quiz.seed,
    bank: { id: state.quiz.bank.id, contentHash: state.quiz.bank.contentHash },
    options: { count: state.quiz.options.count, types: state.quiz.options.types },
    strict: state.options.strict === true,
    round: state.round,
    startedAt: iso(state.startedAt ?? state.finishedAt),
    finishedAt: iso(state.finishedAt),
    answers: state.quiz.questions.map((q, i) => {
      const a = state.answers[i];
      return {
        questionId: q.id,
        type: q.type,
        factKind: q.factKind,
        response: a?.response ?? null,
        status: outcomeOf(state, i),
        points: a?.result.points ?? 0,
        max: q.points,
        ms: a?.ms ?? state.spent[i] ?? 0,
      };
    }),
    score: { points: s.points, max: s.max },
  };
}
