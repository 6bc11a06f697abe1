// The score, a breakdown by fact kind and question type, the missed questions with their right answers
// and evidence, and the leniencies applied. Keys: review, retry the missed, a new quiz (its seed shown), quit.
import { sourcesOf } from '../core/sources.js';
import { numberOf, OUTCOME_TITLE, summarize, type Tally } from '../core/quiz-flow.js';
import type { Quiz } from '../core/types.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, extra, footerLine, screenLayout, scrollKey } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { hint, matches } from './keys.js';
import { duration, givenAnswer, pts, quoted, rightAnswer, safe, TYPE_LABEL } from './words.js';

/** One row of a breakdown: name, points and percent, the name shortened to keep the row on one line. */
function tallyLine(name: string, t: Tally, nameWidth: number, rowWidth: number): Line {
  const figures = `${pts(t.points)}/${pts(t.max)}`.padStart(7) + `  ${String(t.percent).padStart(3)}%`;
  const room = Math.max(4, Math.min(nameWidth, rowWidth - 2 - figures.length));
  const shown = [...name].length > room - 1 ? `${[...name].slice(0, room - 2).join('')}…` : name;
  return {
    segs: [
      { text: shown.padEnd(room) },
      { text: figures.slice(0, 7), bold: true },
      { text: figures.slice(7), dim: true },
    ],
    indent: 2,
    hang: 4,
  };
}

export function SummaryScreen({
  state,
  act,
  size,
  exit,
  nextSeed,
  newQuiz,
}: ScreenProps & { nextSeed: string; newQuiz: (seed: string) => Quiz }) {
  const [top, setTop, topRef] = useDraft(0);
  const s = summarize(state);
  const color = s.percent >= 80 ? 'green' : s.percent >= 50 ? 'yellow' : 'red';
  const body: Line[] = [
    line({
      text:
        s.ended === 'quit' ? 'Stopped early: the score so far' : state.round > 1 ? 'Retry finished' : 'Quiz finished',
      bold: true,
    }),
    line({ text: `Score ${pts(s.points)} / ${pts(s.max)} points · ${s.percent}%`, bold: true, color }),
    line({ text: `${s.right} of ${s.total} right · ${s.answered} answered · time ${duration(s.ms)}`, dim: true }),
  ];
  // A retry's questions keep their numbers in the quiz (3, 5, 10), not their places in the retry.
  const numbers = (list: readonly number[]) => list.map((i) => numberOf(state, i)).join(', ');
  for (const outcome of ['wrong', 'partial', 'unanswered'] as const) {
    const of = s.missed.filter((m) => m.outcome === outcome);
    if (of.length > 0)
      body.push(
        line({
          text: `${OUTCOME_TITLE[outcome]}: ${numbers(of.map((m) => m.index))}`,
          color: outcome === 'partial' ? 'yellow' : outcome === 'wrong' ? 'red' : 'gray',
        }),
      );
  }
  // Never shown: no answers for them here (exam mode keeps its key), and `m` does not retry them.
  if (s.notReached.length > 0)
    body.push(
      line(
        { text: `${OUTCOME_TITLE['not-reached']}: ${numbers(s.notReached)}`, color: 'gray' },
        { text: ' (the quiz was stopped before them)', dim: true },
      ),
    );
  if (s.missed.length > 0)
    body.push(line({ text: '(r to review, m to retry the ones above; details below)', dim: true }));
  else if (s.notReached.length < s.total)
    body.push(
      line({
        text: s.notReached.length > 0 ? 'Nothing missed among the questions reached.' : 'Nothing missed.',
        color: 'green',
      }),
    );
  const rowWidth = Math.max(12, size.columns - 1);
  // The breakdowns are over the questions reached (summarize leaves the others out): say so when it matters.
  const ofReached = s.notReached.length > 0 ? { text: ' (questions reached)', dim: true } : undefined;
  const heading = (text: string) => (ofReached ? line({ text, bold: true }, ofReached) : line({ text, bold: true }));
  const kindWidth = Math.max(...s.byKind.map((k) => k.kind.length), 8) + 2;
  body.push(blank, heading('By kind of fact'), ...s.byKind.map((k) => tallyLine(k.kind, k.tally, kindWidth, rowWidth)));
  const typeWidth = Math.max(...s.byType.map((t) => TYPE_LABEL[t.type].length)) + 2;
  body.push(
    blank,
    heading('By type of question'),
    ...s.byType.map((t) => tallyLine(TYPE_LABEL[t.type], t.tally, typeWidth, rowWidth)),
  );
  for (const outcome of ['wrong', 'partial', 'unanswered'] as const) {
    const of = s.missed.filter((m) => m.outcome === outcome);
    if (of.length === 0) continue;
    body.push(blank, line({ text: `${OUTCOME_TITLE[outcome]} (${of.length})`, bold: true }));
    for (const m of of) {
      const a = state.answers[m.index];
      const label = `${numberOf(state, m.index)}. `;
      body.push({ segs: [{ text: label, bold: true }, { text: safe(m.question.prompt) }], hang: label.length });
      body.push({
        segs: [
          { text: 'yours: ', dim: true },
          {
            text: a ? safe(givenAnswer(m.question, a.response)) : '(no answer)',
            color: a ? (outcome === 'partial' ? 'yellow' : 'red') : 'gray',
          },
        ],
        indent: label.length,
        hang: label.length + 2,
      });
      body.push({
        segs: [
          { text: 'right: ', dim: true },
          { text: safe(rightAnswer(m.question)), color: 'green' },
        ],
        indent: label.length,
        hang: label.length + 2,
      });
      for (const src of sourcesOf(m.question).filter(
        (x, i, all) => all.findIndex((o) => o.evidence === x.evidence) === i,
      )) {
        body.push({
          segs: [
            { text: `¶${src.paragraph}: `, dim: true },
            { text: quoted(safe(src.evidence)), dim: true },
          ],
          indent: label.length,
          hang: label.length + 2,
        });
      }
    }
  }
  if (s.leniencies.length > 0) {
    body.push(blank, line({ text: state.options.strict ? 'Leniency' : 'Leniency applied', bold: true }));
    for (const l of s.leniencies)
      body.push({ segs: [{ text: `${l.number}. `, dim: true }, { text: safe(l.text) }], indent: 2, hang: 5 });
  }
  const missed = s.missed.length > 0;
  const keys = [
    ...(missed ? [hint('review', 'review missed'), hint('retry', 'retry missed')] : []),
    hint('newQuiz', `new quiz (seed ${safe(nextSeed)})`),
    extra(hint('articleLetter', 'article')),
    hint('quit', 'quit'),
    extra('↑↓ scroll'),
  ];
  const layout = screenLayout(
    size,
    [line({ text: safe(state.quiz.bank.title), bold: true, color: 'cyan' })],
    body,
    footerLine(safe(state.quiz.seed), keys),
  );
  useKeys((input, key) => {
    if (matches('quit', input, key)) exit('quit');
    else if (matches('review', input, key) && missed) act({ type: 'review-missed' });
    else if (matches('retry', input, key) && missed) act({ type: 'retry-missed' });
    else if (matches('newQuiz', input, key)) act({ type: 'new-quiz', quiz: newQuiz(nextSeed) });
    else if (matches('articleLetter', input, key)) act({ type: 'open-article' });
    else {
      const next = scrollKey(input, key, topRef.current, layout);
      if (next !== undefined) setTop(() => next);
    }
  });
  return <Frame layout={layout} top={bodyTop(layout, top)} />;
}
