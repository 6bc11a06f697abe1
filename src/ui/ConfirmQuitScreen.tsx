import { blank, line } from './lines.js';
import { bodyTop, footerLine, screenLayout } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { useKeys } from './use-keys.js';
import { hint, keyLabel, matches } from './keys.js';
import { safe } from './words.js';

export function ConfirmQuitScreen({ state, act, size }: ScreenProps) {
  const answered = state.answers.filter((a) => a !== undefined).length;
  useKeys((input, key) => {
    if (matches('yes', input, key)) act({ type: 'quit-confirm' });
    else if (matches('no', input, key)) act({ type: 'quit-cancel' });
  });
  const body = [
    blank,
    line({ text: 'Stop the quiz now?', bold: true, color: 'yellow' }),
    blank,
    line(
      `You have answered ${answered} of ${state.quiz.questions.length} questions. Stopping shows your score so far; the rest count as not answered.`,
    ),
    blank,
    {
      ...line(
        { text: keyLabel('yes', { count: 2 }).replace('/', ' or ').padEnd(11), bold: true },
        'stop and see the score',
      ),
      indent: 2,
    },
    {
      ...line(
        { text: keyLabel('no', { count: 2 }).replace('/', ' or ').padEnd(11), bold: true },
        'keep going, with your answer as you left it',
      ),
      indent: 2,
      hang: 13,
    },
  ];
  const layout = screenLayout(
    size,
    [line({ text: safe(state.quiz.bank.title), bold: true, color: 'cyan' })],
    body,
    footerLine(safe(state.quiz.seed), [hint('yes', 'stop'), hint('no', 'keep going')]),
  );
  return <Frame layout={layout} top={bodyTop(layout, 0)} />;
}
