import { blank, line } from './lines.js';
import { bodyTop, footerLine, screenLayout } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { useKeys } from './use-keys.js';
import { safe } from './words.js';

export function ConfirmQuitScreen({ state, act, size }: ScreenProps) {
  const answered = state.answers.filter((a) => a !== undefined).length;
  useKeys((input, key) => {
    if (input === 'y' || key.return) act({ type: 'quit-confirm' });
    else if (input === 'n' || key.escape || input === 'q') act({ type: 'quit-cancel' });
  });
  const body = [
    blank,
    line({ text: 'Stop the quiz now?', bold: true, color: 'yellow' }),
    blank,
    line(`You have answered ${answered} of ${state.quiz.questions.length} questions. Stopping shows your score so far; the rest count as not answered.`),
    blank,
    { ...line({ text: 'y', bold: true }, ' or Enter  stop and see the score'), indent: 2 },
    { ...line({ text: 'n', bold: true }, ' or Esc    keep going'), indent: 2 },
  ];
  const layout = screenLayout(size, [line({ text: safe(state.quiz.bank.title), bold: true, color: 'cyan' })], body, footerLine(safe(state.quiz.seed), ['y stop', 'n keep going']));
  return <Frame layout={layout} top={bodyTop(layout, 0)} />;
}
