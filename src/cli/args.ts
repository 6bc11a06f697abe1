// Command-line options, each declared once (as commander does): its name, short flag, value name,
// description, default and how its text is read. A command's --help (usage line and option list) and its
// parser are both derived from that one declaration, so they cannot disagree. Parsing is node:util's
// parseArgs with readquiz's error style: one line, exit 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReadquizError } from '../core/errors.js';
import { QUESTION_TYPES, SKILLS, type QuestionType, type Skill } from '../core/types.js';

/** Where a value is being read, for the messages of usage errors. */
export interface OptionContext {
  command: string;
  name: string;
}

export interface Option<T> {
  readonly short?: string;
  /** The value's placeholder in help and usage ('N', 'PATH|ID'); none for a flag. */
  readonly value?: string;
  /** The usage line's form of the value when it says more than the placeholder ('table|json'). */
  readonly usageValue?: string;
  /** What it does, for --help. Further lines (after \n) continue under the first. */
  readonly description: string;
  /** The value when the option is not given. */
  readonly default?: T;
  /** The default as help shows it, appended to the description's first line as "(default X)". */
  readonly defaultText?: string;
  /** Reads the text given into the value, or throws a usage error naming the option. */
  readonly parse: (raw: string, where: OptionContext) => T;
}

export type Options = Readonly<Record<string, Option<unknown>>>;

/** What parsing gives: each option's value (undefined when absent and without a default). */
export type OptionValues<O extends Options> = { [K in keyof O]: O[K] extends Option<infer T> ? T : never };

interface Common<T> {
  short?: string;
  description: string;
  default?: T;
  /** Help's text for the default when it is not the value itself; false hides it. */
  defaultText?: string | false;
}

const usageError = (where: OptionContext, what: string) =>
  new ReadquizError(`readquiz ${where.command}: --${where.name} ${what}`);

function build<T>(
  value: string | undefined,
  spec: Common<T>,
  parse: (raw: string, where: OptionContext) => T,
  shown = (d: T) => String(d),
): Option<T> {
  const defaultText =
    spec.defaultText === false
      ? undefined
      : (spec.defaultText ?? (spec.default === undefined ? undefined : shown(spec.default)));
  return { short: spec.short, value, description: spec.description, default: spec.default, defaultText, parse };
}

/** A switch: true when given, else false. */
export function flag(spec: { short?: string; description: string }): Option<boolean> {
  return { short: spec.short, description: spec.description, default: false, parse: () => true };
}

/** Any text. */
export function text<D extends string | undefined = undefined>(
  spec: Common<string> & { value: string; default?: D },
): Option<D extends string ? string : string | undefined> {
  return build(spec.value, spec, (raw) => raw) as Option<D extends string ? string : string | undefined>;
}

/** A whole number within [min, max]. */
export function int<D extends number | undefined = undefined>(
  spec: Common<number> & { value: string; min: number; max: number; default?: D },
): Option<D extends number ? number : number | undefined> {
  return build(spec.value, spec, (raw, where) => readInt(raw, where, spec.min, spec.max)) as Option<
    D extends number ? number : number | undefined
  >;
}

function readInt(raw: string, where: OptionContext, min: number, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError(where, `takes a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return n;
}

/** A whole number within [min, max], or the word 'all'. */
export function intOrAll(
  spec: Common<number | 'all'> & { value: string; min: number; max: number },
): Option<number | 'all' | undefined> {
  return build(spec.value, spec, (raw, where) =>
    raw.trim() === 'all' ? 'all' : readInt(raw, where, spec.min, spec.max),
  );
}

/** One of `choices`. */
export function choice<C extends string, D extends C | undefined = undefined>(
  spec: Common<C> & { value: string; choices: readonly C[]; default?: D },
): Option<D extends C ? C : C | undefined> {
  const option = build(spec.value, spec, (raw, where) => {
    if (!spec.choices.includes(raw as C))
      throw usageError(where, `must be one of ${spec.choices.join(', ')}, got '${raw}'`);
    return raw as C;
  });
  // A few choices say more in the usage line than a placeholder does.
  return { ...option, usageValue: spec.choices.length <= 3 ? spec.choices.join('|') : undefined } as Option<
    D extends C ? C : C | undefined
  >;
}

const SHORT_TYPES: Record<string, QuestionType> = { mc: 'multiple-choice', tf: 'true-false', ms: 'multi-select' };

/** `--types multiple-choice,numeric` (mc, tf, ms abbreviate the first three); duplicates dropped. */
export function questionTypes(spec: Common<QuestionType[]> & { value: string }): Option<QuestionType[] | undefined> {
  return build(spec.value, spec, (raw, where) => {
    const out: QuestionType[] = [];
    for (const part of raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const t = (SHORT_TYPES[part] ?? part) as QuestionType;
      if (!QUESTION_TYPES.includes(t)) {
        throw new ReadquizError(
          `readquiz ${where.command}: unknown question type '${part}' in --${where.name}; expected ${QUESTION_TYPES.join(', ')}`,
        );
      }
      if (!out.includes(t)) out.push(t);
    }
    if (out.length === 0) throw usageError(where, `is empty; expected ${QUESTION_TYPES.join(', ')}`);
    return out;
  });
}

/** `--skills cause-effect,sequence`: the reading skills to ask about; duplicates dropped. */
export function readingSkills(spec: Common<Skill[]> & { value: string }): Option<Skill[] | undefined> {
  return build(spec.value, spec, (raw, where) => {
    const out: Skill[] = [];
    for (const part of raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (!SKILLS.includes(part as Skill)) {
        throw new ReadquizError(
          `readquiz ${where.command}: unknown skill '${part}' in --${where.name}; expected ${SKILLS.join(', ')}`,
        );
      }
      if (!out.includes(part as Skill)) out.push(part as Skill);
    }
    if (out.length === 0) throw usageError(where, `is empty; expected ${SKILLS.join(', ')}`);
    return out;
  });
}

/** The --skills option every quiz-making command takes. */
export const SKILLS_OPTION = readingSkills({
  value: 'LIST',
  description: `comma-separated reading skills:\n${SKILLS.join(', ')}`,
  defaultText: 'all',
});

export interface CommandSpec<O extends Options> {
  /** The command's name, as typed after `readquiz`. */
  name: string;
  /** The usage line(s) after "Usage: ", when derived ones would not say it (several forms). */
  usage?: string;
  /** How the usage line names the command (`[take]` for the default command). */
  usageName?: string;
  /** Operands after the options ('ARTICLE', '[FILES...]'), in the derived usage line; none: none allowed. */
  operands?: string;
  /** Paragraphs between the usage and the options. */
  about: string;
  options: O;
  /** Text after the options: keys, exit codes, examples. */
  after?: string;
}

export interface CommandOptions<O extends Options> {
  /** The declaration itself. */
  readonly spec: CommandSpec<O>;
  /** The full `readquiz <command> --help` text. */
  readonly help: string;
  /** Parses the command's arguments; unknown options, missing or bad values become usage errors. */
  parse(args: string[]): { values: OptionValues<O>; positionals: string[] };
}

const WIDTH = 100;

/** The help's left column for an option: `-o, --output FILE` or `--seed S`. */
function flagText(name: string, option: Option<unknown>): string {
  return `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value}` : ''}`;
}

/** Words wrapped into lines of at most `width`, the first after `head`, the rest under it. */
function wrapAfter(head: string, words: string[], width: number): string {
  const lines: string[] = [];
  let line = head;
  for (const w of words) {
    if (line.length > head.length && line.length + 1 + w.length > width) {
      lines.push(line);
      line = ' '.repeat(head.length) + w;
    } else {
      line += (line.length > head.length ? ' ' : '') + w;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

export function optionsHelp(options: Options): string {
  const rows: [string, string][] = Object.entries(options).map(([name, o]) => {
    const [first = '', ...rest] = o.description.split('\n');
    // "(default X)" ends the first line, before a closing colon that introduces a list.
    const withDefault =
      o.defaultText === undefined ? first : first.replace(/:?$/, (colon) => ` (default ${o.defaultText})${colon}`);
    return [flagText(name, o), [withDefault, ...rest].join('\n')];
  });
  rows.push(['-h, --help', 'show this help']);
  const column = Math.max(...rows.map(([left]) => left.length)) + 4;
  return rows
    .map(([left, description]) => {
      const [first, ...rest] = description.split('\n');
      return [`  ${left.padEnd(column - 2)}${first}`, ...rest.map((l) => `${' '.repeat(column)}${l}`)].join('\n');
    })
    .join('\n');
}

export function usageLine(spec: CommandSpec<Options>): string {
  const words = spec.operands ? [spec.operands] : [];
  words.push(
    ...Object.entries(spec.options).map(
      ([name, o]) => `[${o.short === 'o' ? '-o' : `--${name}`}${o.value ? ` ${o.usageValue ?? o.value}` : ''}]`,
    ),
  );
  return wrapAfter(`Usage: readquiz ${spec.usageName ?? spec.name} `, words, WIDTH);
}

/** Declares a command's options once; its help and its parser come from that declaration. */
export function defineCommand<O extends Options>(spec: CommandSpec<O>): CommandOptions<O> {
  let help: string | undefined;
  return {
    spec,
    get help() {
      help ??= [
        spec.usage ? `Usage: ${spec.usage}` : usageLine(spec),
        '',
        spec.about,
        '',
        'Options:',
        optionsHelp(spec.options),
        ...(spec.after ? ['', spec.after] : []),
      ].join('\n');
      return help;
    },
    parse(args) {
      const { values, positionals } = parseRaw(spec, args);
      const out: Record<string, unknown> = {};
      for (const [name, option] of Object.entries(spec.options)) {
        const raw = values[name];
        out[name] =
          raw === undefined
            ? option.default
            : option.value === undefined
              ? true
              : option.parse(raw as string, { command: spec.name, name });
      }
      return { values: out as OptionValues<O>, positionals };
    },
  };
}

function parseRaw(spec: CommandSpec<Options>, args: string[]) {
  const config: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options))
    config[name] = { type: o.value === undefined ? 'boolean' : 'string', ...(o.short ? { short: o.short } : {}) };
  try {
    return parseArgs({ args, options: config, allowPositionals: spec.operands !== undefined, strict: true });
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const message = raw
      .replace(/^Unknown option '(.*?)'.*$/s, "unknown option '$1'")
      .replace(/^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing.*$/s, "option '$1' needs a value")
      .replace(/^Unexpected argument '(.*?)'.*$/s, "unexpected argument '$1'")
      .replace(/\.?\s*To specify.*$/s, '');
    throw new ReadquizError(`readquiz ${spec.name}: ${message} (see 'readquiz ${spec.name} --help')`);
  }
}
