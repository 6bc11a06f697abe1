// The missed questions one at a time: the question with its options, your answer, the right one, the proof.
import { missedIndices } from '../core/quiz-flow.js';
import type { Question } from '../core/types.js';
import { explanationLines } from './FeedbackScreen.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, extra, footerLine, screenLayout, scrollKey } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { safe } from './words.js';
import { optionLetter } from '../core/text.js';

function optionLines(q: Question): Line[] {
  const list = (items: readonly string[], label: (i: number) => string, right: (i: number) => boolean): Line[] =>
    items.map((text, i) => {
      const l = `${right(i) ? '✔' : ' '} ${label(i)} `;
      return { segs: [{ text: l, color: right(i) ? 'green' : undefined }, { text: safe(text), color: right(i) ? 'green' : undefined }], indent: 2, hang: l.length + 2 };
    });
  switch (q.type) {
    case 'multiple-choice': return list(q.choices, (i) => `${optionLetter(i)})`, (i) => i === q.answer);
    case 'multi-select': return list(q.choices, (i) => `${optionLetter(i)})`, (i) => q.answer.includes(i));
    case 'matching': return [...list(q.left, (i) => `${i + 1}.`, () => false), ...list(q.right, (i) => `${optionLetter(i)})`, () => false)];
    case 'ordering': return list(q.items, (i) => `${i + 1}.`, () => false);
    default: return [];
  }
}

export function ReviewScreen({ state, act, size, exit }: ScreenProps) {
  const missed = missedIndices(state);
  const index = missed[state.reviewPos]!;
  const question = state.quiz.questions[index]!;
  const [top, setTop, topRef] = useDraft(0);
  const header = [
    line({ text: `Missed ${state.reviewPos + 1} of ${missed.length}`, bold: true }, { text: ` · question ${index + 1} of the quiz`, dim: true }),
  ];
  const options = optionLines(question);
  const body: Line[] = [blank, line({ text: safe(question.prompt), bold: true }), ...(options.length ? [blank, ...options] : []), blank, ...explanationLines(question, state.answers[index])];
  const keys = ['←→ previous/next', extra('↑↓ scroll'), 'Esc back to the score', 'm retry missed', 'q quit'];
  const layout = screenLayout(size, header, body, footerLine(safe(state.quiz.seed), keys));
  useKeys((input, key) => {
    if (key.rightArrow || input === 'n') {
      setTop(() => 0);
      act({ type: 'review-move', by: 1 });
    } else if (key.leftArrow || input === 'p') {
      setTop(() => 0);
      act({ type: 'review-move', by: -1 });
    } else if (key.escape || input === 'b' || key.backspace || key.delete) act({ type: 'back' });
    else if (input === 'm') act({ type: 'retry-missed' });
    else if (input === 'q') exit('quit');
    else {
      const next = scrollKey(input, key, topRef.current, layout, false);
      if (next !== undefined) setTop(() => next);
    }
  });
  return <Frame layout={layout} top={bodyTop(layout, top)} />;
}
