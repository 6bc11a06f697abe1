// What every question shares: progress (4/10 and a bar), the running score, the prompt, the input's lines,
// a note when a typed answer could not be read, and the footer with the input's keys.
import type { FlowState } from '../core/quiz-flow.js';
import type { Question } from '../core/types.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, footerLine, screenLayout, type ExtraKey } from './layout.js';
import { Frame } from './Frame.js';
import type { Size } from './use-terminal-size.js';
import { pointsWord, pts, safe, TYPE_LABEL } from './words.js';

export interface Progress {
  label: string;
  done: number;
  total: number;
  points: number;
  max: number;
}

export function progressOf(state: FlowState): Progress {
  const answered = state.answers.filter((a) => a !== undefined);
  return {
    label: `${state.pass === 2 ? 'skipped ' : ''}${state.pos + 1}/${state.queue.length}`,
    done: answered.length,
    total: state.quiz.questions.length,
    points: answered.reduce((n, a) => n + a!.result.points, 0),
    max: answered.reduce((n, a) => n + a!.result.max, 0),
  };
}

export function progressLine(p: Progress, width: number, noFeedback: boolean): Line {
  const score = noFeedback ? `${p.done} answered` : `score ${pts(p.points)}/${pts(p.max)}`;
  const room = width - p.label.length - score.length - 4;
  const barWidth = Math.max(0, Math.min(20, room));
  const filled = p.total > 0 ? Math.round((barWidth * p.done) / p.total) : 0;
  return line(
    { text: p.label, bold: true },
    ...(barWidth >= 4 ? [' ', { text: '█'.repeat(filled), color: 'cyan' as const }, { text: '░'.repeat(barWidth - filled), dim: true }] : []),
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
}

export function QuestionFrame({ state, question, size, input, focus, keys }: QuestionFrameProps) {
  const width = Math.max(12, size.columns - 1);
  const header = [
    progressLine(progressOf(state), width, state.options.noFeedback === true),
    line({ text: `${TYPE_LABEL[question.type]} · ${pointsWord(question.points)}`, dim: true }),
  ];
  const prompt: Line[] = [blank, line({ text: safe(question.prompt), bold: true }), blank];
  const problem: Line[] = state.problem ? [blank, line({ text: `${safe(state.problem)}`, color: 'red' })] : [];
  const body = [...prompt, ...input, ...problem];
  const layout = screenLayout(size, header, body, footerLine(safe(state.quiz.seed), keys));
  const at = prompt.length;
  const keep: [number, number] = state.problem ? [at, body.length] : focus ? [at + focus[0], at + focus[1]] : [0, body.length];
  return <Frame layout={layout} top={bodyTop(layout, 0, keep)} />;
}
