// The score, a breakdown by fact kind and question type, the missed questions with their right answers
// and evidence, and the leniencies applied. Keys: review, retry the missed, a new quiz (its seed shown), quit.
import { sourcesOf } from '../core/sources.js';
import { summarize, type Tally } from '../core/quiz-flow.js';
import type { Quiz } from '../core/types.js';
import { blank, line, type Line } from './lines.js';
import { bodyTop, extra, footerLine, screenLayout, scrollKey } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { duration, givenAnswer, pts, rightAnswer, safe, TYPE_LABEL } from './words.js';

function tallyLine(name: string, t: Tally, width: number): Line {
  const pct = t.max > 0 ? Math.round((100 * t.points) / t.max) : 0;
  return { segs: [{ text: name.padEnd(width) }, { text: `${pts(t.points)}/${pts(t.max)}`.padStart(7), bold: true }, { text: `  ${String(pct).padStart(3)}%`, dim: true }], indent: 2, hang: 4 };
}

export function SummaryScreen({ state, act, size, exit, nextSeed, newQuiz }: ScreenProps & { nextSeed: string; newQuiz: (seed: string) => Quiz }) {
  const [top, setTop, topRef] = useDraft(0);
  const s = summarize(state);
  const color = s.percent >= 80 ? 'green' : s.percent >= 50 ? 'yellow' : 'red';
  const body: Line[] = [
    line({ text: s.ended === 'quit' ? 'Stopped early: the score so far' : state.round > 1 ? 'Retry finished' : 'Quiz finished', bold: true }),
    line({ text: `Score ${pts(s.points)} / ${pts(s.max)} points · ${s.percent}%`, bold: true, color }),
    line({ text: `${s.right} of ${s.total} right · ${s.answered} answered · time ${duration(s.ms)}`, dim: true }),
    s.missed.length > 0
      ? line({ text: `Missed: question${s.missed.length > 1 ? 's' : ''} ${s.missed.map((m) => m.index + 1).join(', ')}`, color: 'yellow' }, { text: ' (r to review, m to retry them; details below)', dim: true })
      : line({ text: 'Nothing missed.', color: 'green' }),
  ];
  const kindWidth = Math.max(...s.byKind.map((k) => k.kind.length), 8) + 2;
  body.push(blank, line({ text: 'By kind of fact', bold: true }), ...s.byKind.map((k) => tallyLine(k.kind, k.tally, kindWidth)));
  const typeWidth = Math.max(...s.byType.map((t) => TYPE_LABEL[t.type].length)) + 2;
  body.push(blank, line({ text: 'By type of question', bold: true }), ...s.byType.map((t) => tallyLine(TYPE_LABEL[t.type], t.tally, typeWidth)));
  if (s.missed.length > 0) {
    body.push(blank, line({ text: `Missed (${s.missed.length})`, bold: true }));
    for (const m of s.missed) {
      const a = state.answers[m.index];
      const label = `${m.index + 1}. `;
      body.push({ segs: [{ text: label, bold: true }, { text: safe(m.question.prompt) }], hang: label.length });
      body.push({ segs: [{ text: 'yours: ', dim: true }, { text: a ? safe(givenAnswer(m.question, a.response)) : '(no answer)', color: a ? 'red' : 'gray' }], indent: label.length, hang: label.length + 2 });
      body.push({ segs: [{ text: 'right: ', dim: true }, { text: safe(rightAnswer(m.question)), color: 'green' }], indent: label.length, hang: label.length + 2 });
      for (const src of sourcesOf(m.question).filter((x, i, all) => all.findIndex((o) => o.evidence === x.evidence) === i)) {
        body.push({ segs: [{ text: `¶${src.paragraph}: `, dim: true }, { text: `“${safe(src.evidence)}”`, dim: true }], indent: label.length, hang: label.length + 2 });
      }
    }
  }
  if (s.leniencies.length > 0) {
    body.push(blank, line({ text: state.options.strict ? 'Leniency' : 'Leniency applied', bold: true }));
    for (const l of s.leniencies) body.push({ segs: [{ text: `${l.number}. `, dim: true }, { text: safe(l.text) }], indent: 2, hang: 5 });
  }
  const missed = s.missed.length > 0;
  const keys = [...(missed ? ['r review missed', 'm retry missed'] : []), `n new quiz (seed ${safe(nextSeed)})`, extra('a article'), 'q quit', extra('↑↓ scroll')];
  const layout = screenLayout(size, [line({ text: safe(state.quiz.bank.title), bold: true, color: 'cyan' })], body, footerLine(safe(state.quiz.seed), keys));
  useKeys((input, key) => {
    if (input === 'q' || key.escape) exit('quit');
    else if (input === 'r' && missed) act({ type: 'review-missed' });
    else if (input === 'm' && missed) act({ type: 'retry-missed' });
    else if (input === 'n') act({ type: 'new-quiz', quiz: newQuiz(nextSeed) });
    else if (input === 'a') act({ type: 'open-article' });
    else {
      const next = scrollKey(input, key, topRef.current, layout);
      if (next !== undefined) setTop(() => next);
    }
  });
  return <Frame layout={layout} top={bodyTop(layout, top)} />;
}
