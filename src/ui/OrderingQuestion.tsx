// Ordering: space or Enter grabs the item under the cursor, arrows move it, space or Enter drops it;
// "Done" submits the order.
import type { OrderingQuestion as Q } from '../core/types.js';
import type { Line } from './lines.js';
import { extra } from './layout.js';
import { hint, keyLabel, matches, type Command } from './keys.js';
import { QuestionFrame } from './QuestionFrame.js';
import { useQuestionView } from './question-view.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { safe } from './words.js';

interface Draft {
  order: number[];
  /** Row under the cursor; `order.length` is the Done row. */
  cursor: number;
  grabbed: boolean;
  /** The order and cursor when the item was grabbed: Esc puts them back (cancels the move). */
  before?: { order: number[]; cursor: number };
}

/** Moves the cursor, carrying the grabbed item with it. */
export function moveInOrder(d: Draft, by: -1 | 1): Draft {
  const n = d.order.length;
  if (!d.grabbed) return { ...d, cursor: (d.cursor + by + n + 1) % (n + 1) };
  const to = d.cursor + by;
  if (to < 0 || to >= n) return d;
  const order = d.order.slice();
  [order[d.cursor], order[to]] = [order[to]!, order[d.cursor]!];
  return { ...d, order, cursor: to };
}

export function OrderingQuestion({ state, act, size, question }: ScreenProps & { question: Q }) {
  const n = question.items.length;
  const [draft, setDraft, draftRef] = useDraft<Draft>(
    { order: question.items.map((_, i) => i), cursor: 0, grabbed: false },
    'order',
  );
  const view = useQuestionView();

  useKeys((input, key) => {
    if (view.scrollKey(input, key)) return;
    const draft = draftRef.current;
    const on = (command: Command) => matches(command, input, key);
    if (on('up')) setDraft((d) => moveInOrder(d, -1));
    else if (on('down')) setDraft((d) => moveInOrder(d, 1));
    else if (on('confirm') || on('toggle')) {
      if (draft.cursor === n) act({ type: 'answer', response: draft.order.slice() });
      else
        setDraft((d) =>
          d.grabbed
            ? { ...d, grabbed: false, before: undefined }
            : { ...d, grabbed: true, before: { order: d.order, cursor: d.cursor } },
        );
    } else if (on('cancel') && draft.grabbed) {
      setDraft((d) => ({
        ...d,
        grabbed: false,
        order: d.before?.order ?? d.order,
        cursor: d.before?.cursor ?? d.cursor,
        before: undefined,
      }));
    } else if (on('article')) act({ type: 'open-article' });
    else if (on('skip')) act({ type: 'skip' });
    else if (on('quit')) act({ type: 'quit-request' });
  });

  const lines: Line[] = draft.order.map((item, pos) => {
    const on = draft.cursor === pos;
    const held = on && draft.grabbed;
    const label = `${on ? (held ? '⇅' : '›') : ' '} ${pos + 1}. `;
    return {
      segs: [
        { text: label, bold: on, color: on ? 'cyan' : undefined },
        { text: safe(question.items[item]!), bold: on, inverse: held, color: on && !held ? 'cyan' : undefined },
      ],
      hang: label.length,
    };
  });
  const onDone = draft.cursor === n;
  lines.push({
    segs: [
      { text: `${onDone ? '›' : ' '} ✔ Done: submit this order`, bold: onDone, color: onDone ? 'cyan' : undefined },
    ],
  });
  const grabKeys = `${keyLabel('toggle')}/${keyLabel('confirm')}`;
  const keys = draft.grabbed
    ? ['↑↓ move the item', `${grabKeys} drop`, hint('cancel', 'cancel the move')]
    : onDone
      ? [
          hint('confirm', 'submit'),
          extra('↑↓ move'),
          hint('skip', 'skip'),
          extra(hint('article', 'article')),
          hint('quit', 'quit'),
        ]
      : [
          extra('↑↓ move'),
          `${grabKeys} grab`,
          extra('Done submits'),
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
      focus={[draft.cursor, draft.cursor + 1]}
      keys={keys}
      view={view}
    />
  );
}
