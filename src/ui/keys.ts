// Every key binding of the quiz, in one table (modelled on gemini-cli's keyBindings/keyMatchers): the
// screens' handlers ask `matches(command, ...)` and the footers show `hint(command, ...)`, so a key and
// its label cannot drift apart. Keys that are letters do not count in a text field, where letters are typed.
import type { Key } from 'ink';

type KeyFlag =
  | 'return'
  | 'escape'
  | 'tab'
  | 'backspace'
  | 'delete'
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end';

export interface KeyBinding {
  /** A flag Ink sets on the key (Enter, Esc, arrows ...). */
  key?: KeyFlag;
  /** The character typed ('q', ' ', 'G'), compared case-sensitively. */
  input?: string;
  /** With `input`: the Ctrl chord (Ink reports Ctrl+R as input 'r' with ctrl set). */
  ctrl?: boolean;
  /** How a footer writes it. */
  label: string;
}

const enter: KeyBinding = { key: 'return', label: 'Enter' };
const esc: KeyBinding = { key: 'escape', label: 'Esc' };
const char = (input: string, label = input): KeyBinding => ({ input, label });
const ctrl = (input: string): KeyBinding => ({ input, ctrl: true, label: `Ctrl+${input.toUpperCase()}` });

export const KEY_BINDINGS = {
  /** Leave at once, from any screen (exit 130). */
  interrupt: [ctrl('c')],
  /** Answer, start, pick, drop. */
  confirm: [enter],
  /** Ask before stopping (on the start and summary screens: leave). */
  quit: [char('q'), esc],
  /** Skip a question; it comes back once before the end. */
  skip: [char('s'), { key: 'tab', label: 'Tab' }],
  /** Open the article from a question and come back to the same answer. */
  article: [ctrl('r')],
  /** Open the article from the start and summary screens. */
  articleLetter: [char('a')],
  /** Leave a sub-step without stopping: the partner column, a grabbed item, the article opened from a question. */
  cancel: [esc],
  up: [{ key: 'upArrow', label: '↑' }],
  down: [{ key: 'downArrow', label: '↓' }],
  left: [{ key: 'leftArrow', label: '←' }],
  right: [{ key: 'rightArrow', label: '→' }],
  toggle: [char(' ', 'space')],
  unpair: [char('x'), { key: 'backspace', label: 'Backspace' }, { key: 'delete', label: 'Backspace' }],
  // Scrolling: the pager keys people expect, with letters where no text is typed.
  scrollUp: [{ key: 'upArrow', label: '↑' }, char('k')],
  scrollDown: [{ key: 'downArrow', label: '↓' }, char('j')],
  pageUp: [{ key: 'pageUp', label: 'PgUp' }, char('b')],
  pageDown: [{ key: 'pageDown', label: 'PgDn' }, char(' ', 'space')],
  top: [{ key: 'home', label: 'Home' }, char('g')],
  bottom: [{ key: 'end', label: 'End' }, char('G')],
  // The feedback screen.
  next: [enter, { key: 'rightArrow', label: '→' }, char('n'), char(' ', 'space')],
  // The stop dialog.
  yes: [char('y'), enter],
  no: [char('n'), esc, char('q')],
  // The summary and the review.
  review: [char('r')],
  retry: [char('m')],
  newQuiz: [char('n')],
  reviewNext: [{ key: 'rightArrow', label: '→' }, char('n')],
  reviewPrev: [{ key: 'leftArrow', label: '←' }, char('p')],
  back: [esc, char('b'), { key: 'backspace', label: 'Backspace' }, { key: 'delete', label: 'Backspace' }],
  // Text fields. Ink reports the Backspace key (DEL, 0x7f, what most terminals send) as `delete`, the same
  // as the Delete key (ESC [3~): both delete backwards, as Backspace; Ctrl+D deletes forwards.
  deleteBack: [
    { key: 'backspace', label: 'Backspace' },
    { key: 'delete', label: 'Backspace' },
  ],
  deleteForward: [ctrl('d')],
  cursorLeft: [{ key: 'leftArrow', label: '←' }],
  cursorRight: [{ key: 'rightArrow', label: '→' }],
  lineStart: [{ key: 'home', label: 'Home' }, ctrl('a')],
  lineEnd: [{ key: 'end', label: 'End' }, ctrl('e')],
  clearLine: [ctrl('u')],
  deleteWord: [ctrl('w')],
} satisfies Record<string, KeyBinding[]>;

export type Command = keyof typeof KEY_BINDINGS;

export interface MatchOptions {
  /** A text field has focus: plain characters are text, not commands. */
  typing?: boolean;
}

function usable(b: KeyBinding, options: MatchOptions): boolean {
  return !(options.typing && b.input !== undefined && !b.ctrl);
}

function bindingMatches(b: KeyBinding, input: string, key: Partial<Key>): boolean {
  if (b.key !== undefined) return key[b.key] === true && !key.ctrl;
  if (b.ctrl) return key.ctrl === true && input.toLowerCase() === b.input;
  return input === b.input && !key.ctrl && !key.meta;
}

/** Text typed into a field: printable input, not a chord, an arrow or a paging key. */
export function isTypedText(input: string, key: Partial<Key>): boolean {
  return input !== '' && !key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.pageUp && !key.pageDown;
}

/** Whether the key is one of the command's bindings. */
export function matches(command: Command, input: string, key: Partial<Key>, options: MatchOptions = {}): boolean {
  return KEY_BINDINGS[command].some((b) => usable(b, options) && bindingMatches(b, input, key));
}

/** A footer entry: the command's first usable key and what it does ("q quit", "Esc quit" while typing). */
export function hint(command: Command, does: string, options: MatchOptions = {}): string {
  return `${keyLabel(command, options)} ${does}`;
}

/** The labels of a command's keys, joined ("q/Esc"); the first `count` distinct ones. */
export function keyLabel(command: Command, options: MatchOptions & { count?: number } = {}): string {
  const labels = [...new Set(KEY_BINDINGS[command].filter((b) => usable(b, options)).map((b) => b.label))];
  return labels.slice(0, options.count ?? 1).join('/');
}
