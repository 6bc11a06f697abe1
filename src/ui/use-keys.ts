// All keys go through one listener in the app, which hands each key to the handler of the screen on
// display. Screens register that handler while rendering, so a key pressed right after a screen change
// reaches the new screen at once (Ink's own useInput subscribes in an effect, which can lag a render).
//
// Keys also arrive in bursts: a paste, a fast typist or a test driver (tmux send-keys) can deliver "b\r" or
// "1c2a" as ONE input event, which Ink passes on whole. Bursts are split into single keys. When a key makes
// the flow act (which may change the screen), the rest waits for the next turn of the event loop, after
// React has rendered, so it goes to the new screen; newer input queues behind it.
import type { Key } from 'ink';
import { createContext, useContext, useRef, useState } from 'react';

export type KeyHandler = (input: string, key: Key) => void;

export interface KeyBus {
  /** The handler of the screen on display. */
  handler?: KeyHandler;
  /** Set when a flow action is dispatched. */
  acted: boolean;
  /** The raw text of the key being handled (Ink reports Backspace and Delete alike; the bytes differ). */
  raw: string;
  /** The raw text of the latest input event (set by a listener on Ink's input events). */
  lastEvent: string;
}

export const KeyBusContext = createContext<KeyBus>({ acted: false, raw: '', lastEvent: '' });

/** Makes `handler` receive the keys while this component is on screen. */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const bus = useContext(KeyBusContext);
  if (options.isActive !== false) bus.handler = handler;
}

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

/** One character of a burst as the key Ink would have reported for it alone. */
export function keyFor(ch: string): [string, Key] {
  if (ch === '\r' || ch === '\n') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  if (ch === '\x7f') return ['', { ...NO_KEY, delete: true }];
  if (ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  // Ctrl+A .. Ctrl+Z, as Ink reports them: the letter with ctrl set.
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /[A-Z]/.test(ch) }];
}

/** Splits an input event into keys: a burst of plain characters into one key each. */
export function splitInput(input: string, key: Key, raw: string): [string, Key, string][] {
  // A lone line feed is Enter too (typed before raw mode was on, the tty turned \r into \n).
  if (raw === '\n' && !key.return) return [['', { ...key, return: true }, raw]];
  const burst = input.length > 1 && !input.includes('\u001b') && !key.ctrl && !key.meta;
  return burst ? [...input].map((ch) => [...keyFor(ch), ch] as [string, Key, string]) : [[input, key, raw]];
}

/**
 * Feeds queued keys to the current handler. After a key that made the flow act, it pauses until the app
 * has committed the render that action caused (`resume`, called from a layout effect), so the next key
 * meets the screen the action opened. A timer resumes it anyway should a render never come.
 */
export function createKeyPump(bus: KeyBus) {
  const queue: [string, Key, string][] = [];
  let paused = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pump = () => {
    while (!paused && queue.length > 0) {
      const [input, key, raw] = queue.shift()!;
      bus.acted = false;
      bus.raw = raw;
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
    queue.push(...splitInput(input, key, bus.lastEvent));
    pump();
  };
  const stop = () => {
    if (timer) clearTimeout(timer);
    queue.length = 0;
  };
  return { feed, resume, stop };
}

/** State a key handler reads back at once (several keys of one burst see each other's changes). */
export function useDraft<T>(initial: T | (() => T)): [T, (update: (prev: T) => T) => void, { current: T }] {
  const [value, setValue] = useState<T>(initial);
  const ref = useRef(value);
  const update = (fn: (prev: T) => T) => {
    ref.current = fn(ref.current);
    setValue(ref.current);
  };
  return [value, update, ref];
}
