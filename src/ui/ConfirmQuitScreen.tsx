import { OUTCOME_TITLE, outcomeOf, type FlowState } from '../core/quiz-flow.js';
import { blank, line } from './lines.js';
import { bodyTop, footerLine, screenLayout } from './layout.js';
import { Frame } from './Frame.js';
import type { ScreenProps } from './screen-props.js';
import { useKeys } from './use-keys.js';
import { hint, keyLabel, matches } from './keys.js';
import { safe } from './words.js';

/**
 * What stopping does to the questions without an answer, in the summary's words: "the rest are listed as
 * Not answered (2 seen) and Not reached (4 not yet shown)".
 */
export function stopConsequence(state: FlowState): string {
  const outcomes = state.quiz.questions.map((_, i) => outcomeOf(state, i));
  const groups = (
    [
      ['unanswered', 'seen'],
      ['not-reached', 'not yet shown'],
    ] as const
  )
    .map(([o, why]) => ({ title: OUTCOME_TITLE[o], n: outcomes.filter((x) => x === o).length, why }))
    .filter((g) => g.n > 0);
  if (groups.length === 0) return 'Stopping shows your score.';
  const listed = groups.map((g) => `${g.title} (${g.n} ${g.why})`).join(' and ');
  return `Stopping shows your score so far; the rest ${groups.length === 1 && groups[0]!.n === 1 ? 'is' : 'are'} listed as ${listed}.`;
}

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
    line(`You have answered ${answered} of ${state.quiz.questions.length} questions. ${stopConsequence(state)}`),
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
