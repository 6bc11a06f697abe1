import { useKeys } from './use-keys.js';
import { blank, line } from './lines.js';
import { bodyTop, footerLine, screenLayout } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { pointsWord, safe } from './words.js';

export function StartScreen({ state, act, size, exit }: ScreenProps) {
  const { quiz, options } = state;
  const max = quiz.questions.reduce((n, q) => n + q.points, 0);
  useKeys((input, key) => {
    if (key.return) act({ type: 'start' });
    else if (input === 'a') act({ type: 'open-article' });
    else if (input === 'q' || key.escape) exit('quit');
  });
  const header = [line({ text: safe(quiz.bank.title), bold: true, color: 'cyan' })];
  const body = [
    blank,
    line(`${quiz.questions.length} questions, ${pointsWord(max)} in all`),
    line({ text: 'seed ', dim: true }, { text: safe(quiz.seed), bold: true }, { text: ` · bank ${safe(quiz.bank.id)}`, dim: true }),
    ...(options.noFeedback ? [line({ text: 'Exam mode: right answers come at the end.', color: 'yellow' })] : []),
    ...(options.strict ? [line({ text: 'Strict scoring: no typo, alias or case leniency.', color: 'yellow' })] : []),
    blank,
    line(options.noArticle
      ? 'The article is skipped (--no-article): press a to read it anyway.'
      : 'Read the article first, then answer questions about it.'),
    blank,
    { ...line({ text: 'Enter', bold: true }, options.noArticle ? '  start the quiz' : '  read the article, then start'), indent: 2 },
    ...(options.noArticle ? [{ ...line({ text: 'a', bold: true }, '      read the article'), indent: 2 }] : []),
    { ...line({ text: 'q', bold: true }, '      quit'), indent: 2 },
  ];
  const layout = screenLayout(size, header, body, footerLine(safe(quiz.seed), ['Enter start', ...(options.noArticle ? ['a article'] : []), 'q quit']));
  return <Frame layout={layout} top={bodyTop(layout, 0)} />;
}
