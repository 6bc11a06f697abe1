// Numeric, short-answer and cloze: a one-line field with cursor editing. Letters are typed, so skipping is
// Tab (or Enter on an empty field) and quitting is Esc.
import type { ClozeQuestion, NumericQuestion, ShortAnswerQuestion } from '../core/types.js';
import { backspace, deleteForward, deleteWordBack, emptyField, end, home, insert, move, type Field } from './text-edit.js';
import type { Line, Seg } from './lines.js';
import { extra } from './layout.js';
import { QuestionFrame } from './QuestionFrame.js';
import type { ScreenProps } from './screen-props.js';
import { isForwardDelete } from './keys-raw.js';
import { KeyBusContext, useDraft, useKeys } from './use-keys.js';
import { useContext } from 'react';
import { safe } from './words.js';

export function fieldSegs(f: Field): Seg[] {
  const chars = [...f.text];
  const before = chars.slice(0, f.cursor).join('');
  const at = chars[f.cursor] ?? ' ';
  const after = chars.slice(f.cursor + 1).join('');
  return [{ text: before, bold: true }, { text: at, inverse: true, bold: true }, { text: after, bold: true }].filter((s) => s.text !== '');
}

export function TextQuestion({ state, act, size, question }: ScreenProps & { question: NumericQuestion | ShortAnswerQuestion | ClozeQuestion }) {
  const [field, setField, fieldRef] = useDraft<Field>(emptyField);
  const bus = useContext(KeyBusContext);

  useKeys((input, key) => {
    if (key.return) act({ type: 'answer', response: fieldRef.current.text });
    else if (key.escape) act({ type: 'quit-request' });
    else if (key.tab) act({ type: 'skip' });
    else if (key.leftArrow) setField((f) => move(f, -1));
    else if (key.rightArrow) setField((f) => move(f, 1));
    else if (key.home || (key.ctrl && input === 'a')) setField(home);
    else if (key.end || (key.ctrl && input === 'e')) setField(end);
    else if (key.backspace) setField(backspace);
    else if (key.delete) setField(isForwardDelete(bus.raw) ? deleteForward : backspace);
    else if (key.ctrl && input === 'd') setField(deleteForward);
    else if (key.ctrl && input === 'u') setField(() => emptyField);
    else if (key.ctrl && input === 'w') setField(deleteWordBack);
    else if (!key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.pageUp && !key.pageDown && input) {
      setField((f) => insert(f, input));
    }
  });

  const hint = question.type === 'numeric'
    ? `a number${question.unit && question.unit !== 'year' ? ` (${safe(question.unit)})` : ''}`
    : question.type === 'cloze' ? 'the missing word or words' : 'a word or a name';
  const label = '> ';
  const lines: Line[] = [
    { segs: [{ text: label, color: 'cyan', bold: true }, ...fieldSegs(field)], hang: label.length },
    { segs: [{ text: hint, dim: true }], indent: 2 },
  ];
  const keys = [extra('type the answer'), 'Enter answer', 'Tab skip', 'Esc quit'];
  return <QuestionFrame state={state} question={question} size={size} input={lines} focus={[0, 2]} keys={keys} />;
}
