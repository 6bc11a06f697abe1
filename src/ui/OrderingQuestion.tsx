// Ordering: space or Enter grabs the item under the cursor, arrows move it, space or Enter drops it;
// "Done" submits the order.
import type { OrderingQuestion as Q } from '../core/types.js';
import type { Line } from './lines.js';
import { extra } from './layout.js';
import { QuestionFrame } from './QuestionFrame.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { safe } from './words.js';

interface Draft {
  order: number[];
  /** Row under the cursor; `order.length` is the Done row. */
  cursor: number;
  grabbed: boolean;
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
  const [draft, setDraft, draftRef] = useDraft<Draft>({ order: question.items.map((_, i) => i), cursor: 0, grabbed: false });

  useKeys((input, key) => {
    const draft = draftRef.current;
    if (key.upArrow) setDraft((d) => moveInOrder(d, -1));
    else if (key.downArrow) setDraft((d) => moveInOrder(d, 1));
    else if (key.return || input === ' ') {
      if (draft.cursor === n) act({ type: 'answer', response: draft.order.slice() });
      else setDraft((d) => ({ ...d, grabbed: !d.grabbed }));
    } else if (key.escape) {
      if (draft.grabbed) setDraft((d) => ({ ...d, grabbed: false }));
      else act({ type: 'quit-request' });
    } else if (input === 's') act({ type: 'skip' });
    else if (input === 'q') act({ type: 'quit-request' });
  });

  const lines: Line[] = draft.order.map((item, pos) => {
    const on = draft.cursor === pos;
    const held = on && draft.grabbed;
    const label = `${on ? (held ? '⇅' : '›') : ' '} ${pos + 1}. `;
    return {
      segs: [{ text: label, bold: on, color: on ? 'cyan' : undefined }, { text: safe(question.items[item]!), bold: on, inverse: held, color: on && !held ? 'cyan' : undefined }],
      hang: label.length,
    };
  });
  const onDone = draft.cursor === n;
  lines.push({ segs: [{ text: `${onDone ? '›' : ' '} ✔ Done: submit this order`, bold: onDone, color: onDone ? 'cyan' : undefined }] });
  const keys = draft.grabbed
    ? ['↑↓ move the item', 'space/Enter drop']
    : onDone ? ['Enter submit', extra('↑↓ move'), 's skip', 'q quit'] : [extra('↑↓ move'), 'space/Enter grab', extra('Done submits'), 's skip', 'q quit'];
  return <QuestionFrame state={state} question={question} size={size} input={lines} focus={[draft.cursor, draft.cursor + 1]} keys={keys} />;
}
