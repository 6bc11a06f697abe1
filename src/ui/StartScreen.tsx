import { useKeys } from './use-keys.js';
import { hint, keyLabel, matches } from './keys.js';
import { blank, line } from './lines.js';
import { bodyTop, footerLine, screenLayout } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { pointsWord, safe } from './words.js';

export function StartScreen({ state, act, size, exit }: ScreenProps) {
  const { quiz, options } = state;
  const max = quiz.questions.reduce((n, q) => n + q.points, 0);
  useKeys((input, key) => {
    if (matches('confirm', input, key)) act({ type: 'start' });
    else if (matches('articleLetter', input, key)) act({ type: 'open-article' });
    else if (matches('quit', input, key)) exit('quit');
  });
  const header = [line({ text: safe(quiz.bank.title), bold: true, color: 'cyan' })];
  const body = [
    blank,
    line(`${quiz.questions.length} questions, ${pointsWord(max)} in all`),
    line(
      { text: 'seed ', dim: true },
      { text: safe(quiz.seed), bold: true },
      { text: ` · bank ${safe(quiz.bank.id)}`, dim: true },
    ),
    ...(options.noFeedback ? [line({ text: 'Exam mode: right answers come at the end.', color: 'yellow' })] : []),
    ...(options.strict
      ? [line({ text: 'Strict scoring: no typo, case or punctuation leniency.', color: 'yellow' })]
      : []),
    blank,
    line(
      options.noArticle
        ? 'The article is skipped (--no-article): press a to read it anyway.'
        : 'Read the article first, then answer questions about it.',
    ),
    blank,
    {
      ...line(
        { text: keyLabel('confirm').padEnd(7), bold: true },
        options.noArticle ? 'start the quiz' : 'read the article, then start',
      ),
      indent: 2,
    },
    ...(options.noArticle
      ? [{ ...line({ text: keyLabel('articleLetter').padEnd(7), bold: true }, 'read the article'), indent: 2 }]
      : []),
    { ...line({ text: keyLabel('quit').padEnd(7), bold: true }, 'quit'), indent: 2 },
    {
      ...line(
        { text: keyLabel('article').padEnd(7), bold: true },
        options.noFeedback
          ? 'during a question: the article (exam mode allows it), then back to your answer'
          : 'during a question: the article, then back to your answer',
      ),
      indent: 2,
      hang: 9,
    },
  ];
  const layout = screenLayout(
    size,
    header,
    body,
    footerLine(safe(quiz.seed), [
      hint('confirm', 'start'),
      ...(options.noArticle ? [hint('articleLetter', 'article')] : []),
      hint('quit', 'quit'),
    ]),
  );
  return <Frame layout={layout} top={bodyTop(layout, 0)} />;
}
