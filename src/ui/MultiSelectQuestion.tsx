// Multi-select: move, space (or the option's letter) toggles, Enter submits the picks.
import type { MultiSelectQuestion as Q } from '../core/types.js';
import type { Line } from './lines.js';
import { extra } from './layout.js';
import { hint, matches, type Command } from './keys.js';
import { QuestionFrame } from './QuestionFrame.js';
import { useQuestionView } from './question-view.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { safe } from './words.js';
import { optionLetter, optionIndex } from '../core/text.js';

export function MultiSelectQuestion({ state, act, size, question }: ScreenProps & { question: Q }) {
  const n = question.choices.length;
  const [cursor, setCursor, cursorRef] = useDraft(0, 'cursor');
  const [picked, setPicked, pickedRef] = useDraft<readonly number[]>([], 'picked');
  // The picks a problem ("Nothing picked yet") was about: once they change, the problem is not shown.
  const [submitted, setSubmitted] = useDraft<string | undefined>(undefined);
  const view = useQuestionView();
  const toggle = (i: number) =>
    setPicked((p) => (p.includes(i) ? p.filter((x) => x !== i) : [...p, i].sort((a, b) => a - b)));

  useKeys((input, key) => {
    if (view.scrollKey(input, key)) return;
    const on = (command: Command) => matches(command, input, key);
    if (on('up') || on('left')) setCursor((c) => (c + n - 1) % n);
    else if (on('down') || on('right')) setCursor((c) => (c + 1) % n);
    else if (on('toggle')) toggle(cursorRef.current);
    else if (on('confirm')) {
      setSubmitted(() => pickedRef.current.join());
      act({ type: 'answer', response: pickedRef.current.slice() });
    } else if (on('article')) act({ type: 'open-article' });
    else {
      const k = input.toLowerCase();
      const byLetter = optionIndex(k);
      const byNumber = /^[1-9]$/.test(input) ? Number(input) - 1 : -1;
      const i = byLetter >= 0 && byLetter < n ? byLetter : byNumber >= 0 && byNumber < n ? byNumber : -1;
      if (i >= 0) {
        toggle(i);
        setCursor(() => i);
      } else if (on('skip')) act({ type: 'skip' });
      else if (on('quit')) act({ type: 'quit-request' });
    }
  });

  const lines: Line[] = question.choices.map((text, i) => {
    const on = i === cursor;
    const box = picked.includes(i) ? '[x]' : '[ ]';
    const label = `${on ? '›' : ' '} ${box} ${optionLetter(i)}) `;
    return {
      segs: [
        { text: label, bold: on, color: on ? 'cyan' : undefined },
        { text: safe(text), bold: on || picked.includes(i), color: on ? 'cyan' : undefined },
      ],
      hang: label.length,
    };
  });
  lines.push({
    segs: [
      { text: picked.length ? `picked: ${picked.map(optionLetter).join(', ')}` : 'nothing picked yet', dim: true },
    ],
    indent: 2,
  });
  const keys = [
    extra('↑↓ move'),
    `${hint('toggle', 'or')} a-${optionLetter(n - 1)} pick`,
    hint('confirm', 'submit'),
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
      showProblem={submitted === picked.join()}
    />
  );
}
