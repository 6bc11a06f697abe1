// All keys go through one Ink `useInput` in the app, which hands each key to the handler of the screen on
// display. Screens register that handler in a layout effect, which runs in the commit itself, before the
// app lets the next queued key through: a key pressed right after a screen change reaches the new screen
// (a `useInput` per screen subscribes in a passive effect, which can run after the next key arrives).
//
// Keys also arrive in bursts: a paste, a fast typist or a test driver (tmux send-keys) can deliver "b\r" or
// "1c2a" as ONE input event, which Ink passes on whole. Bursts are split into single keys. When a key makes
// the flow act (which may change the screen), the rest waits for the next turn of the event loop, after
// React has rendered, so it goes to the new screen; newer input queues behind it.
import type { Key } from 'ink';
import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

export interface KeyBus {
  /** The handler of the screen on display. */
  handler?: KeyHandler;
  /** Set when a flow action is dispatched. */
  acted: boolean;
}

export const KeyBusContext = createContext<KeyBus>({ acted: false });

/** Makes `handler` receive the keys while this component is on screen and `isActive` is not false. */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const bus = useContext(KeyBusContext);
  const active = options.isActive !== false;
  // No deps: every commit installs the handler of the latest render (it closes over that render's props).
  useLayoutEffect(() => {
    if (!active) return;
    bus.handler = handler;
    return () => {
      if (bus.handler === handler) bus.handler = undefined;
    };
  });
}

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** One character of a burst as the key Ink would have reported for it alone. */
export function keyFor(ch: string): [string, Key] {
  if (ch === '\r' || ch === '\n') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  // As Ink reports them: DEL (0x7f, the Backspace key of most terminals) is `delete`, BS is `backspace`.
  if (ch === '\x7f') return ['', { ...NO_KEY, delete: true }];
  if (ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  // Ctrl+A .. Ctrl+Z, as Ink reports them: the letter with ctrl set.
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /[A-Z]/.test(ch) }];
}

/** Splits an input event into keys: a burst of plain characters into one key each. */
export function splitInput(input: string, key: Key): [string, Key][] {
  // A lone line feed is Enter too (typed before raw mode was on, the tty turned \r into \n).
  if (input === '\n' && !key.return) return [['', { ...key, return: true }]];
  const burst = input.length > 1 && !input.includes('\u001b') && !key.ctrl && !key.meta;
  return burst ? [...input].map((ch) => keyFor(ch)) : [[input, key]];
}

/**
 * Feeds queued keys to the current handler. After a key that made the flow act, it pauses until the app
 * has committed the render that action caused (`resume`, called from a layout effect), so the next key
 * meets the screen the action opened. A timer resumes it anyway should a render never come.
 */
export function createKeyPump(bus: KeyBus) {
  const queue: [string, Key][] = [];
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pump = () => {
    while (!paused && queue.length > 0) {
      const [input, key] = queue.shift()!;
      bus.acted = false;
      bus.handler?.(input, key);
      if (bus.acted && queue.length > 0) {
        paused = true;
        timer = setTimeout(resume, 250);
      }
    }
  };
  const resume = () => {
    if (!paused) return;
    paused = false;
    if (timer) clearTimeout(timer);
    timer = undefined;
    pump();
  };
  const feed = (input: string, key: Key) => {
    queue.push(...splitInput(input, key));
    pump();
  };
  const stop = () => {
    if (timer) clearTimeout(timer);
    queue.length = 0;
  };
  return { feed, resume, stop };
}

/**
 * Where a question's unfinished answer is kept while another screen is shown (the stop dialog, the
 * article): the app owns it, keyed by the question's place in the round, so leaving the question's
 * component does not lose what was typed, picked or paired.
 */
export interface DraftStore {
  scope: string;
  values: Map<string, unknown>;
}

export const DraftStoreContext = createContext<DraftStore | undefined>(undefined);

/**
 * State a key handler reads back at once (several keys of one burst see each other's changes). With a
 * `name`, the value lives in the app's draft store for the question on screen and survives a visit to
 * another screen.
 */
export function useDraft<T>(
  initial: T | (() => T),
  name?: string,
): [T, (update: (prev: T) => T) => void, { current: T }] {
  const store = useContext(DraftStoreContext);
  const id = name !== undefined && store ? `${store.scope}|${name}` : undefined;
  const [value, setValue] = useState<T>(() => {
    if (id !== undefined && store!.values.has(id)) return store!.values.get(id) as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const ref = useRef(value);
  const update = (fn: (prev: T) => T) => {
    ref.current = fn(ref.current);
    if (id !== undefined) store!.values.set(id, ref.current);
    setValue(ref.current);
  };
  return [value, update, ref];
}
