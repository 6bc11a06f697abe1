// After each answer: right or wrong, the right answer, and the article's sentence that proves it.
import { sourcesOf } from '../core/sources.js';
import { OUTCOME_TITLE, type AnswerRecord } from '../core/quiz-flow.js';
import type { Question } from '../core/types.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, extra, footerLine, screenLayout, scrollKey } from './layout.js';
import { Frame } from './Frame.js';
import { progressLine, progressOf } from './QuestionFrame.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { hint, matches } from './keys.js';
import { answerList, givenAnswer, quoted, rightAnswer, safe, verdict } from './words.js';

/** The answer, the right answer, leniencies and the evidence, as lines (feedback and review share them). */
export function explanationLines(question: Question, answer: AnswerRecord | undefined): Line[] {
  const out: Line[] = [];
  if (answer) {
    const v = verdict(answer.result);
    out.push(line({ text: `${v.mark} ${v.text}`, bold: true, color: v.color }));
    for (const l of answer.result.leniency)
      out.push({ segs: [{ text: `(${safe(l)})`, dim: true }], indent: 2, hang: 3 });
    if (answer.result.problem)
      out.push({ segs: [{ text: `(${safe(answer.result.problem)})`, dim: true }], indent: 2, hang: 3 });
    const given = answerList(question, answer.response);
    if (given) {
      out.push(line({ text: question.type === 'ordering' ? 'Your order:' : 'Your pairs:', dim: true }));
      for (const g of given) {
        const mark = g.ok === undefined ? '  ' : g.ok ? '✔ ' : '✘ ';
        out.push({
          segs: [
            { text: mark, color: g.ok === undefined ? undefined : g.ok ? 'green' : 'red' },
            { text: safe(g.text) },
          ],
          indent: 2,
          hang: 4 + (question.type === 'ordering' ? 3 : 0),
        });
      }
    } else {
      out.push({
        segs: [{ text: 'Your answer: ', dim: true }, { text: safe(givenAnswer(question, answer.response)) }],
        hang: 2,
      });
    }
  } else {
    out.push(line({ text: `· ${OUTCOME_TITLE.unanswered}`, bold: true, color: 'gray' }));
  }
  if (answer?.result.status !== 'right') {
    const right = answerList(question);
    if (right) {
      out.push(line({ text: question.type === 'ordering' ? 'Right order:' : 'Right pairs:', dim: true }));
      for (const r of right)
        out.push({
          segs: [{ text: safe(r.text), color: 'green' }],
          indent: 4,
          hang: 4 + (question.type === 'ordering' ? 3 : 0),
        });
    } else {
      out.push({
        segs: [
          { text: 'Right answer: ', dim: true },
          { text: safe(rightAnswer(question)), bold: true, color: 'green' },
        ],
        hang: 2,
      });
    }
  }
  out.push(blank);
  for (const s of sourcesOf(question).filter((s, i, all) => all.findIndex((o) => o.evidence === s.evidence) === i)) {
    out.push(line({ text: `The article, paragraph ${s.paragraph}:`, dim: true }));
    out.push({ segs: [{ text: quoted(safe(s.evidence)) }], indent: 2, hang: 3 });
  }
  return out;
}

export function FeedbackScreen({ state, act, size }: ScreenProps) {
  const index = state.lastAnswered!;
  const question = state.quiz.questions[index]!;
  const answer = state.answers[index];
  const [top, setTop, topRef] = useDraft(0);
  const width = Math.max(12, size.columns - 1);
  const header = [progressLine(progressOf(state), width, false), line({ text: safe(question.prompt), dim: true })];
  const last = state.pos + 1 >= state.queue.length && (state.pass === 2 || state.skipped.length === 0);
  const keys = [hint('confirm', last ? 'see the score' : 'next question'), extra('↑↓ scroll'), hint('quit', 'quit')];
  const layout = screenLayout(
    size,
    header,
    [blank, ...explanationLines(question, answer)],
    footerLine(safe(state.quiz.seed), keys),
  );
  useKeys((input, key) => {
    if (matches('next', input, key)) act({ type: 'next' });
    else if (matches('quit', input, key)) act({ type: 'quit-request' });
    else {
      const next = scrollKey(input, key, topRef.current, layout, false);
      if (next !== undefined) setTop(() => next);
    }
  });
  return <Frame layout={layout} top={bodyTop(layout, top)} />;
}
