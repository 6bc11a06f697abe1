// Multiple choice and true/false: arrows and Enter, or the option's letter or number straight away.
import type { MultipleChoiceQuestion, TrueFalseQuestion } from '../core/types.js';
import type { Line } from './lines.js';
import { extra } from './layout.js';
import { hint, matches, type Command } from './keys.js';
import { QuestionFrame } from './QuestionFrame.js';
import { useQuestionView } from './question-view.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { safe } from './words.js';
import { optionsAreNumbers } from '../core/scoring.js';
import { optionLetter } from '../core/text.js';

export function ChoiceQuestion({
  state,
  act,
  size,
  question,
}: ScreenProps & { question: MultipleChoiceQuestion | TrueFalseQuestion }) {
  const mc = question.type === 'multiple-choice';
  const labels = mc ? question.choices : ['True', 'False'];
  const keyOf = (i: number) => (mc ? optionLetter(i) : i === 0 ? 't' : 'f');
  const [cursor, setCursor, cursorRef] = useDraft(0, 'cursor');
  const view = useQuestionView();
  const n = labels.length;
  const figures = mc && optionsAreNumbers(question.choices);
  const answer = (i: number) => act({ type: 'answer', response: mc ? i : i === 0 });

  useKeys((input, key) => {
    if (view.scrollKey(input, key)) return;
    const on = (command: Command) => matches(command, input, key);
    if (on('up') || on('left')) setCursor((c) => (c + n - 1) % n);
    else if (on('down') || on('right')) setCursor((c) => (c + 1) % n);
    else if (on('confirm')) answer(cursorRef.current);
    else if (on('article')) act({ type: 'open-article' });
    else {
      const k = input.toLowerCase();
      const byKey = labels.findIndex((_, i) => keyOf(i) === k);
      // Digits pick by position, unless the options are figures: pressing 4 must not answer "5".
      const byNumber = /^[1-9]$/.test(input) && !figures ? Number(input) - 1 : -1;
      if (byKey >= 0) answer(byKey);
      else if (byNumber >= 0 && byNumber < n) answer(byNumber);
      else if (on('skip')) act({ type: 'skip' });
      else if (on('quit')) act({ type: 'quit-request' });
    }
  });

  const lines: Line[] = labels.map((text, i) => {
    const on = i === cursor;
    const label = `${on ? '›' : ' '} ${keyOf(i)}) `;
    return {
      segs: [
        { text: label, bold: on, color: on ? 'cyan' : undefined },
        { text: safe(text), bold: on, color: on ? 'cyan' : undefined },
      ],
      hang: label.length,
    };
  });
  const keys = [
    extra('↑↓ move'),
    hint('confirm', 'answer'),
    mc ? `or a-${optionLetter(n - 1)}` : 'or t/f',
    hint('skip', 'skip'),
    extra(hint('article', 'article')),
    hint('quit', 'quit'),
  ];
  return (
    <QuestionFrame
      state={state}
      question={question}
      size={size}
      input={lines}
      focus={[cursor, cursor + 1]}
      keys={keys}
      view={view}
    />
  );
}
