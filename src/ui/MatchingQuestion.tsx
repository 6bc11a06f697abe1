// Matching: pick a left item (arrows + Enter, or its number), then its partner (arrows + Enter, or its
// letter); typing "1c" does both. Pairs show as they are made; "Done" submits.
import type { MatchingQuestion as Q } from '../core/types.js';
import type { Line } from './lines.js';
import { extra } from './layout.js';
import { hint, matches, type Command } from './keys.js';
import { QuestionFrame } from './QuestionFrame.js';
import { useQuestionView } from './question-view.js';
import type { ScreenProps } from './screen-props.js';
import { useDraft, useKeys } from './use-keys.js';
import { safe } from './words.js';
import { optionLetter, optionIndex } from '../core/text.js';

interface Draft {
  pairs: number[];
  column: 'left' | 'right';
  /** Left cursor; `left.length` is the Done row. */
  lc: number;
  rc: number;
  /** The left item waiting for its partner. */
  chosen?: number;
}

/** Pairs left item `l` with right item `r`, one-to-one (a partner taken elsewhere moves), then moves on. */
export function pairUp(d: Draft, l: number, r: number): Draft {
  const pairs = d.pairs.map((x, i) => (i === l ? r : x === r ? -1 : x));
  const nextOpen = pairs.findIndex((x, i) => x === -1 && i > l);
  const anyOpen = pairs.findIndex((x) => x === -1);
  const lc = nextOpen >= 0 ? nextOpen : anyOpen >= 0 ? anyOpen : pairs.length;
  return { ...d, pairs, column: 'left', chosen: undefined, lc };
}

export function MatchingQuestion({ state, act, size, question }: ScreenProps & { question: Q }) {
  const nl = question.left.length;
  const nr = question.right.length;
  const [draft, setDraft, draftRef] = useDraft<Draft>(
    { pairs: question.left.map(() => -1), column: 'left', lc: 0, rc: 0 },
    'pairs',
  );
  // The pairs a problem ("Nothing paired yet") was about: once they change, the problem is not shown.
  const [submitted, setSubmitted] = useDraft<string | undefined>(undefined);
  const view = useQuestionView();
  const submit = () => {
    const pairs = draftRef.current.pairs;
    setSubmitted(() => pairs.join());
    act({ type: 'answer', response: pairs.every((p) => p === -1) ? [] : pairs.slice() });
  };

  useKeys((input, key) => {
    if (view.scrollKey(input, key)) return;
    const draft = draftRef.current;
    const on = (command: Command) => matches(command, input, key);
    const k = input.toLowerCase();
    const r = optionIndex(k);
    if (on('cancel') && draft.column === 'right') {
      setDraft((d) => ({ ...d, column: 'left', chosen: undefined }));
    } else if (on('up')) {
      setDraft((d) =>
        d.column === 'left' ? { ...d, lc: (d.lc + nl) % (nl + 1) } : { ...d, rc: (d.rc + nr - 1) % nr },
      );
    } else if (on('down')) {
      setDraft((d) => (d.column === 'left' ? { ...d, lc: (d.lc + 1) % (nl + 1) } : { ...d, rc: (d.rc + 1) % nr }));
    } else if (on('right') && draft.column === 'left' && draft.lc < nl) {
      setDraft((d) => ({ ...d, column: 'right', chosen: d.lc, rc: Math.max(0, d.pairs[d.lc]!) }));
    } else if (on('left') && draft.column === 'right') {
      setDraft((d) => ({ ...d, column: 'left', chosen: undefined }));
    } else if (on('article')) {
      act({ type: 'open-article' });
    } else if (on('confirm') || on('toggle')) {
      if (draft.column === 'left' && draft.lc === nl) submit();
      else if (draft.column === 'left')
        setDraft((d) => ({ ...d, column: 'right', chosen: d.lc, rc: Math.max(0, d.pairs[d.lc]!) }));
      else setDraft((d) => pairUp(d, d.chosen ?? d.lc, d.rc));
    } else if (/^[1-9]$/.test(input) && Number(input) <= nl) {
      const l = Number(input) - 1;
      setDraft((d) => ({ ...d, column: 'right', chosen: l, lc: l, rc: Math.max(0, d.pairs[l]!) }));
    } else if (r >= 0 && r < nr) {
      setDraft((d) => (d.chosen !== undefined ? pairUp(d, d.chosen, r) : d.lc < nl ? pairUp(d, d.lc, r) : d));
    } else if (on('unpair')) {
      setDraft((d) => {
        const l = d.chosen ?? d.lc;
        return l < nl ? { ...d, pairs: d.pairs.map((x, i) => (i === l ? -1 : x)) } : d;
      });
    } else if (on('skip')) act({ type: 'skip' });
    else if (on('quit')) act({ type: 'quit-request' });
  });

  const lines: Line[] = [];
  question.left.forEach((text, i) => {
    const on = draft.column === 'left' && draft.lc === i;
    const chosen = draft.chosen === i;
    const p = draft.pairs[i]!;
    const label = `${on ? '›' : chosen ? '•' : ' '} ${i + 1}. `;
    lines.push({
      segs: [
        { text: label, bold: on || chosen, color: on || chosen ? 'cyan' : undefined },
        { text: safe(text), bold: on || chosen, inverse: chosen, color: on ? 'cyan' : undefined },
        { text: ' → ', dim: true },
        // Not green: whether a pair is right is told only after submitting.
        p >= 0 ? { text: `${optionLetter(p)}) ${safe(question.right[p]!)}`, bold: true } : { text: '?', dim: true },
      ],
      hang: label.length,
    });
  });
  const onDone = draft.column === 'left' && draft.lc === nl;
  const paired = draft.pairs.filter((p) => p >= 0).length;
  // The tick only once every item has a partner.
  lines.push({
    segs: [
      {
        text: `${onDone ? '›' : ' '} ${paired === nl ? '✔ ' : ''}Done`,
        bold: onDone,
        color: onDone ? 'cyan' : undefined,
      },
      { text: ` (${paired} of ${nl} paired)`, dim: true },
    ],
  });
  lines.push({
    segs: [{ text: draft.column === 'right' ? `Partner for ${(draft.chosen ?? 0) + 1}:` : 'Partners:', dim: true }],
  });
  const firstRight = lines.length;
  question.right.forEach((text, i) => {
    const on = draft.column === 'right' && draft.rc === i;
    const used = draft.pairs.includes(i);
    const label = `${on ? '›' : ' '} ${optionLetter(i)}) `;
    lines.push({
      segs: [
        { text: label, bold: on, color: on ? 'cyan' : undefined },
        { text: safe(text), bold: on, dim: used && !on, color: on ? 'cyan' : undefined },
      ],
      hang: label.length,
    });
  });
  const focus: [number, number] =
    draft.column === 'right' ? [firstRight + draft.rc, firstRight + draft.rc + 1] : [draft.lc, draft.lc + 1];
  const keys =
    draft.column === 'right'
      ? [extra('↑↓ move'), `${hint('confirm', 'or')} a-${optionLetter(nr - 1)} pair`, hint('cancel', 'back')]
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
            hint('confirm', 'pick'),
            `or type 1${optionLetter(0)}`,
            extra(hint('unpair', 'unpair')),
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
      focus={focus}
      keys={keys}
      view={view}
      showProblem={submitted === draft.pairs.join()}
    />
  );
}
