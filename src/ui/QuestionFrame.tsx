// What every question shares: progress (4/10 and a bar), the running score, the prompt, the input's lines,
// a note when a typed answer could not be read, and the footer with the input's keys.
import { numberOf, type FlowState } from '../core/quiz-flow.js';
import type { Question } from '../core/types.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, footerLine, screenLayout, type ExtraKey } from './layout.js';
import { clamp } from './lines.js';
import type { QuestionView } from './question-view.js';
import { Frame } from './Frame.js';
import type { Size } from './use-terminal-size.js';
import { pointsWord, pts, safe, TYPE_LABEL } from './words.js';

export interface Progress {
  label: string;
  done: number;
  total: number;
  points: number;
  max: number;
  /** Points of the whole quiz (for a bar of constant width). */
  totalMax: number;
}

/**
 * Whether the question's number in the quiz is not what the progress label counts: the skipped questions
 * offered again ("skipped 1/2") and a retry's ("retry 2/3") are counted within their pass, so the screen
 * also names the question by its number in the quiz ("question 3").
 */
function numberNotCounted(state: FlowState): boolean {
  return state.pass === 2 || state.round > 1;
}

export function progressOf(state: FlowState): Progress {
  const answered = state.answers.filter((a) => a !== undefined);
  return {
    label: `${state.pass === 2 ? 'skipped ' : state.round > 1 ? 'retry ' : ''}${state.pos + 1}/${state.queue.length}`,
    done: answered.length,
    total: state.quiz.questions.length,
    points: answered.reduce((n, a) => n + a!.result.points, 0),
    max: answered.reduce((n, a) => n + a!.result.max, 0),
    totalMax: state.quiz.questions.reduce((n, q) => n + q.points, 0),
  };
}

export function progressLine(p: Progress, width: number, noFeedback: boolean): Line {
  const score = noFeedback ? `${p.done} answered` : `score ${pts(p.points)}/${pts(p.max)}`;
  // The bar's width depends only on the terminal and the quiz, never on the score's digits, so it does
  // not change from question to question: room is kept for the longest label and score this quiz can show.
  const widest =
    `skipped ${p.total}/${p.total}`.length +
    (noFeedback ? `${p.total} answered` : `score ${pts(p.totalMax)}.99/${pts(p.totalMax)}`).length;
  const room = width - widest - 4;
  const barWidth = Math.max(0, Math.min(20, room));
  const filled = p.total > 0 ? Math.round((barWidth * p.done) / p.total) : 0;
  return line(
    { text: p.label, bold: true },
    ...(barWidth >= 4
      ? [' ', { text: '█'.repeat(filled), color: 'cyan' as const }, { text: '░'.repeat(barWidth - filled), dim: true }]
      : []),
    '  ',
    { text: score, dim: noFeedback },
  );
}

export interface QuestionFrameProps {
  state: FlowState;
  question: Question;
  size: Size;
  /** The input's lines, below the prompt. */
  input: Line[];
  /** Lines of `input` to keep in view (the cursor's). */
  focus?: [number, number];
  keys: (string | ExtraKey)[];
  view: QuestionView;
  /** False when the answer the problem was about has since been changed. */
  showProblem?: boolean;
}

export function QuestionFrame({
  state,
  question,
  size,
  input,
  focus,
  keys,
  view,
  showProblem = true,
}: QuestionFrameProps) {
  const width = Math.max(12, size.columns - 1);
  const header = [
    progressLine(progressOf(state), width, state.options.noFeedback === true),
    line({
      text: `${numberNotCounted(state) ? `question ${numberOf(state, state.queue[state.pos]!)} · ` : ''}${TYPE_LABEL[question.type]} · ${pointsWord(question.points)}`,
      dim: true,
    }),
  ];
  const prompt: Line[] = [blank, line({ text: safe(question.prompt), bold: true }), blank];
  const problemText = showProblem ? state.problem : undefined;
  const problem: Line[] = problemText ? [blank, line({ text: `${safe(problemText)}`, color: 'red' })] : [];
  const notice: Line[] = state.notice ? [line({ text: safe(state.notice), color: 'yellow' })] : [];
  const body = [...notice, ...prompt, ...input, ...problem];
  const layout = screenLayout(size, header, body, footerLine(safe(state.quiz.seed), keys));
  const at = notice.length + prompt.length;
  const keep: [number, number] = problemText
    ? [at, body.length]
    : focus
      ? [at + focus[0], at + focus[1]]
      : [0, body.length];
  const top = view.offset !== undefined ? clamp(view.offset, 0, layout.maxTop) : bodyTop(layout, 0, keep);
  view.drawn.top = top;
  view.drawn.page = Math.max(1, layout.height - 1);
  return <Frame layout={layout} top={top} />;
}
