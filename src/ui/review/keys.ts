// Every key of the review screen, in one table: the key handler looks keys up here and the footer lists
// the same rows, so what the footer says is what the keys do.
import type { Key } from 'ink';
import type { ReviewAction } from '../../core/review/review-reducer.js';
import type { Mode, ReviewState } from '../../core/review/model.js';
import { currentEntry, currentFields, restCount } from '../../core/review/review-reducer.js';
import { fixFor } from '../../core/review/fix.js';

/** What a key does: a reducer action, or something only the screen does (scroll, leave). */
export type Command = ReviewAction | { type: 'scroll'; by: 'page-up' | 'page-down' } | { type: 'quit' };

export interface Binding {
  modes: readonly Mode['type'][];
  /** As the footer shows the key(s). */
  keys: string;
  label: string;
  matches: (input: string, key: Key) => boolean;
  command: Command;
  /** Shown (and active) only when this holds. */
  when?: (s: ReviewState) => boolean;
  /** Kept in the footer of a narrow terminal. */
  essential?: boolean;
  /** A longer description for --help (default: the label). */
  help?: string;
}

const is =
  (...chars: string[]) =>
  (input: string, key: Key) =>
    !key.ctrl && !key.meta && chars.includes(input);

const hasFix = (s: ReviewState) => {
  const e = currentEntry(s);
  return e?.item.list === 'facts' && fixFor(s.article, e.value) !== undefined;
};
const isEntity = (s: ReviewState) => currentEntry(s)?.item.list === 'entities';
const selected = (s: ReviewState) => currentFields(s)[s.field];
const isMulti = (s: ReviewState) => s.mode.type === 'pick' && s.mode.multi;
const hasUndo = (s: ReviewState) => s.history.length > 0;

export const BINDINGS: readonly Binding[] = [
  // browsing the guesses
  {
    modes: ['browse'],
    keys: 'Enter/a',
    label: 'accept',
    help: "accept the guess as it stands: its '# check:' goes, on to the next",
    matches: (i, k) => k.return || is('a')(i, k),
    command: { type: 'accept' },
    essential: true,
  },
  {
    modes: ['browse'],
    keys: 'f',
    label: 'fix',
    help: 'apply the fix offered for a lint problem (the closest sentence as evidence)',
    matches: is('f'),
    command: { type: 'fix' },
    when: hasFix,
    essential: true,
  },
  {
    modes: ['browse'],
    keys: '↑↓',
    label: 'field',
    help: 'select a field',
    matches: (_i, k) => k.upArrow || k.downArrow,
    command: { type: 'select-field', by: 0 },
  },
  {
    modes: ['browse'],
    keys: 'e',
    label: 'edit',
    help: 'edit the selected field (names of entities are picked, kinds chosen)',
    matches: is('e'),
    command: { type: 'edit' },
    essential: true,
    when: (s) => selected(s) !== undefined,
  },
  {
    modes: ['browse'],
    keys: 'k',
    label: 'kind',
    help: "change an entity's kind",
    matches: is('k'),
    command: { type: 'change-kind' },
    when: isEntity,
  },
  {
    modes: ['browse'],
    keys: 'd',
    label: 'delete',
    help: 'delete the entity or fact (an entity facts need: asks, then they go too)',
    matches: is('d'),
    command: { type: 'delete' },
    essential: true,
  },
  {
    modes: ['browse', 'end'],
    keys: 'u',
    label: 'undo',
    help: 'undo the last decision, in the file too',
    matches: is('u'),
    command: { type: 'undo' },
    when: hasUndo,
  },
  {
    modes: ['browse'],
    keys: 's/→',
    label: 'skip',
    help: 'skip to the next one',
    matches: (i, k) => k.rightArrow || is('s')(i, k),
    command: { type: 'skip' },
  },
  {
    modes: ['browse'],
    keys: '←',
    label: 'back',
    help: 'back to the previous one',
    matches: (_i, k) => k.leftArrow,
    command: { type: 'back' },
  },
  {
    modes: ['browse'],
    keys: 'n',
    label: 'next unchecked',
    help: 'the next guess not yet checked',
    matches: is('n'),
    command: { type: 'next-unchecked' },
  },
  {
    modes: ['browse', 'end'],
    keys: 'PgUp/PgDn',
    label: 'scroll',
    matches: (_i, k) => k.pageUp || k.pageDown,
    command: { type: 'scroll', by: 'page-down' },
  },
  {
    modes: ['browse'],
    keys: 'q',
    label: 'done',
    help: 'the end screen (q or Esc)',
    matches: (i, k) => k.escape || is('q')(i, k),
    command: { type: 'finish' },
    essential: true,
  },
  // editing a field in place (typed keys edit the text)
  {
    modes: ['edit'],
    keys: 'Enter',
    label: 'save',
    matches: (_i, k) => k.return,
    command: { type: 'edit-commit' },
    essential: true,
  },
  {
    modes: ['edit'],
    keys: 'Esc',
    label: 'cancel',
    matches: (_i, k) => k.escape,
    command: { type: 'cancel' },
    essential: true,
  },
  // picking entities (typed keys filter)
  {
    modes: ['pick'],
    keys: '↑↓',
    label: 'move',
    matches: (_i, k) => k.upArrow || k.downArrow,
    command: { type: 'pick-move', by: 0 },
  },
  {
    modes: ['pick'],
    keys: 'Space',
    label: 'add/remove',
    matches: is(' '),
    command: { type: 'pick-toggle' },
    when: isMulti,
    essential: true,
  },
  {
    modes: ['pick'],
    keys: 'Enter',
    label: 'choose',
    matches: (_i, k) => k.return,
    command: { type: 'pick-commit' },
    when: (s) => !isMulti(s),
    essential: true,
  },
  {
    modes: ['pick'],
    keys: 'Enter',
    label: 'done',
    matches: (_i, k) => k.return,
    command: { type: 'pick-commit' },
    when: isMulti,
    essential: true,
  },
  {
    modes: ['pick'],
    keys: 'Esc',
    label: 'cancel',
    matches: (_i, k) => k.escape,
    command: { type: 'cancel' },
    essential: true,
  },
  // one of a field's allowed values (an entity's kind, a quantity's precision)
  {
    modes: ['choose'],
    keys: '↑↓',
    label: 'move',
    matches: (_i, k) => k.upArrow || k.downArrow,
    command: { type: 'choose-move', by: 0 },
    essential: true,
  },
  {
    modes: ['choose'],
    keys: 'Enter',
    label: 'choose',
    matches: (_i, k) => k.return,
    command: { type: 'choose-commit' },
    essential: true,
  },
  {
    modes: ['choose'],
    keys: 'Esc',
    label: 'cancel',
    matches: (_i, k) => k.escape,
    command: { type: 'cancel' },
    essential: true,
  },
  // deleting an entity facts need
  {
    modes: ['confirm-delete'],
    keys: 'y',
    label: 'delete them all',
    matches: is('y', 'Y'),
    command: { type: 'confirm' },
    essential: true,
  },
  {
    modes: ['confirm-delete'],
    keys: 'n/Esc',
    label: 'keep',
    matches: (i, k) => k.escape || is('n', 'N')(i, k),
    command: { type: 'cancel' },
    essential: true,
  },
  // the end screen
  {
    modes: ['end'],
    keys: 'r',
    label: 'review the rest',
    matches: is('r'),
    command: { type: 'review-rest' },
    when: (s) => restCount(s) > 0,
    essential: true,
  },
  {
    modes: ['end'],
    keys: 'b',
    label: 'back to the guesses',
    matches: (i, k) => k.escape || is('b')(i, k),
    command: { type: 'resume' },
    when: (s) => s.items.some((i) => i.status !== 'deleted'),
    essential: true,
  },
  { modes: ['end'], keys: 'q', label: 'quit', matches: is('q'), command: { type: 'quit' }, essential: true },
];

/** The binding a key triggers in this state, with arrow directions filled in. */
export function commandFor(state: ReviewState, input: string, key: Key): Command | undefined {
  const b = BINDINGS.find(
    (x) => x.modes.includes(state.mode.type) && (!x.when || x.when(state)) && x.matches(input, key),
  );
  if (!b) return undefined;
  const c = b.command;
  // One row per key pair: the direction comes from the key.
  if (c.type === 'select-field' || c.type === 'pick-move' || c.type === 'choose-move')
    return { ...c, by: key.upArrow ? -1 : 1 };
  if (c.type === 'scroll') return { ...c, by: key.pageUp ? 'page-up' : 'page-down' };
  return c;
}

/** The footer's keys for this state: "Enter/a accept · e edit ...". */
export function footerKeys(state: ReviewState, narrow: boolean): string[] {
  return BINDINGS.filter(
    (b) => b.modes.includes(state.mode.type) && (!b.when || b.when(state)) && (!narrow || b.essential),
  ).map((b) => `${b.keys} ${b.label}`);
}

/** Modes where typed characters are text (a field or a filter), not commands. */
export function typingMode(mode: Mode): boolean {
  return mode.type === 'edit' || mode.type === 'pick';
}

const MODE_TITLES: Record<Mode['type'], string> = {
  browse: 'On a guess',
  edit: 'Editing a field (typed keys edit; Ctrl+U clears, Ctrl+W deletes a word)',
  pick: 'Picking entities (typed keys filter)',
  choose: 'Choosing a value',
  'confirm-delete': 'Deleting an entity that facts need',
  end: 'On the end screen',
};

/** The key table as --help shows it, mode by mode. */
export function keysHelp(): string {
  const out: string[] = [];
  for (const mode of Object.keys(MODE_TITLES) as Mode['type'][]) {
    out.push(`  ${MODE_TITLES[mode]}:`);
    const rows = new Map<string, string>();
    for (const b of BINDINGS) {
      if (!b.modes.includes(mode)) continue;
      const text = b.help ?? b.label;
      rows.set(b.keys, rows.has(b.keys) ? `${rows.get(b.keys)} / ${text}` : text);
    }
    for (const [keys, text] of rows) out.push(`    ${keys.padEnd(10)} ${text}`);
  }
  out.push('  Anywhere: Ctrl+C leaves at once (everything decided is already saved).');
  return out.join('\n');
}
