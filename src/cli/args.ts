// Argument parsing on top of node:util's parseArgs, with readquiz's error style: one line, exit 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReadquizError } from '../core/errors.js';
import { QUESTION_TYPES, SKILLS, type QuestionType, type Skill } from '../core/types.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses `args` for `command`; unknown options and missing values become usage errors. */
export function parseCommandArgs(command: string, args: string[], options: OptionSpec, allowPositionals = false): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const message = raw
      .replace(/^Unknown option '(.*?)'.*$/s, "unknown option '$1'")
      .replace(/^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing.*$/s, "option '$1' needs a value")
      .replace(/^Unexpected argument '(.*?)'.*$/s, "unexpected argument '$1'")
      .replace(/\.?\s*To specify.*$/s, '');
    throw new ReadquizError(`readquiz ${command}: ${message} (see 'readquiz ${command} --help')`);
  }
}

export function stringOpt(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function boolOpt(p: Parsed, name: string): boolean {
  return p.values[name] === true;
}

/** A whole number within [min, max], or a usage error naming the option. */
export function intOpt(p: Parsed, name: string, command: string, min: number, max: number): number | undefined {
  const raw = stringOpt(p, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ReadquizError(`readquiz ${command}: --${name} takes a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return n;
}

/** `--types multiple-choice,numeric` (short names mc, tf, ms allowed). */
export function typesOpt(p: Parsed, command: string): QuestionType[] | undefined {
  const raw = stringOpt(p, 'types');
  if (raw === undefined) return undefined;
  const short: Record<string, QuestionType> = { mc: 'multiple-choice', tf: 'true-false', ms: 'multi-select' };
  const out: QuestionType[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const t = (short[part] ?? part) as QuestionType;
    if (!QUESTION_TYPES.includes(t)) {
      throw new ReadquizError(`readquiz ${command}: unknown question type '${part}' in --types; expected ${QUESTION_TYPES.join(', ')}`);
    }
    if (!out.includes(t)) out.push(t);
  }
  if (out.length === 0) throw new ReadquizError(`readquiz ${command}: --types is empty; expected ${QUESTION_TYPES.join(', ')}`);
  return out;
}

/** One of `allowed`, or a usage error listing them. */
export function choiceOpt<T extends string>(p: Parsed, name: string, command: string, allowed: readonly T[]): T | undefined {
  const raw = stringOpt(p, name);
  if (raw === undefined) return undefined;
  if (!allowed.includes(raw as T)) {
    throw new ReadquizError(`readquiz ${command}: --${name} must be one of ${allowed.join(', ')}, got '${raw}'`);
  }
  return raw as T;
}

/** `--skills cause-effect,sequence`: the reading skills to ask about. */
export function skillsOpt(p: Parsed, command: string): Skill[] | undefined {
  const raw = stringOpt(p, 'skills');
  if (raw === undefined) return undefined;
  const out: Skill[] = [];
  for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!SKILLS.includes(part as Skill)) throw new ReadquizError(`readquiz ${command}: unknown skill '${part}' in --skills; expected ${SKILLS.join(', ')}`);
    if (!out.includes(part as Skill)) out.push(part as Skill);
  }
  if (out.length === 0) throw new ReadquizError(`readquiz ${command}: --skills is empty; expected ${SKILLS.join(', ')}`);
  return out;
}

/** The help lines of --skills, shared by every command that takes it. */
export const SKILLS_HELP = `  --skills LIST      comma-separated reading skills (default: all):
                     ${SKILLS.join(', ')}`;
