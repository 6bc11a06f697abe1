// `readquiz review`: a view over the review reducer (src/core/review). Keys go through the table in
// keys.ts; every decision is handed to `save` (the command writes the file) before it is drawn, so
// leaving at any moment, Ctrl+C included, loses nothing.
import { useApp, useInput, type Key } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { ReviewInsight, ReviewState } from '../../core/review/model.js';
import { createReview, reviewReducer, type ReviewAction } from '../../core/review/review-reducer.js';
import type { ReviewInput } from '../../core/review/model.js';
import { Frame } from '../Frame.js';
import { bodyTop, type Layout } from '../layout.js';
import { clamp, wrapLines, type Line } from '../lines.js';
import { backspace, deleteForward, deleteWordBack, end, home, insert, move, type Field } from '../text-edit.js';
import { ColorContext } from '../theme.js';
import { createKeyPump, KeyBusContext, useKeys, type KeyBus } from '../use-keys.js';
import { useTerminalSize, type Size } from '../use-terminal-size.js';
import { commandFor, footerKeys, typingMode } from './keys.js';
import { progressText, reviewView } from './review-lines.js';

export type ReviewExit = 'quit' | 'interrupted';

export interface ReviewAppProps {
  input: ReviewInput;
  /** The linter and generator (src/core/review/insight.ts), passed in by the command. */
  insight: ReviewInsight;
  /** The bank's name as the user typed it, for the title. */
  name: string;
  /** Writes the bank after a decision (or an undo); returns a problem to show, if the write failed. */
  save: (state: ReviewState) => string | undefined;
  color?: boolean;
  size?: Size;
  /** Called with each new state (tests). */
  onState?: (state: ReviewState) => void;
}

function layoutOf(size: Size, header: Line[], body: Line[], footer: Line): Layout {
  const width = Math.max(12, size.columns - 1);
  const h = wrapLines(header, width);
  const b = wrapLines(body, width);
  const f = wrapLines([footer], width);
  const height = Math.max(3, size.rows - 1 - h.rows.length - f.rows.length - 1);
  return {
    width,
    header: h.rows,
    body: b.rows,
    starts: b.starts,
    footer: f.rows,
    height,
    maxTop: Math.max(0, b.rows.length - height),
  };
}

/** The text of an open field or filter after one key, or undefined when the key is not an editing key. */
function editKey(f: Field, input: string, key: Key): Field | undefined {
  if (key.leftArrow) return move(f, -1);
  if (key.rightArrow) return move(f, 1);
  if (key.home || (key.ctrl && input === 'a')) return home(f);
  if (key.end || (key.ctrl && input === 'e')) return end(f);
  // As in the quiz's text fields: the Backspace key (which most terminals send as DEL, reported as
  // `delete`) deletes back; Ctrl+D deletes forward.
  if (key.backspace || key.delete) return backspace(f);
  if (key.ctrl && input === 'd') return deleteForward(f);
  if (key.ctrl && input === 'u') return { text: '', cursor: 0 };
  if (key.ctrl && input === 'w') return deleteWordBack(f);
  if (
    !key.ctrl &&
    !key.meta &&
    !key.upArrow &&
    !key.downArrow &&
    !key.pageUp &&
    !key.pageDown &&
    !key.tab &&
    !key.return &&
    !key.escape &&
    input
  )
    return insert(f, input);
  return undefined;
}

interface ScreenProps {
  state: ReviewState;
  /** The state after every action so far, drawn or not: keys of one burst each see the one before. */
  latest: () => ReviewState;
  insight: ReviewInsight;
  act: (a: ReviewAction) => void;
  size: Size;
  name: string;
  exit: (r: ReviewExit) => void;
  problem?: string;
}

function Screen({ state, latest, insight, act, size, name, exit, problem }: ScreenProps) {
  const [top, setTop] = useState<number | undefined>(undefined);
  const view = reviewView(state, insight);
  const narrow = size.columns < 60;
  const footer: Line = {
    segs: [
      { text: progressText(state), bold: true },
      { text: ['', ...footerKeys(state, narrow)].join(' · '), dim: true },
    ],
    hang: 2,
  };
  const header: Line[] = [
    {
      segs: [
        { text: 'readquiz review ', dim: true },
        { text: name, dim: true },
      ],
    },
    ...view.header,
  ];
  const layout = layoutOf(size, header, view.body, footer);
  useKeys((input, key) => {
    const now = latest();
    const m = now.mode;
    const c = commandFor(now, input, key);
    if (c) {
      if (c.type === 'quit') exit('quit');
      else if (c.type === 'scroll')
        setTop((t) =>
          clamp(
            (t ?? bodyTop(layout, undefined, view.focus)) +
              (c.by === 'page-up' ? -1 : 1) * Math.max(1, layout.height - 1),
            0,
            layout.maxTop,
          ),
        );
      else {
        setTop(undefined);
        act(c);
      }
      return;
    }
    if (typingMode(m)) {
      const field: Field =
        m.type === 'edit'
          ? { text: m.text, cursor: m.cursor }
          : { text: m.type === 'pick' ? m.filter : '', cursor: [...(m.type === 'pick' ? m.filter : '')].length };
      const next = editKey(field, input, key);
      if (!next) return;
      if (m.type === 'edit') act({ type: 'edit-change', text: next.text, cursor: next.cursor });
      else act({ type: 'pick-filter', filter: next.text });
    }
  });
  const status = [problem, state.mode.type === 'end' ? undefined : state.message].filter(Boolean).join(' · ');
  return (
    <Frame
      layout={layout}
      top={top !== undefined ? clamp(top, 0, layout.maxTop) : bodyTop(layout, 0, view.focus)}
      status={status}
    />
  );
}

export function ReviewApp({ input, insight, name, save, color = true, size: fixedSize, onState }: ReviewAppProps) {
  const { exit } = useApp();
  // The reducer runs here rather than in useReducer so that a decision is on disk before the frame that
  // shows it is drawn: what the screen says is done, is done (Ctrl+C right after loses nothing).
  const [state, setState] = useState<ReviewState>(() => createReview(input));
  const stateRef = useRef(state);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const size = useTerminalSize(fixedSize);
  const bus = useRef<KeyBus>({ acted: false }).current;
  // The pump need not wait for a render between keys (bus.acted stays false): handlers read the latest
  // state, so a pasted line is typed in one go.
  const act = (a: ReviewAction) => {
    const prev = stateRef.current;
    const next = reviewReducer(prev, a);
    if (next.journal !== prev.journal) setProblem(save(next));
    stateRef.current = next;
    setState(next);
    onState?.(next);
  };
  const exitRef = useRef(exit);
  exitRef.current = exit;
  const leave = (r: ReviewExit) => exitRef.current(r);
  const pump = useRef<ReturnType<typeof createKeyPump>>(undefined);
  pump.current ??= createKeyPump(bus);
  const onKey = useRef<(input: string, key: Key) => void>(undefined);
  onKey.current ??= (i, k) => {
    if (k.ctrl && i === 'c') exitRef.current('interrupted');
    else pump.current!.feed(i, k);
  };
  useInput(onKey.current);
  useEffect(() => () => pump.current!.stop(), []);
  // Braces: whatever onState returns must not become the effect's clean-up (React warns, and would call it).
  useEffect(() => {
    onState?.(stateRef.current);
  }, []);

  return (
    <ColorContext.Provider value={color}>
      <KeyBusContext.Provider value={bus}>
        <Screen
          state={state}
          latest={() => stateRef.current}
          insight={insight}
          act={act}
          size={size}
          name={name}
          exit={leave}
          problem={problem}
        />
      </KeyBusContext.Provider>
    </ColorContext.Provider>
  );
}
