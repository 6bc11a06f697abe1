// The missed questions one at a time: the question with its options, your answer, the right one, the proof.
import { missedIndices, numberOf } from '../core/quiz-flow.js';
import type { Question } from '../core/types.js';
import { explanationLines } from './FeedbackScreen.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, extra, footerLine, screenLayout, scrollKey } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { hint, matches } from './keys.js';
import { safe } from './words.js';
import { optionLetter } from '../core/text.js';

function optionLines(q: Question): Line[] {
  const list = (items: readonly string[], label: (i: number) => string, right: (i: number) => boolean): Line[] =>
    items.map((text, i) => {
      const l = `${right(i) ? '✔' : ' '} ${label(i)} `;
      return {
        segs: [
          { text: l, color: right(i) ? 'green' : undefined },
          { text: safe(text), color: right(i) ? 'green' : undefined },
        ],
        indent: 2,
        hang: l.length + 2,
      };
    });
  switch (q.type) {
    case 'multiple-choice':
      return list(
        q.choices,
        (i) => `${optionLetter(i)})`,
        (i) => i === q.answer,
      );
    case 'multi-select':
      return list(
        q.choices,
        (i) => `${optionLetter(i)})`,
        (i) => q.answer.includes(i),
      );
    case 'matching':
      return [
        ...list(
          q.left,
          (i) => `${i + 1}.`,
          () => false,
        ),
        ...list(
          q.right,
          (i) => `${optionLetter(i)})`,
          () => false,
        ),
      ];
    case 'ordering':
      return list(
        q.items,
        (i) => `${i + 1}.`,
        () => false,
      );
    default:
      return [];
  }
}

export function ReviewScreen({ state, act, size, exit }: ScreenProps) {
  const missed = missedIndices(state);
  const index = missed[state.reviewPos]!;
  const question = state.quiz.questions[index]!;
  const [top, setTop, topRef] = useDraft(0);
  const header = [
    line(
      { text: `Missed ${state.reviewPos + 1} of ${missed.length}`, bold: true },
      { text: ` · question ${numberOf(state, index)} of the quiz`, dim: true },
    ),
  ];
  const options = optionLines(question);
  const body: Line[] = [
    blank,
    line({ text: safe(question.prompt), bold: true }),
    ...(options.length ? [blank, ...options] : []),
    blank,
    ...explanationLines(question, state.answers[index]),
  ];
  const keys = [
    '←→ previous/next',
    extra('↑↓ scroll'),
    hint('back', 'back to the score'),
    hint('retry', 'retry missed'),
    hint('quit', 'quit'),
  ];
  const layout = screenLayout(size, header, body, footerLine(safe(state.quiz.seed), keys));
  useKeys((input, key) => {
    if (matches('reviewNext', input, key)) {
      setTop(() => 0);
      act({ type: 'review-move', by: 1 });
    } else if (matches('reviewPrev', input, key)) {
      setTop(() => 0);
      act({ type: 'review-move', by: -1 });
    } else if (matches('back', input, key)) act({ type: 'back' });
    else if (matches('retry', input, key)) act({ type: 'retry-missed' });
    else if (matches('quit', input, key)) exit('quit');
    else {
      const next = scrollKey(input, key, topRef.current, layout, false);
      if (next !== undefined) setTop(() => next);
    }
  });
  return <Frame layout={layout} top={bodyTop(layout, top)} />;
}
