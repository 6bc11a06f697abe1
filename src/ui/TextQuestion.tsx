// Numeric, short-answer and cloze: a one-line field with cursor editing. Letters are typed, so skipping is
// Tab (or Enter on an empty field) and quitting is Esc.
import type { ClozeQuestion, NumericQuestion, ShortAnswerQuestion } from '../core/types.js';
import {
  backspace,
  deleteForward,
  deleteWordBack,
  emptyField,
  end,
  home,
  insert,
  move,
  type Field,
} from './text-edit.js';
import type { Line, Seg } from './lines.js';
import { extra } from './layout.js';
import { hint, isTypedText, matches } from './keys.js';
import { QuestionFrame } from './QuestionFrame.js';
import { useQuestionView } from './question-view.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { safe } from './words.js';

export function fieldSegs(f: Field): Seg[] {
  const chars = [...f.text];
  const before = chars.slice(0, f.cursor).join('');
  const at = chars[f.cursor] ?? ' ';
  const after = chars.slice(f.cursor + 1).join('');
  return [
    { text: before, bold: true },
    { text: at, inverse: true, bold: true },
    { text: after, bold: true },
  ].filter((s) => s.text !== '');
}

const TYPING = { typing: true };

export function TextQuestion({
  state,
  act,
  size,
  question,
}: ScreenProps & { question: NumericQuestion | ShortAnswerQuestion | ClozeQuestion }) {
  // Named drafts: the text survives the stop dialog and a visit to the article.
  const [field, setField, fieldRef] = useDraft<Field>(emptyField, 'field');
  // The text a problem ("not a number") was about: once the text changes, the problem is not shown.
  const [submitted, setSubmitted] = useDraft<string | undefined>(undefined);
  const view = useQuestionView();

  useKeys((input, key) => {
    if (view.scrollKey(input, key)) return;
    const on = (command: Parameters<typeof matches>[0]) => matches(command, input, key, TYPING);
    if (on('confirm')) {
      setSubmitted(() => fieldRef.current.text);
      act({ type: 'answer', response: fieldRef.current.text });
    } else if (on('quit')) act({ type: 'quit-request' });
    else if (on('skip')) act({ type: 'skip' });
    else if (on('article')) act({ type: 'open-article' });
    else if (on('cursorLeft')) setField((f) => move(f, -1));
    else if (on('cursorRight')) setField((f) => move(f, 1));
    else if (on('lineStart')) setField(home);
    else if (on('lineEnd')) setField(end);
    else if (on('deleteBack')) setField(backspace);
    else if (on('deleteForward')) setField(deleteForward);
    else if (on('clearLine')) setField(() => emptyField);
    else if (on('deleteWord')) setField(deleteWordBack);
    else if (isTypedText(input, key)) setField((f) => insert(f, input));
  });

  const hintText =
    question.type === 'numeric'
      ? `a number${question.unit && question.unit !== 'year' ? ` (${safe(question.unit)})` : ''}`
      : question.type === 'cloze'
        ? 'the missing word or words'
        : 'a word or a name';
  const label = '> ';
  const lines: Line[] = [
    { segs: [{ text: label, color: 'cyan', bold: true }, ...fieldSegs(field)], hang: label.length },
    { segs: [{ text: hintText, dim: true }], indent: 2 },
  ];
  const keys = [
    extra('type the answer'),
    hint('confirm', 'answer'),
    hint('skip', 'skip', TYPING),
    extra(hint('article', 'article')),
    hint('quit', 'quit', TYPING),
  ];
  return (
    <QuestionFrame
      state={state}
      question={question}
      size={size}
      input={lines}
      focus={[0, 2]}
      keys={keys}
      view={view}
      showProblem={submitted === field.text}
    />
  );
}
