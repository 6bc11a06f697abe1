// Matching: pick a left item (arrows + Enter, or its number), then its partner (arrows + Enter, or its
// letter); typing "1c" does both. Pairs show as they are made; "Done" submits.
import type { MatchingQuestion as Q } from '../core/types.js';
import type { Line } from './lines.js';
import { extra } from './layout.js';
import { QuestionFrame } from './QuestionFrame.js';
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
  const [draft, setDraft, draftRef] = useDraft<Draft>({ pairs: question.left.map(() => -1), column: 'left', lc: 0, rc: 0 });
  const submit = () => {
    const pairs = draftRef.current.pairs;
    act({ type: 'answer', response: pairs.every((p) => p === -1) ? [] : pairs.slice() });
  };

  useKeys((input, key) => {
    const draft = draftRef.current;
    const k = input.toLowerCase();
    const r = optionIndex(k);
    if (key.escape) {
      if (draft.column === 'right') setDraft((d) => ({ ...d, column: 'left', chosen: undefined }));
      else act({ type: 'quit-request' });
    } else if (key.upArrow) {
      setDraft((d) => (d.column === 'left' ? { ...d, lc: (d.lc + nl) % (nl + 1) } : { ...d, rc: (d.rc + nr - 1) % nr }));
    } else if (key.downArrow) {
      setDraft((d) => (d.column === 'left' ? { ...d, lc: (d.lc + 1) % (nl + 1) } : { ...d, rc: (d.rc + 1) % nr }));
    } else if (key.rightArrow && draft.column === 'left' && draft.lc < nl) {
      setDraft((d) => ({ ...d, column: 'right', chosen: d.lc, rc: Math.max(0, d.pairs[d.lc]!) }));
    } else if (key.leftArrow && draft.column === 'right') {
      setDraft((d) => ({ ...d, column: 'left', chosen: undefined }));
    } else if (key.return || input === ' ') {
      if (draft.column === 'left' && draft.lc === nl) submit();
      else if (draft.column === 'left') setDraft((d) => ({ ...d, column: 'right', chosen: d.lc, rc: Math.max(0, d.pairs[d.lc]!) }));
      else setDraft((d) => pairUp(d, d.chosen ?? d.lc, d.rc));
    } else if (/^[1-9]$/.test(input) && Number(input) <= nl) {
      const l = Number(input) - 1;
      setDraft((d) => ({ ...d, column: 'right', chosen: l, lc: l, rc: Math.max(0, d.pairs[l]!) }));
    } else if (r >= 0 && r < nr) {
      setDraft((d) => (d.chosen !== undefined ? pairUp(d, d.chosen, r) : d.lc < nl ? pairUp(d, d.lc, r) : d));
    } else if (key.backspace || key.delete || k === 'x') {
      setDraft((d) => {
        const l = d.chosen ?? d.lc;
        return l < nl ? { ...d, pairs: d.pairs.map((x, i) => (i === l ? -1 : x)) } : d;
      });
    } else if (k === 's') act({ type: 'skip' });
    else if (k === 'q') act({ type: 'quit-request' });
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
        p >= 0 ? { text: `${optionLetter(p)}) ${safe(question.right[p]!)}`, color: 'green' } : { text: '?', dim: true },
      ],
      hang: label.length,
    });
  });
  const onDone = draft.column === 'left' && draft.lc === nl;
  const paired = draft.pairs.filter((p) => p >= 0).length;
  lines.push({ segs: [{ text: `${onDone ? '›' : ' '} ✔ Done`, bold: onDone, color: onDone ? 'cyan' : undefined }, { text: ` (${paired} of ${nl} paired)`, dim: true }] });
  lines.push({ segs: [{ text: draft.column === 'right' ? `Partner for ${(draft.chosen ?? 0) + 1}:` : 'Partners:', dim: true }] });
  const firstRight = lines.length;
  question.right.forEach((text, i) => {
    const on = draft.column === 'right' && draft.rc === i;
    const used = draft.pairs.includes(i);
    const label = `${on ? '›' : ' '} ${optionLetter(i)}) `;
    lines.push({ segs: [{ text: label, bold: on, color: on ? 'cyan' : undefined }, { text: safe(text), bold: on, dim: used && !on, color: on ? 'cyan' : undefined }], hang: label.length });
  });
  const focus: [number, number] = draft.column === 'right' ? [firstRight + draft.rc, firstRight + draft.rc + 1] : [draft.lc, draft.lc + 1];
  const keys = draft.column === 'right'
    ? [extra('↑↓ move'), `Enter or a-${optionLetter(nr - 1)} pair`, 'Esc back']
    : onDone
      ? ['Enter submit', extra('↑↓ move'), 's skip', 'q quit']
      : [extra('↑↓ move'), 'Enter pick', `or type 1${optionLetter(0)}`, extra('x unpair'), extra('Done submits'), 's skip', 'q quit'];
  return <QuestionFrame state={state} question={question} size={size} input={lines} focus={focus} keys={keys} />;
}
