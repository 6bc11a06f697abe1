// Keys arrive in bursts: a paste, a fast typist, or a test driver (tmux send-keys) can deliver "b\r" or
// "1c2a" as ONE input event, which Ink passes on whole. useKeys splits such bursts into single keys. When
// a key changes the screen (an action reached the flow), the rest of the burst is handed to the app, which
// re-delivers it after the next commit, once the new screen listens, rather than to the old one's handler.
import { useInput, type Key } from 'ink';
import { createContext, useContext, useRef, useState } from 'react';

export interface KeyBus {
  /** Set by the app whenever a flow action is dispatched. */
  acted: boolean;
  /** Re-deliver these keys after the next render. */
  defer(rest: string): void;
  /** Keys wait to be re-delivered: newer keys must queue behind them. */
  waiting(): boolean;
  /** The raw text of the input event being handled. */
  raw: string;
}

export const KeyBusContext = createContext<KeyBus>({ acted: false, defer: () => {}, waiting: () => false, raw: '' });

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

function keyFor(ch: string): [string, Key] {
  if (ch === '\r' || ch === '\n') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  if (ch === '\x7f') return ['', { ...NO_KEY, delete: true }];
  if (ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  // Ctrl+A .. Ctrl+Z, as Ink reports them: the letter with ctrl set.
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /[A-Z]/.test(ch) }];
}

export type KeyHandler = (input: string, key: Key) => void;

export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const bus = useContext(KeyBusContext);
  useInput((input, key) => {
    if (bus.waiting()) {
      bus.defer(bus.raw);
      return;
    }
    const burst = input.length > 1 && !input.includes('\u001b') && !key.ctrl && !key.meta;
    if (!burst) {
      handler(input, key);
      return;
    }
    const chars = [...input];
    for (let i = 0; i < chars.length; i++) {
      bus.acted = false;
      const [ch, k] = keyFor(chars[i]!);
      handler(ch, k);
      if (bus.acted && i + 1 < chars.length) {
        bus.defer(chars.slice(i + 1).join(''));
        return;
      }
    }
  }, options);
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
